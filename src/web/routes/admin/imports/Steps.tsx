import { useTranslation } from 'react-i18next';

export function Steps({ current }: { current: 1 | 2 | 3 }) {
  const { t } = useTranslation();
  const steps = [t('imports.steps.file'), t('imports.steps.mapping'), t('imports.steps.start')];
  return (
    <ol className="steps" aria-label={t('imports.steps.label')}>
      {steps.map((label, index) => {
        const number = index + 1;
        const state = number < current ? 'done' : number === current ? 'current' : 'todo';
        return (
          <li key={label} className={`step step-${state}`} aria-current={state === 'current' ? 'step' : undefined}>
            <span className="step-number" aria-hidden="true">
              {number}
            </span>
            {label}
          </li>
        );
      })}
    </ol>
  );
}
