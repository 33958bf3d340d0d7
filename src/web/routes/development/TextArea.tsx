import { useId, type TextareaHTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';

/** A labelled text area with an optional hint, wired up like the other form fields. */
export function TextArea({ label, hint, optional, ...area }: { label: string; hint?: string; optional?: boolean } & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id'>) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id} className="field-label">
        {label}
        {optional && <span className="optional-mark"> ({t('common.optional')})</span>}
      </label>
      {hint && (
        <div className="field-hint" id={`${id}-hint`}>
          {hint}
        </div>
      )}
      <textarea id={id} rows={3} aria-describedby={hint ? `${id}-hint` : undefined} {...area} />
    </div>
  );
}
