import { useId, type ReactNode, type Ref, type TextareaHTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';

/** A labelled multi-line field with its hint and error wired up, like TextField in components/Fields. */
export function TextAreaField({
  label,
  hint,
  error,
  optional,
  className,
  ref,
  ...textarea
}: {
  label: string;
  hint?: ReactNode;
  error?: string | null;
  optional?: boolean;
  className?: string;
  ref?: Ref<HTMLTextAreaElement>;
} & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id'>) {
  const { t } = useTranslation();
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : '', error ? errorId : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`field field-textarea ${className ?? ''}`}>
      <label htmlFor={id} className="field-label">
        {label}
        {optional && <span className="optional-mark"> ({t('common.optional')})</span>}
      </label>
      {hint && (
        <div className="field-hint" id={hintId}>
          {hint}
        </div>
      )}
      <textarea ref={ref} id={id} aria-invalid={error ? true : undefined} aria-describedby={describedBy} {...textarea} />
      {error && (
        <p className="field-error" id={errorId} role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
