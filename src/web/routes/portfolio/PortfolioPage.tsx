import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../api/queries';
import { CheckboxField } from '../../components/Fields';
import { Page, Section } from '../../components/Page';
import { EmptyState, QueryState } from '../../components/States';
import { EvidenceList } from './EvidenceList';
import { GoalCard } from './GoalCard';
import { GoalForm } from './GoalForm';
import { goalsQuery, portfolioKeys, saveSettings, settingsQuery } from './portfolioApi';
import { PortfolioTabs } from './PortfolioTabs';

/** `/portfolio`: the student's POP (goals, actions, reviews, history) and their evidence. */
export function PortfolioPage() {
  const { t } = useTranslation();
  const me = useMe();
  const goals = useQuery(goalsQuery(me.id));
  const [adding, setAdding] = useState(false);

  return (
    <Page
      title={t('portfolio.title')}
      intro={<p>{t('portfolio.intro')}</p>}
      actions={
        <Link to="/portfolio/nieuw" className="button">
          {t('portfolio.evidence.new')}
        </Link>
      }
    >
      <PortfolioTabs />
      <Section
        title={t('portfolio.goals.title')}
        description={<p>{t('portfolio.goals.intro')}</p>}
        actions={
          !adding && (
            <button type="button" className="button button-secondary" onClick={() => setAdding(true)}>
              {t('portfolio.goals.add')}
            </button>
          )
        }
      >
        <SharePlan studentId={me.id} />
        {adding && <GoalForm studentId={me.id} onDone={() => setAdding(false)} />}
        <QueryState query={goals}>
          {(data) =>
            data.items.length === 0 ? (
              <EmptyState title={t('portfolio.goals.empty')}>
                <p>{t('portfolio.goals.emptyHint')}</p>
              </EmptyState>
            ) : (
              <div className="goal-list">
                {data.items.map((g) => (
                  <GoalCard key={g.id} goal={g} owner canReview />
                ))}
              </div>
            )
          }
        </QueryState>
      </Section>
      <Section title={t('portfolio.evidence.title')}>
        <EvidenceList studentId={me.id} goals={goals.data?.items ?? []} owner />
      </Section>
    </Page>
  );
}

function SharePlan({ studentId }: { studentId: string }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const settings = useQuery(settingsQuery(studentId));
  const save = useMutation({
    mutationFn: (planForGuidance: boolean) => saveSettings(studentId, { planForGuidance }),
    onSuccess: (data) => queryClient.setQueryData(portfolioKeys.settings(studentId), data),
  });
  if (!settings.data) return null;
  return (
    <CheckboxField
      label={t('portfolio.settings.planForGuidance')}
      hint={t('portfolio.settings.planForGuidanceHint')}
      checked={settings.data.planForGuidance}
      disabled={save.isPending}
      onChange={(e) => save.mutate(e.target.checked)}
    />
  );
}
