import { useTranslation } from 'react-i18next';
import { PHASES, useDomainText, type PhaseCode } from './domainTexts';

/** Where the talk is in the reflection cycle, with how many key points each phase has so far. */
export function PhaseSteps({ current, counts }: { current: PhaseCode; counts: Record<PhaseCode, number> }) {
  const { t } = useTranslation();
  const text = useDomainText();
  const currentIndex = PHASES.findIndex((p) => p.code === current);
  return (
    <ol className="phase-steps" aria-label={t('conversations.conduct.stepsLabel')}>
      {PHASES.map((phase, index) => {
        const state = index === currentIndex ? 'current' : index < currentIndex ? 'done' : 'todo';
        return (
          <li key={phase.code} className={`phase-step phase-step-${state}`} aria-current={state === 'current' ? 'step' : undefined}>
            <span className="phase-step-number" aria-hidden="true">
              {phase.order}
            </span>
            <span className="phase-step-text">
              <span className="phase-step-title">{text.pick(phase.title)}</span>
              <span className="phase-step-count">{t('conversations.conduct.keyPointCount', { count: counts[phase.code] })}</span>
              {state === 'current' && <span className="visually-hidden"> ({t('conversations.conduct.currentPhase')})</span>}
            </span>
          </li>
        );
      })}
    </ol>
  );
}
