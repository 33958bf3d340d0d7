import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormError, StatusMessage } from '../../../components/Feedback';
import { TextField } from '../../../components/Fields';
import { Section } from '../../../components/Page';
import { UserPicker } from '../../../components/UserPicker';
import { addTeamMember, adminTeamsKey, removeTeamMember, updateTeam, type AdminTeam } from '../../development/evaluationApi';

/** One team: rename it, change its leader, add and remove counsellors. Each change is saved at once. */
export function TeamCard({ team }: { team: AdminTeam }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [name, setName] = useState(team.name);
  const [status, setStatus] = useState('');
  // A new key empties the pickers' search once a choice is saved, so the next search starts clean.
  const [round, setRound] = useState(0);
  const [changingLeader, setChangingLeader] = useState(false);
  const done = (message: string) => async () => {
    setStatus(message);
    setRound((r) => r + 1);
    await queryClient.invalidateQueries({ queryKey: adminTeamsKey });
  };
  const rename = useMutation({ mutationFn: () => updateTeam(team.id, { name }), onSuccess: done(t('development.adminTeams.renamed')) });
  const lead = useMutation({
    mutationFn: (leaderId: string) => updateTeam(team.id, { leaderId }),
    onSuccess: async () => {
      setChangingLeader(false);
      await done(t('development.adminTeams.leaderChanged'))();
    },
  });
  const add = useMutation({ mutationFn: (userId: string) => addTeamMember(team.id, userId), onSuccess: done(t('development.adminTeams.memberAdded')) });
  const remove = useMutation({ mutationFn: (userId: string) => removeTeamMember(team.id, userId), onSuccess: done(t('development.adminTeams.memberRemoved')) });
  const error = rename.error ?? lead.error ?? add.error ?? remove.error;
  const reset = () => {
    setStatus('');
    [rename, lead, add, remove].forEach((m) => m.reset());
  };

  return (
    <Section title={team.name} className="admin-team">
      <form
        className="form form-inline"
        onSubmit={(e) => {
          e.preventDefault();
          reset();
          rename.mutate();
        }}
      >
        <TextField label={t('development.adminTeams.name')} value={name} onChange={(e) => setName(e.target.value)} required maxLength={200} />
        <div className="form-actions">
          <button type="submit" className="button button-secondary" disabled={rename.isPending || name.trim() === team.name}>
            {t('development.adminTeams.rename')}
            <span className="visually-hidden"> ({team.name})</span>
          </button>
        </div>
      </form>

      <h3>{t('development.adminTeams.leader')}</h3>
      <p>
        <strong>{team.leader.name}</strong>{' '}
        <button type="button" className="button button-small button-secondary" aria-expanded={changingLeader} onClick={() => setChangingLeader((v) => !v)}>
          {t(changingLeader ? 'development.adminTeams.cancel' : 'development.adminTeams.changeLeader')}
          <span className="visually-hidden"> ({team.name})</span>
        </button>
      </p>
      {changingLeader && (
        <UserPicker
          label={t('development.adminTeams.otherLeader', { team: team.name })}
          role="manager"
          value={null}
          listWhenEmpty
          onChange={(user) => {
            if (!user) return;
            reset();
            if (user.id === team.leader.id) setChangingLeader(false);
            else lead.mutate(user.id);
          }}
        />
      )}

      <h3>{t('development.adminTeams.members', { count: team.members.length })}</h3>
      {team.members.length === 0 ? (
        <p className="muted">{t('development.adminTeams.noMembers')}</p>
      ) : (
        <ul className="plain-list dev-requests">
          {team.members.map((m) => (
            <li key={m.id}>
              <span>{m.name}</span>
              <button
                type="button"
                className="button button-small button-secondary"
                disabled={remove.isPending}
                onClick={() => {
                  reset();
                  remove.mutate(m.id);
                }}
              >
                {t('development.adminTeams.remove')}
                <span className="visually-hidden"> {t('development.adminTeams.removeWho', { name: m.name, team: team.name })}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <UserPicker
        key={`member-${round}`}
        label={t('development.adminTeams.addMember', { team: team.name })}
        role="counsellor"
        value={null}
        onChange={(user) => {
          if (!user) return;
          reset();
          add.mutate(user.id);
        }}
      />
      <StatusMessage>{status}</StatusMessage>
      <FormError error={error} />
    </Section>
  );
}
