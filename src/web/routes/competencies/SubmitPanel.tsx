import { useMutation } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Text } from '../../../shared/competencies';
import { FormError } from '../../components/Feedback';
import { focusItem, itemAnchor } from './ItemQuestion';
import { local } from './scores';

export interface MissingItem {
  code: string;
  number: number;
  text: Text;
}

interface SubmitPanelProps {
  prefix: string;
  missing: MissingItem[];
  /** Scales without enough answers for a score; while there are any, the server refuses. */
  shortScales: { code: string; title: Text; short: number }[];
  flush: () => Promise<boolean>;
  submit: () => Promise<unknown>;
  label: string;
}

class NotAllSaved extends Error {}

/** The submit button. With open questions it first says which ones, with links to them. */
export function SubmitPanel({ prefix, missing, shortScales, flush, submit, label }: SubmitPanelProps) {
  const { t } = useTranslation();
  const enoughToSubmit = shortScales.length === 0;
  const [explain, setExplain] = useState(false);
  const explanation = useRef<HTMLDivElement>(null);
  const send = useMutation({
    mutationFn: async () => {
      // Answers still on their way (or stuck after a failure) go first; submitting without them would lose them.
      if (!(await flush())) throw new NotAllSaved();
      return submit();
    },
  });

  useEffect(() => {
    if (explain) explanation.current?.focus();
  }, [explain]);
  // Once every question has an answer, the explanation has nothing left to say.
  const showExplanation = explain && missing.length > 0;

  const onSubmit = () => {
    if (missing.length > 0 && (!showExplanation || !enoughToSubmit)) {
      setExplain(true);
      explanation.current?.focus();
      return;
    }
    send.mutate();
  };

  return (
    <div className="q-submit card">
      {showExplanation && (
        <div className="notice notice-warning" ref={explanation} tabIndex={-1} role="alert">
          <p>
            <strong>{t('competencies.questionnaire.missingTitle', { count: missing.length })}</strong>
          </p>
          <ul className="q-missing">
            {missing.map((item) => (
              <li key={item.code}>
                <a
                  href={`#${itemAnchor(prefix, item.code)}`}
                  onClick={(event) => {
                    event.preventDefault();
                    focusItem(prefix, item.code);
                  }}
                >
                  {t('competencies.questionnaire.questionNumber', { number: item.number })}
                </a>
                : {local(item.text)}
              </li>
            ))}
          </ul>
          {enoughToSubmit ? (
            <p>{t('competencies.questionnaire.missingAllowed')}</p>
          ) : (
            <>
              <p>{t('competencies.questionnaire.missingTooMany')}</p>
              <ul className="q-missing">
                {shortScales.map((scale) => (
                  <li key={scale.code}>{t('competencies.questionnaire.shortScale', { scale: local(scale.title), count: scale.short })}</li>
                ))}
              </ul>
            </>
          )}
        </div>
      )}
      {send.error instanceof NotAllSaved ? (
        <div className="notice notice-error" role="alert">
          {t('competencies.questionnaire.saveFirst')}
        </div>
      ) : (
        <FormError error={send.error} />
      )}
      <p className="muted">{t('competencies.questionnaire.submitHint')}</p>
      <div className="button-row">
        <button
          type="button"
          className="button"
          onClick={onSubmit}
          disabled={send.isPending}
          aria-busy={send.isPending || undefined}
        >
          {showExplanation && enoughToSubmit ? t('competencies.questionnaire.submitAnyway') : label}
        </button>
      </div>
    </div>
  );
}
