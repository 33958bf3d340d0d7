import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Section } from '../../components/Page';
import { EmptyState, QueryState } from '../../components/States';
import { FormError } from '../../components/Feedback';
import { formatDate } from '../../lib/format';
import { getJourney, journeyKey, tickMilestone } from './intakeApi';
import '../../styles/transition.css';

/** The first 100 days as a timeline: each milestone with its due date and whether it was met. */
export function JourneyTimeline({ studentId, own = false }: { studentId: string; own?: boolean }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const query = useQuery({ queryKey: journeyKey(studentId), queryFn: () => getJourney(studentId) });
  const tick = useMutation({
    mutationFn: (v: { id: string; done: boolean }) => tickMilestone(studentId, v.id, v.done),
    onSuccess: (data) => client.setQueryData(journeyKey(studentId), data),
  });
  return (
    <Section title={own ? t('transition.journey.ownTitle') : t('transition.journey.title')}>
      <QueryState query={query} loadingLabel={t('transition.journey.loading')}>
        {(j) =>
          j.items.length === 0 ? (
            <EmptyState title={t('transition.journey.empty')} />
          ) : (
            <>
              <p className="note">
                {j.day !== null ? t('transition.journey.day', { day: j.day }) : t('transition.journey.notStarted')}{' '}
                {t('transition.journey.summary', { done: j.summary.done, missed: j.summary.missed, total: j.summary.total })}
              </p>
              <ol className="journey-timeline">
                {j.items.map((m, i) => (
                  <li key={m.id ?? `${m.kind}-${i}`} className={`journey-item journey-${m.state}`}>
                    <span className="journey-week">{t('transition.journey.week', { week: m.week })}</span>
                    <span className="journey-name">{m.name}</span>
                    <span className="journey-state">
                      {t(`transition.journey.state.${m.state}`)} ·{' '}
                      {m.metOn ? t('transition.journey.metOn', { date: formatDate(m.metOn) }) : t('transition.journey.dueOn', { date: formatDate(m.dueOn) })}
                    </span>
                    <span className="journey-kind">{t(`transition.kind.${m.kind}`)}</span>
                    {m.tickable && m.id && (
                      <button type="button" className="button button-small button-secondary" disabled={tick.isPending} onClick={() => tick.mutate({ id: m.id ?? '', done: m.state !== 'done' })}>
                        {m.state === 'done' ? t('transition.journey.untick') : t('transition.journey.tick')}
                      </button>
                    )}
                  </li>
                ))}
              </ol>
              {tick.error && <FormError error={tick.error} />}
            </>
          )
        }
      </QueryState>
    </Section>
  );
}
