import { useId, type InputHTMLAttributes, type ReactNode, type Ref, type SelectHTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';

interface FieldShellProps {
  label: string;
  hint?: ReactNode;
  error?: string | null;
  required?: boolean;
  /** Adds "(optioneel)" to the label. Required fields are not marked: most fields are required. */
  optional?: boolean;
  className?: string;
}

function describedBy(...ids: (string | false | null | undefined)[]): string | undefined {
  const list = ids.filter(Boolean).join(' ');
  return list || undefined;
}

function FieldLabel({ htmlFor, label, optional }: { htmlFor: string; label: string; optional?: boolean }) {
  const { t } = useTranslation();
  return (
    <label htmlFor={htmlFor} className="field-label">
      {label}
      {optional && <span className="optional-mark"> ({t('common.optional')})</span>}
    </label>
  );
}

export type TextFieldProps = FieldShellProps & Omit<InputHTMLAttributes<HTMLInputElement>, 'id'>;

/** A labelled input with its hint and error wired up through aria-describedby. */
export function TextField({
  label,
  hint,
  error,
  required,
  optional,
  className,
  'aria-describedby': extraDescribedBy,
  ...input
}: TextFieldProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  return (
    <div className={`field ${className ?? ''}`}>
      <FieldLabel htmlFor={id} label={label} optional={optional} />
      {hint && (
        <div className="field-hint" id={hintId}>
          {hint}
        </div>
      )}
      <input
        id={id}
        required={required}
        aria-invalid={error || input['aria-invalid'] ? true : undefined}
        aria-describedby={describedBy(hint ? hintId : null, error ? errorId : null, extraDescribedBy)}
        {...input}
      />
      {error && (
        <p className="field-error" id={errorId} role="alert">
          {error}
        </p>
      )}
    </div>
  );
}

export type SelectFieldProps = FieldShellProps &
  Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id'> & { children: ReactNode };

export function SelectField({ label, hint, error, required, optional, className, children, ...select }: SelectFieldProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  return (
    <div className={`field ${className ?? ''}`}>
      <FieldLabel htmlFor={id} label={label} optional={optional} />
      {hint && (
        <div className="field-hint" id={hintId}>
          {hint}
        </div>
      )}
      <select
        id={id}
        required={required}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(hint ? hintId : null, error ? errorId : null)}
        {...select}
      >
        {children}
      </select>
      {error && (
        <p className="field-error" id={errorId} role="alert">
          {error}
        </p>
      )}
    </div>
  );
}

export function CheckboxField({
  label,
  hint,
  ref,
  ...input
}: { label: string; hint?: ReactNode; ref?: Ref<HTMLInputElement> } & Omit<
  InputHTMLAttributes<HTMLInputElement>,
  'id' | 'type'
>) {
  const id = useId();
  const hintId = `${id}-hint`;
  return (
    <div className="field field-checkbox">
      <input ref={ref} id={id} type="checkbox" aria-describedby={hint ? hintId : undefined} {...input} />
      <label htmlFor={id}>{label}</label>
      {hint && (
        <div className="field-hint" id={hintId}>
          {hint}
        </div>
      )}
    </div>
  );
}
