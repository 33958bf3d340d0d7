import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormError, StatusMessage } from '../../../components/Feedback';
import { TextField } from '../../../components/Fields';
import { Page, Section } from '../../../components/Page';
import { QueryState } from '../../../components/States';
import { UserPicker, type PickedUser } from '../../../components/UserPicker';
import { adminTeamsKey, adminTeamsQuery, createTeam } from '../../development/evaluationApi';
import { EvaluationSwitch } from './EvaluationSwitch';
import { TeamCard } from './TeamCard';

function NewTeam() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [name, setName] = useState('');
  const [leader, setLeader] = useState<PickedUser | null>(null);
  const [status, setStatus] = useState('');
  const create = useMutation({
    mutationFn: () => createTeam({ name, leaderId: leader?.id ?? '' }),
    onSuccess: async () => {
      setStatus(t('development.adminTeams.created', { name }));
      setName('');
      setLeader(null);
      await queryClient.invalidateQueries({ queryKey: adminTeamsKey });
    },
  });
  return (
    <Section title={t('development.adminTeams.newTitle')} description={<p>{t('development.adminTeams.newIntro')}</p>}>
      <form
        className="form"
        onSubmit={(e) => {
          e.preventDefault();
          setStatus('');
          create.mutate();
        }}
      >
        <TextField label={t('development.adminTeams.name')} value={name} onChange={(e) => setName(e.target.value)} required maxLength={200} />
        <UserPicker label={t('development.adminTeams.leaderPick')} role="manager" value={leader} onChange={setLeader} listWhenEmpty />
        <div className="form-actions">
          <button type="submit" className="button" disabled={create.isPending || !leader || name.trim() === ''}>
            {t('development.adminTeams.create')}
          </button>
        </div>
        <StatusMessage>{status}</StatusMessage>
        <FormError error={create.error} />
      </form>
    </Section>
  );
}

/** `/admin/teams`: teams of counsellors and their leaders, and whether the school runs the student evaluation. */
export function TeamsAdminPage() {
  const { t } = useTranslation();
  const query = useQuery(adminTeamsQuery);
  return (
    <Page title={t('development.adminTeams.title')} intro={<p>{t('development.adminTeams.intro')}</p>}>
      <div className="stack">
        <QueryState query={query} loadingLabel={t('development.adminTeams.loading')}>
          {(data) =>
            data.items.length === 0 ? (
              <p className="muted">{t('development.adminTeams.none')}</p>
            ) : (
              <div className="stack">
                {data.items.map((team) => (
                  <TeamCard key={`${team.id}-${team.name}`} team={team} />
                ))}
              </div>
            )
          }
        </QueryState>
        <NewTeam />
        <EvaluationSwitch />
      </div>
    </Page>
  );
}
