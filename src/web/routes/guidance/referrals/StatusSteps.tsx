import { useTranslation } from 'react-i18next';
import type { ReferralStatus } from '../../../../shared/guidance';

const ORDER: Record<ReferralStatus, number> = { ingediend: 0, in_behandeling: 1, stappenplan: 2, afgerond: 3, terugverwezen: 3 };

/** Where a referral stands: submitted, being handled, step plan, closed (with its outcome). */
export function StatusSteps({ status }: { status: ReferralStatus }) {
  const { t } = useTranslation();
  const closed = status === 'afgerond' || status === 'terugverwezen';
  const labels = [t('guidance.status.ingediend'), t('guidance.status.in_behandeling'), t('guidance.status.stappenplan'), closed ? t(`guidance.status.${status}`) : t('guidance.status.closed')];
  const current = ORDER[status];
  return (
    <ol className="steps referral-steps" aria-label={t('guidance.referral.progress')}>
      {labels.map((label, index) => {
        // A closed referral has nothing left to do: its last step counts as done, not as current.
        const state = index < current || (closed && index === current) ? 'done' : index === current ? 'current' : 'todo';
        return (
          <li key={label} className={`step step-${state}`} aria-current={index === current ? 'step' : undefined}>
            <span className="step-number" aria-hidden="true">
              {state === 'done' ? '✓' : index + 1}
            </span>
            {label}
            <span className="visually-hidden"> ({t(`guidance.referral.stepState.${state}`)})</span>
          </li>
        );
      })}
    </ol>
  );
}

/** The status in words, as a badge whose tone follows the stage. */
export function StatusBadge({ status }: { status: ReferralStatus }) {
  const { t } = useTranslation();
  const tone = status === 'afgerond' ? 'badge-ok' : status === 'terugverwezen' ? '' : 'badge-info';
  return <span className={`badge ${tone}`}>{t(`guidance.status.${status}`)}</span>;
}
