import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { EXIT_DESTINATIONS, EXIT_REASONS, type ExitInput, type ExitReason, type ExitView } from '../../../shared/study-progress';
import { api, fieldErrors } from '../../api/client';
import { structureQuery } from '../../api/queries';
import { FormError, StatusMessage } from '../../components/Feedback';
import { SelectField, TextField } from '../../components/Fields';
import { TextAreaField } from '../../components/TextAreaField';
import { formatDate } from '../../lib/format';

const exitsQuery = (studentId: string) => ({ queryKey: ['exits', studentId], queryFn: () => api<ExitView[]>(`/students/${studentId}/exits`) });

/** Registering a switch or dropout; it ends the running enrolment, so the form asks for confirmation. */
export function ExitSection({ studentId }: { studentId: string }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const exits = useQuery(exitsQuery(studentId));
  const structure = useQuery(structureQuery);
  const [kind, setKind] = useState<ExitInput['kind']>('dropout');
  const [exitOn, setExitOn] = useState('');
  const [destination, setDestination] = useState<ExitInput['destination']>('unknown');
  const [programmeId, setProgrammeId] = useState('');
  const [reasons, setReasons] = useState<ExitReason[]>([]);
  const [note, setNote] = useState('');
  const [conversationAt, setConversationAt] = useState('');
  const save = useMutation({
    mutationFn: (body: ExitInput) => api<ExitView[]>(`/students/${studentId}/exits`, { method: 'POST', json: body }),
    onSuccess: (data) => {
      client.setQueryData(['exits', studentId], data);
      void client.invalidateQueries({ queryKey: ['bsa'] });
    },
  });
  const errors = fieldErrors(save.error);
  const programmes = (structure.data?.sectors ?? []).flatMap((s) => s.programmes);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!window.confirm(t('study-progress.exit.confirm'))) return;
    save.mutate({
      kind,
      exitOn,
      destination,
      destinationProgrammeId: destination === 'programme_here' && programmeId ? programmeId : null,
      reasons,
      note,
      conversationAt: conversationAt ? new Date(conversationAt).toISOString() : null,
    });
  };
  const toggle = (reason: ExitReason) => setReasons((now) => (now.includes(reason) ? now.filter((r) => r !== reason) : [...now, reason]));
  return (
    <section className="card stack" aria-labelledby="exit-title">
      <h2 id="exit-title">{t('study-progress.exit.title')}</h2>
      <p>{t('study-progress.exit.intro')}</p>
      {(exits.data ?? []).length > 0 && (
        <ul className="plain-list">
          {(exits.data ?? []).map((x) => (
            <li key={x.id}>
              <strong>{t(`study-progress.exit.kind.${x.kind}`)}</strong> · {formatDate(x.exitOn)} · {x.programme} → {x.destinationProgramme ?? t(`study-progress.exit.destination.${x.destination}`)}
              <br />
              {x.reasons.map((r) => t(`study-progress.reason.${r}`)).join(', ')}
            </li>
          ))}
        </ul>
      )}
      <form className="form" onSubmit={submit} aria-labelledby="exit-title">
        <SelectField label={t('study-progress.exit.kindLabel')} value={kind} onChange={(e) => setKind(e.target.value as ExitInput['kind'])}>
          <option value="dropout">{t('study-progress.exit.kind.dropout')}</option>
          <option value="switch">{t('study-progress.exit.kind.switch')}</option>
        </SelectField>
        <TextField label={t('study-progress.exit.date')} type="date" required value={exitOn} onChange={(e) => setExitOn(e.target.value)} error={errors.exitOn} />
        <SelectField label={t('study-progress.exit.destinationLabel')} value={destination} onChange={(e) => setDestination(e.target.value as ExitInput['destination'])} error={errors.destination}>
          {EXIT_DESTINATIONS.map((d) => (
            <option key={d} value={d}>
              {t(`study-progress.exit.destination.${d}`)}
            </option>
          ))}
        </SelectField>
        {destination === 'programme_here' && (
          <SelectField label={t('study-progress.exit.programme')} value={programmeId} onChange={(e) => setProgrammeId(e.target.value)} error={errors.destinationProgrammeId}>
            <option value="">—</option>
            {programmes.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </SelectField>
        )}
        <fieldset className="field">
          <legend className="field-label">{t('study-progress.exit.reasons')}</legend>
          <div className="field-hint">{t('study-progress.exit.reasonsHint')}</div>
          {EXIT_REASONS.map((r) => (
            <div key={r} className="field-checkbox">
              <input id={`exit-reason-${r}`} type="checkbox" checked={reasons.includes(r)} onChange={() => toggle(r)} />
              <label htmlFor={`exit-reason-${r}`}>{t(`study-progress.reason.${r}`)}</label>
            </div>
          ))}
          {errors.reasons && <p className="field-error" role="alert">{errors.reasons}</p>}
        </fieldset>
        <TextAreaField label={t('study-progress.exit.note')} optional value={note} onChange={(e) => setNote(e.target.value)} />
        <TextField label={t('study-progress.exit.conversation')} hint={t('study-progress.exit.conversationHint')} optional type="datetime-local" value={conversationAt} onChange={(e) => setConversationAt(e.target.value)} />
        <div className="form-actions">
          <button type="submit" className="button" disabled={save.isPending || reasons.length === 0 || !exitOn}>
            {t('study-progress.exit.save')}
          </button>
        </div>
        <FormError error={save.error} />
        <StatusMessage>{save.isSuccess ? t('study-progress.exit.saved') : null}</StatusMessage>
      </form>
    </section>
  );
}
