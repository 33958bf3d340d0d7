import { useId, type ReactNode } from 'react';

export interface RadioOption<T extends string> {
  value: T;
  label: string;
  hint?: ReactNode;
}

/** A set of radio buttons under a legend, with the group's error read out with every option. */
export function RadioGroup<T extends string>({
  legend,
  options,
  value,
  onChange,
  error,
  inline = false,
}: {
  legend: string;
  options: readonly RadioOption<T>[];
  value: T | null;
  onChange: (value: T) => void;
  error?: string | null;
  inline?: boolean;
}) {
  const id = useId();
  const errorId = `${id}-error`;
  return (
    <fieldset className={`radio-group ${inline ? 'radio-group-inline' : ''}`}>
      <legend className="field-label">{legend}</legend>
      {options.map((option) => {
        const optionId = `${id}-${option.value}`;
        const hintId = `${optionId}-hint`;
        const describedBy = [option.hint ? hintId : '', error ? errorId : ''].filter(Boolean).join(' ') || undefined;
        return (
          <div className="radio-option" key={option.value}>
            <input
              id={optionId}
              type="radio"
              name={id}
              value={option.value}
              checked={value === option.value}
              onChange={() => onChange(option.value)}
              aria-describedby={describedBy}
            />
            <label htmlFor={optionId}>{option.label}</label>
            {option.hint && (
              <div className="radio-hint" id={hintId}>
                {option.hint}
              </div>
            )}
          </div>
        );
      })}
      {error && (
        <p className="field-error" id={errorId} role="alert">
          {error}
        </p>
      )}
    </fieldset>
  );
}
