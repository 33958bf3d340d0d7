import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate } from '@tanstack/react-router';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { REFERRAL_REASONS, type ReferralCreate } from '../../../../shared/guidance';
import { api, fieldErrors } from '../../../api/client';
import type { StudentFile } from '../../../api/types';
import { FormError } from '../../../components/Feedback';
import { CheckboxField, SelectField, TextField } from '../../../components/Fields';
import { Page } from '../../../components/Page';
import { QueryState } from '../../../components/States';
import { studentQueryKey } from '../../students/StudentFilePage';
import { createReferral, referralChanged } from '../guidanceApi';
import { RadioGroup } from '../RadioGroup';
import { TextAreaField } from '../../../components/TextAreaField';

type Reason = ReferralCreate['reason'];
type Consent = ReferralCreate['consent'];
type Line = ReferralCreate['line'];

interface Values {
  reason: Reason | '';
  description: string;
  consent: Consent | null;
  noConsentReason: string;
  parentsMaySee: boolean;
  line: Line;
  externalParty: string;
}

const EMPTY: Values = { reason: '', description: '', consent: null, noConsentReason: '', parentsMaySee: false, line: 'second', externalParty: '' };
type Errors = Partial<Record<keyof Values, string>>;

/** Counsellor: refer a student to the second-line team, or record a hand-off to care outside. */
export function ReferralFormPage({ studentId }: { studentId: string }) {
  const { t } = useTranslation();
  const student = useQuery({
    queryKey: studentQueryKey(studentId),
    queryFn: ({ signal }) => api<StudentFile>(`/students/${encodeURIComponent(studentId)}`, { signal }),
  });
  return (
    <Page title={student.data ? t('guidance.referral.formTitleFor', { name: student.data.name }) : t('guidance.referral.formTitle')} intro={<p>{t('guidance.referral.formIntro')}</p>}>
      <QueryState query={student}>{(data) => <ReferralForm student={data} />}</QueryState>
    </Page>
  );
}

function ReferralForm({ student }: { student: StudentFile }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [values, setValues] = useState<Values>(EMPTY);
  const [errors, setErrors] = useState<Errors>({});
  const formRef = useRef<HTMLFormElement>(null);
  const set = <K extends keyof Values>(key: K, value: Values[K]) => setValues((current) => ({ ...current, [key]: value }));

  const mutation = useMutation({
    mutationFn: (body: ReferralCreate) => createReferral(body),
    onSuccess: async (referral) => {
      await referralChanged(queryClient, referral);
      void navigate({ to: '/verwijzingen/$referralId', params: { referralId: referral.id }, search: { created: true } });
    },
  });
  const shown: Errors = { ...fieldErrors(mutation.error), ...errors };

  const validate = (): Errors => {
    const out: Errors = {};
    if (!values.reason) out.reason = t('guidance.referral.errors.reason');
    if (values.description.trim().length < 10) out.description = t('guidance.referral.errors.description');
    if (!values.consent) out.consent = t('guidance.referral.errors.consent');
    if (values.consent === 'not_given' && values.noConsentReason.trim().length < 10) out.noConsentReason = t('guidance.referral.errors.noConsentReason');
    if (values.line === 'external' && !values.externalParty.trim()) out.externalParty = t('guidance.referral.errors.externalParty');
    return out;
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = validate();
    setErrors(found);
    if (Object.keys(found).length > 0 || !values.reason || !values.consent) {
      // Move to the first field that needs attention, so keyboard and screen-reader users land on it.
      requestAnimationFrame(() => formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"], .radio-group:has(.field-error) input')?.focus());
      return;
    }
    mutation.mutate({
      studentId: student.id,
      line: values.line,
      reason: values.reason,
      description: values.description.trim(),
      consent: values.consent,
      noConsentReason: values.consent === 'not_given' ? values.noConsentReason.trim() : '',
      parentsMaySee: values.parentsMaySee,
      externalParty: values.line === 'external' ? values.externalParty.trim() : '',
    });
  };

  return (
    <form ref={formRef} className="card form referral-form" onSubmit={submit} noValidate>
      <FormError error={mutation.error} />
      <RadioGroup
        legend={t('guidance.referral.line')}
        value={values.line}
        onChange={(line) => set('line', line)}
        options={[
          { value: 'second', label: t('guidance.referral.lines.second'), hint: t('guidance.referral.lines.secondHint') },
          { value: 'external', label: t('guidance.referral.lines.external'), hint: t('guidance.referral.lines.externalHint') },
        ]}
      />
      {values.line === 'external' && (
        <TextField label={t('guidance.referral.externalParty')} hint={t('guidance.referral.externalPartyHint')} value={values.externalParty} maxLength={200} onChange={(e) => set('externalParty', e.target.value)} error={shown.externalParty} />
      )}
      <SelectField label={t('guidance.referral.reason')} value={values.reason} onChange={(e) => set('reason', e.target.value as Reason | '')} error={shown.reason}>
        <option value="">{t('guidance.referral.chooseReason')}</option>
        {REFERRAL_REASONS.map((reason) => (
          <option key={reason} value={reason}>
            {t(`guidance.reason.${reason}`)}
          </option>
        ))}
      </SelectField>
      <TextAreaField
        label={t('guidance.referral.description')}
        hint={t('guidance.referral.descriptionHint')}
        value={values.description}
        maxLength={5000}
        rows={6}
        onChange={(e) => set('description', e.target.value)}
        error={shown.description}
      />
      <RadioGroup
        legend={t('guidance.referral.consent')}
        value={values.consent}
        onChange={(consent) => set('consent', consent)}
        error={shown.consent}
        options={[
          { value: 'given', label: t('guidance.referral.consentGiven') },
          { value: 'not_given', label: t('guidance.referral.consentNotGiven') },
        ]}
      />
      {values.consent === 'not_given' && (
        <TextAreaField
          label={t('guidance.referral.noConsentReason')}
          hint={t('guidance.referral.noConsentReasonHint')}
          value={values.noConsentReason}
          maxLength={2000}
          rows={3}
          onChange={(e) => set('noConsentReason', e.target.value)}
          error={shown.noConsentReason}
        />
      )}
      <CheckboxField
        label={t('guidance.referral.parentsMaySee')}
        hint={t('guidance.referral.parentsMaySeeHint')}
        checked={values.parentsMaySee}
        onChange={(e) => set('parentsMaySee', e.target.checked)}
      />
      <div className="form-actions">
        <button type="submit" className="button" disabled={mutation.isPending} aria-busy={mutation.isPending}>
          {t('guidance.referral.submit')}
        </button>
        <Link to="/students/$studentId" params={{ studentId: student.id }} className="button button-secondary">
          {t('common.cancel')}
        </Link>
      </div>
    </form>
  );
}
