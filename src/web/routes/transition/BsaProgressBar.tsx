import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { BsaProgress } from '../../../shared/study-progress';
import { api } from '../../api/client';
import { formatDate, formatNumber } from '../../lib/format';

export const bsaQuery = (studentId: string) => ({ queryKey: ['bsa', studentId], queryFn: () => api<BsaProgress[]>(`/students/${studentId}/bsa`) });

/** Credits against the BSA threshold, as a native progress element with the numbers in words. */
export function BsaProgressBar({ progress }: { progress: BsaProgress }) {
  const { t } = useTranslation();
  if (!progress.norm) return <p>{t('study-progress.bsa.noNorm', { credits: formatNumber(progress.credits) })}</p>;
  return (
    <div className={`bsa-progress bsa-${progress.status}`}>
      <p>
        <strong>{t(`study-progress.status.${progress.status}`)}</strong>
      </p>
      <progress max={progress.norm.thresholdCredits} value={Math.min(progress.credits, progress.norm.thresholdCredits)} aria-label={t('study-progress.bsa.barLabel')} />
      <p className="fact-sub">
        {t('study-progress.bsa.credits', { credits: formatNumber(progress.credits), threshold: progress.norm.thresholdCredits, year: progress.norm.yearCredits })}
        {progress.expectedCredits !== null && ` ${t('study-progress.bsa.expected', { expected: formatNumber(progress.expectedCredits) })}`}
      </p>
      <p className="fact-sub">{t('study-progress.bsa.dates', { warning: formatDate(progress.norm.warningOn), final: formatDate(progress.norm.finalOn) })}</p>
    </div>
  );
}

/** The student's own start page: their first year(s) this year, nothing when there is no first year. */
export function BsaStudentBlock({ studentId }: { studentId: string }) {
  const { t } = useTranslation();
  const query = useQuery(bsaQuery(studentId));
  const years = (query.data ?? []).filter((p) => p.norm !== null && !p.status.startsWith('final_'));
  if (years.length === 0) return null;
  return (
    <section className="card" aria-labelledby="bsa-own-title">
      <h2 id="bsa-own-title">{t('study-progress.bsa.ownTitle')}</h2>
      {years.map((p) => (
        <div key={p.programmeId}>
          <p>{p.programme}</p>
          <BsaProgressBar progress={p} />
        </div>
      ))}
      <p className="fact-sub">{t('study-progress.bsa.ownNote')}</p>
    </section>
  );
}
