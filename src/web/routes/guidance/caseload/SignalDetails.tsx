import { useTranslation } from 'react-i18next';
import type { Signal } from '../../../../shared/guidance';

/**
 * The reasons behind a light as short badges; each opens to its explanation and a suggested next
 * step. Native details/summary: keyboard and screen readers know how to open it.
 */
export function SignalDetails({ signals }: { signals: readonly Signal[] }) {
  const { t } = useTranslation();
  return (
    <ul className="signal-list">
      {signals.map((signal) => (
        <li key={signal.code}>
          <details className={`signal signal-${signal.severity}`}>
            <summary>
              <span className="signal-badge">{t(`guidance.signal.${signal.code}`)}</span>
            </summary>
            <div className="signal-body">
              <p>{signal.explanation}</p>
              <p>
                <strong>{t('guidance.caseload.nextStep')}</strong> {signal.suggestion}
              </p>
              <p className="small muted">{t('guidance.caseload.severity', { severity: t(`guidance.severity.${signal.severity}`) })}</p>
            </div>
          </details>
        </li>
      ))}
    </ul>
  );
}
