import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useMemo, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { FormError, StatusMessage } from '../../../components/Feedback';
import { TextField } from '../../../components/Fields';
import type { PickedUser } from '../../../components/UserPicker';
import { createHandover, guidanceKey } from '../guidanceApi';
import { RadioGroup } from '../RadioGroup';
import { TextAreaField } from '../../../components/TextAreaField';

export interface HandoverStudent {
  id: string;
  name: string;
  detail?: string | null;
}

type Scope = 'all' | 'chosen';

/**
 * What moves (the whole caseload or chosen students), to whom, and the note the new counsellor
 * reads in each student's file. The target is picked by the caller (admins search all users,
 * counsellors the list of counsellors).
 */
export function HandoverForm({
  fromId,
  students,
  target,
  renderTarget,
}: {
  fromId: string;
  students: readonly HandoverStudent[];
  target: PickedUser | null;
  renderTarget: (error: string | undefined) => ReactNode;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  // No default: moving a whole caseload should be a choice someone makes, not a missed radio button.
  const [scope, setScope] = useState<Scope | null>(null);
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());
  const [filter, setFilter] = useState('');
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<{ target?: string; scope?: string; students?: string; note?: string }>({});
  const [result, setResult] = useState('');
  const formRef = useRef<HTMLFormElement>(null);

  const mutation = useMutation({
    mutationFn: createHandover,
    onSuccess: async (view) => {
      setResult(t('guidance.handover.done', { count: view.students, name: view.to.name }));
      setChosen(new Set());
      setNote('');
      await queryClient.invalidateQueries({ queryKey: guidanceKey });
      await queryClient.invalidateQueries({ queryKey: ['assignments'] });
    },
  });

  const shownStudents = useMemo(() => {
    const q = filter.trim().toLocaleLowerCase();
    return q ? students.filter((s) => s.name.toLocaleLowerCase().includes(q)) : students;
  }, [students, filter]);

  const toggle = (id: string, on: boolean) =>
    setChosen((current) => {
      const next = new Set(current);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setResult('');
    const found = {
      target: !target ? t('guidance.handover.errors.target') : target.id === fromId ? t('guidance.handover.errors.sameTarget') : undefined,
      scope: scope ? undefined : t('guidance.handover.errors.scope'),
      students: scope === 'chosen' && chosen.size === 0 ? t('guidance.handover.errors.students') : undefined,
      note: note.trim() ? undefined : t('guidance.handover.errors.note'),
    };
    setErrors(found);
    if (found.target || found.scope || found.students || found.note || !target || !scope) {
      requestAnimationFrame(() => formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"], .field-error[tabindex], .radio-group:has(.field-error) input')?.focus());
      return;
    }
    mutation.mutate({ fromCounsellorId: fromId, toCounsellorId: target.id, studentIds: scope === 'all' ? [] : [...chosen], note: note.trim() });
  };

  return (
    <form ref={formRef} className="form handover-form" onSubmit={submit} noValidate>
      <FormError error={mutation.error} />
      {renderTarget(errors.target)}
      <RadioGroup
        legend={t('guidance.handover.scope')}
        value={scope}
        onChange={setScope}
        error={errors.scope}
        options={[
          { value: 'all', label: t('guidance.handover.scopeAll', { count: students.length }) },
          { value: 'chosen', label: t('guidance.handover.scopeChosen') },
        ]}
      />
      {scope === 'chosen' && (
        <fieldset className="student-choice">
          <legend className="field-label">{t('guidance.handover.students')}</legend>
          {students.length > 8 && <TextField label={t('guidance.handover.filter')} type="search" value={filter} onChange={(e) => setFilter(e.target.value)} autoComplete="off" />}
          <p className="small muted" role="status">
            {t('guidance.handover.chosenCount', { count: chosen.size })}
          </p>
          <ul className="student-checks">
            {shownStudents.map((student) => (
              <li key={student.id} className="field-checkbox">
                <input id={`handover-${student.id}`} type="checkbox" checked={chosen.has(student.id)} onChange={(e) => toggle(student.id, e.target.checked)} />
                <label htmlFor={`handover-${student.id}`}>
                  {student.name}
                  {student.detail && <span className="muted"> · {student.detail}</span>}
                </label>
              </li>
            ))}
          </ul>
          {errors.students && (
            <p className="field-error" role="alert" tabIndex={-1}>
              {errors.students}
            </p>
          )}
        </fieldset>
      )}
      <TextAreaField label={t('guidance.handover.note')} hint={t('guidance.handover.noteHint')} value={note} maxLength={5000} rows={5} onChange={(e) => setNote(e.target.value)} error={errors.note} />
      <div className="form-actions">
        <button type="submit" className="button" disabled={mutation.isPending} aria-busy={mutation.isPending}>
          {t('guidance.handover.submit')}
        </button>
      </div>
      <StatusMessage>{result}</StatusMessage>
    </form>
  );
}
