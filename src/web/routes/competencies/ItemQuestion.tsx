import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Text } from '../../../shared/competencies';
import { local } from './scores';

export interface ResponseOption {
  value: number;
  label: Text;
}

/** The id of an item's fieldset, for links that jump to it ("ga verder bij vraag 13"). */
export const itemAnchor = (prefix: string, code: string) => `${prefix}-item-${code}`;

/** Moves focus to an item: its chosen option, or else its first one. */
export function focusItem(prefix: string, code: string): void {
  const fieldset = document.getElementById(itemAnchor(prefix, code));
  if (!fieldset) return;
  const radio = fieldset.querySelector<HTMLInputElement>('input:checked') ?? fieldset.querySelector<HTMLInputElement>('input');
  fieldset.scrollIntoView({ block: 'center' });
  radio?.focus({ preventScroll: true });
}

interface ItemQuestionProps {
  prefix: string;
  code: string;
  number: number;
  text: Text;
  options: ResponseOption[];
  value: number | undefined;
  /** The latest choice has not been saved because the last attempt failed. */
  notSaved: boolean;
  onAnswer: (code: string, value: number) => void;
}

/** One statement with its answer options as a native radio group (arrow keys move between options). */
export const ItemQuestion = memo(function ItemQuestion({ prefix, code, number, text, options, value, notSaved, onAnswer }: ItemQuestionProps) {
  const { t } = useTranslation();
  const name = `${prefix}-${code}`;
  const noteId = `${name}-note`;
  return (
    <fieldset
      className={`q-item${value === undefined ? '' : ' is-answered'}`}
      id={itemAnchor(prefix, code)}
      aria-describedby={notSaved ? noteId : undefined}
    >
      <legend className="q-legend">
        <span className="q-number">{number}.</span> {local(text)}
      </legend>
      <div className="q-options">
        {options.map((option) => {
          const id = `${name}-${option.value}`;
          return (
            <div className="q-option" key={option.value}>
              <input
                type="radio"
                id={id}
                name={name}
                value={option.value}
                checked={value === option.value}
                onChange={() => onAnswer(code, option.value)}
              />
              <label htmlFor={id}>{local(option.label)}</label>
            </div>
          );
        })}
      </div>
      {notSaved && (
        <p className="q-item-note" id={noteId}>
          {t('competencies.questionnaire.itemNotSaved')}
        </p>
      )}
    </fieldset>
  );
});
