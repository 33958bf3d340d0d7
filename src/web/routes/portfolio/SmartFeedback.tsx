import { useTranslation } from 'react-i18next';
import type { GoalView } from '../../../shared/portfolio';
import { usePortfolioText } from './portfolioTexts';

/** The five SMART criteria in words, each marked in text (not only by colour), for a goal. */
export function SmartFeedback({ id, result }: { id: string; result: GoalView['smart'] | null }) {
  const { t } = useTranslation();
  const text = usePortfolioText();
  if (!result) {
    return (
      <p className="smart-empty muted" id={id}>
        {t('portfolio.smart.empty')}
      </p>
    );
  }
  const passed = result.checks.filter((c) => c.ok).length;
  return (
    <div className="smart-feedback">
      <p className="smart-summary" id={id} aria-live="polite">
        {result.ok ? t('portfolio.smart.allOk') : t('portfolio.smart.score', { passed, total: result.checks.length })}
      </p>
      <ul className="smart-checks">
        {result.checks.map((check) => (
          <li key={check.criterion} className={check.ok ? 'smart-ok' : 'smart-todo'}>
            <span className="smart-mark" aria-hidden="true">
              {check.ok ? '✓' : '!'}
            </span>
            <span>
              <strong>
                {t(`portfolio.smart.${check.criterion}`)} — {check.ok ? t('portfolio.smart.ok') : t('portfolio.smart.todo')}:
              </strong>{' '}
              {text.pick(check.feedback)}
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
