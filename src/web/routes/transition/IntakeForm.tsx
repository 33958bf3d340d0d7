import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { CHOICE_CHECK_OUTCOMES, PRIOR_EDUCATION } from '../../../domain/transition/intake';
import type { IntakeView } from '../../../shared/intake';
import { FormError } from '../../components/Feedback';
import { SelectField, TextField } from '../../components/Fields';
import { Section } from '../../components/Page';
import { TextAreaField } from '../../components/TextAreaField';
import { AutosaveStatus } from '../conversations/AutosaveStatus';
import { useTextAutosave } from '../conversations/useTextAutosave';
import { EMPTY_FIELDS, fromTexts, getIntake, INTAKE_FIELDS, intakeKey, saveIntake, toTexts } from './intakeApi';

const TEXTAREAS = ['learningHistory', 'choiceCheckAdvice', 'supportNeeds', 'firstSteps'] as const;

/** The intake form: saved as you type (with the version last seen), completed with one button. */
export function IntakeForm({ view }: { view: IntakeView }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const studentId = view.studentId;
  const intake = view.intake;
  const autosave = useTextAutosave({
    storageKey: `intake.${studentId}`,
    fields: INTAKE_FIELDS,
    conflictError: 'intake_changed',
    initial: { values: toTexts(intake?.fields ?? EMPTY_FIELDS), version: intake?.version ?? 0 },
    save: async (values, version) => {
      const saved = await saveIntake(studentId, { version, fields: fromTexts(values) });
      client.setQueryData(intakeKey(studentId), saved);
      return { values: toTexts(saved.intake?.fields ?? EMPTY_FIELDS), version: saved.intake?.version ?? 0 };
    },
    reload: async () => {
      const fresh = await getIntake(studentId);
      return { values: toTexts(fresh.intake?.fields ?? EMPTY_FIELDS), version: fresh.intake?.version ?? 0 };
    },
  });
  const complete = useMutation({
    mutationFn: async (status: 'complete' | 'draft') => {
      const fresh = await getIntake(studentId);
      return saveIntake(studentId, { version: fresh.intake?.version ?? 0, fields: fromTexts(autosave.values), status });
    },
    onSuccess: (data) => client.setQueryData(intakeKey(studentId), data),
  });
  const v = autosave.values;
  const missing = new Set(intake?.missing ?? []);
  const mark = (field: string) => (intake && missing.has(field) ? t('transition.intake.missing') : null);
  const busy = autosave.status === 'pending' || autosave.status === 'saving';

  return (
    <Section title={t('transition.intake.formTitle')}>
      <form className="stack intake-form" onSubmit={(e) => e.preventDefault()}>
        <SelectField label={t('transition.intake.priorEducation')} value={v.priorEducation ?? ''} onChange={(e) => autosave.change('priorEducation', e.target.value)} error={mark('priorEducation')}>
          <option value="">{t('transition.intake.choose')}</option>
          {PRIOR_EDUCATION.map((p) => (
            <option key={p} value={p}>
              {t(`transition.prior.${p}`)}
            </option>
          ))}
        </SelectField>
        {v.priorEducation === 'mbo' && (
          <SelectField label={t('transition.intake.mboLevel')} value={v.mboLevel ?? ''} onChange={(e) => autosave.change('mboLevel', e.target.value)} error={mark('mboLevel')}>
            <option value="">{t('transition.intake.choose')}</option>
            {[1, 2, 3, 4].map((n) => (
              <option key={n} value={String(n)}>
                {t('transition.intake.level', { level: n })}
              </option>
            ))}
          </SelectField>
        )}
        {(v.priorEducation === 'mbo' || v.priorEducation === 'other') && (
          <TextField label={t(v.priorEducation === 'mbo' ? 'transition.intake.mboProgramme' : 'transition.intake.otherDetail')} value={v.priorDetail ?? ''} maxLength={300} onChange={(e) => autosave.change('priorDetail', e.target.value)} error={mark('priorDetail')} />
        )}
        <TextAreaField label={t('transition.intake.learningHistory')} hint={t('transition.intake.learningHistoryHint')} rows={4} value={v.learningHistory ?? ''} onChange={(e) => autosave.change('learningHistory', e.target.value)} error={mark('learningHistory')} />
        <SelectField label={t('transition.intake.choiceCheckOutcome')} value={v.choiceCheckOutcome ?? ''} onChange={(e) => autosave.change('choiceCheckOutcome', e.target.value)} error={mark('choiceCheckOutcome')}>
          <option value="">{t('transition.intake.choose')}</option>
          {CHOICE_CHECK_OUTCOMES.map((o) => (
            <option key={o} value={o}>
              {t(`transition.outcome.${o}`)}
            </option>
          ))}
        </SelectField>
        {TEXTAREAS.filter((f) => f !== 'learningHistory').map((f) => (
          <TextAreaField key={f} label={t(`transition.intake.${f}`)} rows={3} value={v[f] ?? ''} onChange={(e) => autosave.change(f, e.target.value)} error={mark(f)} />
        ))}
        <AutosaveStatus autosave={autosave} />
        <div className="button-row">
          {intake?.status === 'complete' ? (
            <button type="button" className="button button-secondary" disabled={busy || complete.isPending} onClick={() => complete.mutate('draft')}>
              {t('transition.intake.reopen')}
            </button>
          ) : (
            <button type="button" className="button" disabled={busy || complete.isPending || !intake} onClick={() => complete.mutate('complete')}>
              {t('transition.intake.complete')}
            </button>
          )}
        </div>
        {complete.error && <FormError error={complete.error} />}
      </form>
    </Section>
  );
}
