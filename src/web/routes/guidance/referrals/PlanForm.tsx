import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { TextField } from '../../../components/Fields';

export interface PlannedStep {
  what: string;
  who: string;
  dueDate: string | null;
}

interface Row {
  key: number;
  what: string;
  who: string;
  dueDate: string;
}

const MAX_STEPS = 20;

/** The step plan as rows (what, who, by when); rows are added and removed freely, up to twenty. */
export function PlanForm({
  pending,
  serverErrors,
  onSubmit,
}: {
  pending: boolean;
  serverErrors: Record<string, string>;
  onSubmit: (steps: PlannedStep[]) => void;
}) {
  const { t } = useTranslation();
  const nextKey = useRef(1);
  const [rows, setRows] = useState<Row[]>([{ key: 0, what: '', who: '', dueDate: '' }]);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const formRef = useRef<HTMLFormElement>(null);

  const edit = (key: number, field: 'what' | 'who' | 'dueDate', value: string) =>
    setRows((current) => current.map((row) => (row.key === key ? { ...row, [field]: value } : row)));
  const add = () => {
    const key = nextKey.current++;
    setRows((current) => [...current, { key, what: '', who: '', dueDate: '' }]);
    // The new row's first field gets the focus, so typing can go on at once.
    requestAnimationFrame(() => formRef.current?.querySelector<HTMLInputElement>(`[data-row="${key}"] input`)?.focus());
  };
  const addRef = useRef<HTMLButtonElement>(null);
  // The removed row took the focus with it; "add a step" is the nearest sensible place to land.
  const remove = (key: number) => {
    setRows((current) => current.filter((row) => row.key !== key));
    requestAnimationFrame(() => addRef.current?.focus());
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found: Record<string, string> = {};
    rows.forEach((row, index) => {
      if (row.what.trim().length < 3) found[`steps.${index}.what`] = t('guidance.plan.errors.what');
      if (!row.who.trim()) found[`steps.${index}.who`] = t('guidance.plan.errors.who');
    });
    setErrors(found);
    if (Object.keys(found).length > 0) {
      requestAnimationFrame(() => formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
      return;
    }
    onSubmit(rows.map((row) => ({ what: row.what.trim(), who: row.who.trim(), dueDate: row.dueDate || null })));
  };
  const error = (index: number, field: string) => errors[`steps.${index}.${field}`] ?? serverErrors[`steps.${index}.${field}`];

  return (
    <form ref={formRef} className="form sub-form" onSubmit={submit} noValidate>
      <h3>{t('guidance.plan.title')}</h3>
      <p className="field-hint">{t('guidance.plan.intro')}</p>
      <ol className="plan-rows">
        {rows.map((row, index) => (
          <li key={row.key} data-row={row.key}>
            <fieldset className="plan-row">
              <legend>{t('guidance.plan.step', { number: index + 1 })}</legend>
              <TextField label={t('guidance.plan.what')} value={row.what} maxLength={500} onChange={(e) => edit(row.key, 'what', e.target.value)} error={error(index, 'what')} />
              <div className="form-row">
                <TextField label={t('guidance.plan.who')} hint={t('guidance.plan.whoHint')} value={row.who} maxLength={200} onChange={(e) => edit(row.key, 'who', e.target.value)} error={error(index, 'who')} />
                <TextField label={t('guidance.plan.dueDate')} optional type="date" value={row.dueDate} onChange={(e) => edit(row.key, 'dueDate', e.target.value)} error={error(index, 'dueDate')} />
              </div>
              {rows.length > 1 && (
                <button type="button" className="button button-small button-secondary" onClick={() => remove(row.key)}>
                  {t('guidance.plan.remove', { number: index + 1 })}
                </button>
              )}
            </fieldset>
          </li>
        ))}
      </ol>
      <div className="form-actions">
        {rows.length < MAX_STEPS && (
          <button ref={addRef} type="button" className="button button-secondary" onClick={add}>
            {t('guidance.plan.add')}
          </button>
        )}
        <button type="submit" className="button" disabled={pending}>
          {t('guidance.plan.submit')}
        </button>
      </div>
    </form>
  );
}
