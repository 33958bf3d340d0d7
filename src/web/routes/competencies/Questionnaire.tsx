import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { InstrumentView } from '../../../shared/competencies';
import type { AnswerPatch } from './competencyApi';
import { focusItem, itemAnchor, ItemQuestion } from './ItemQuestion';
import { local } from './scores';
import { SaveBar } from './SaveBar';
import { SubmitPanel, type MissingItem } from './SubmitPanel';
import { useAutosave } from './useAutosave';

interface QuestionnaireProps {
  instrument: InstrumentView;
  initialAnswers: Record<string, number>;
  save: (patch: AnswerPatch) => Promise<unknown>;
  /** Hands the response in; the caller shows what comes next once it resolves. */
  submit: () => Promise<unknown>;
  submitLabel?: string;
}

/**
 * A questionnaire grouped by scale. Every answer is saved as soon as it is given, so the
 * respondent can stop at any moment and continue later (also on another device).
 */
export function Questionnaire({ instrument, initialAnswers, save, submit, submitLabel }: QuestionnaireProps) {
  const { t } = useTranslation();
  const prefix = useId().replace(/[^a-zA-Z0-9_-]/g, '');
  const autosave = useAutosave(initialAnswers, save);
  const { answers } = autosave;

  const options = useMemo(
    () => instrument.responseScale.labels.map((label, index) => ({ value: instrument.responseScale.min + index, label })),
    [instrument],
  );
  const items = useMemo(
    () => instrument.scales.flatMap((scale) => scale.items.map((item) => ({ ...item, scale: scale.code }))),
    [instrument],
  );
  const numberOf = useMemo(() => new Map(items.map((item, index) => [item.code, index + 1])), [items]);
  const missing: MissingItem[] = items
    .filter((item) => answers[item.code] === undefined)
    .map((item) => ({ code: item.code, number: numberOf.get(item.code) ?? 0, text: item.text }));
  const answered = items.length - missing.length;

  // A scale gets a score only with enough answers; with fewer in any scale the server refuses.
  const shortScales = instrument.scales
    .map((scale) => {
      const given = scale.items.filter((item) => answers[item.code] !== undefined).length;
      const needed = Math.ceil(scale.items.length * instrument.scoring.minAnsweredFraction - 1e-9);
      return { code: scale.code, title: scale.title, short: Math.max(0, needed - given) };
    })
    .filter((scale) => scale.short > 0);

  // Where the respondent stopped last time, fixed when the page opens.
  const [resumeAt] = useState(() => {
    const firstOpen = items.find((item) => initialAnswers[item.code] === undefined);
    const started = items.some((item) => initialAnswers[item.code] !== undefined);
    return started && firstOpen ? { code: firstOpen.code, number: numberOf.get(firstOpen.code) ?? 0 } : null;
  });
  const showNotSaved = autosave.status === 'error';

  return (
    <div className="questionnaire">
      <p className="prose">{local(instrument.description)}</p>
      {resumeAt && (
        <div className="notice notice-info">
          <p>
            {t('competencies.questionnaire.resume', { answered: Object.keys(initialAnswers).length, total: items.length })}{' '}
            <a
              href={`#${itemAnchor(prefix, resumeAt.code)}`}
              onClick={(event) => {
                event.preventDefault();
                focusItem(prefix, resumeAt.code);
              }}
            >
              {t('competencies.questionnaire.resumeLink', { number: resumeAt.number })}
            </a>
          </p>
        </div>
      )}
      {instrument.scales.map((scale) => (
        <section key={scale.code} className="q-scale" aria-labelledby={`${prefix}-scale-${scale.code}`}>
          <h2 id={`${prefix}-scale-${scale.code}`}>{local(scale.title)}</h2>
          {scale.items.map((item) => (
            <ItemQuestion
              key={item.code}
              prefix={prefix}
              code={item.code}
              number={numberOf.get(item.code) ?? 0}
              text={item.text}
              options={options}
              value={answers[item.code]}
              notSaved={showNotSaved && autosave.unsaved.has(item.code)}
              onAnswer={autosave.answer}
            />
          ))}
        </section>
      ))}
      <SubmitPanel
        prefix={prefix}
        missing={missing}
        shortScales={shortScales}
        flush={autosave.flush}
        submit={submit}
        label={submitLabel ?? t('competencies.questionnaire.submit')}
      />
      <SaveBar answered={answered} total={items.length} autosave={autosave} />
    </div>
  );
}
