import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { SignalSettings } from '../../../../shared/guidance';
import { fieldErrors } from '../../../api/client';
import { FormError, StatusMessage } from '../../../components/Feedback';
import { TextField } from '../../../components/Fields';
import { Page } from '../../../components/Page';
import { QueryState } from '../../../components/States';
import { formatNumber } from '../../../lib/format';
import { saveSignalSettings, signalSettingsQuery } from '../../guidance/guidanceApi';

type Key = keyof SignalSettings;

/** The limits of each threshold, as the contract allows them; whole numbers where the unit is days. */
const FIELDS: readonly { key: Key; min: number; max: number; step: number }[] = [
  { key: 'noConversationDays', min: 14, max: 730, step: 1 },
  { key: 'actionGraceDays', min: 0, max: 60, step: 1 },
  { key: 'lowCompetency', min: 1, max: 5, step: 0.1 },
  { key: 'fallingCompetency', min: 0.1, max: 4, step: 0.1 },
  { key: 'referralWaitDays', min: 1, max: 90, step: 1 },
  { key: 'failedTests', min: 1, max: 20, step: 1 },
  { key: 'portfolioInactiveWeeks', min: 1, max: 52, step: 1 },
  { key: 'lowChoiceCertainty', min: 1, max: 4, step: 0.1 },
  { key: 'fallingChoiceCertainty', min: 0.1, max: 3, step: 0.1 },
  { key: 'highDropoutRisk', min: 1, max: 4, step: 0.1 },
];

/** Functioneel beheer: the thresholds behind the caseload's signals and the referral wait norm. */
export function SignalSettingsPage() {
  const { t } = useTranslation();
  const query = useQuery(signalSettingsQuery);
  return (
    <Page title={t('guidance.settings.title')} intro={<p>{t('guidance.settings.intro')}</p>}>
      <QueryState query={query}>{(settings) => <SettingsForm settings={settings} />}</QueryState>
    </Page>
  );
}

/** Accepts "2,5" as well as "2.5": Dutch users type a comma. */
const parse = (text: string) => Number(text.trim().replace(',', '.'));

function SettingsForm({ settings }: { settings: SignalSettings }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const formRef = useRef<HTMLFormElement>(null);
  const [values, setValues] = useState<Record<Key, string>>(() => {
    const out = {} as Record<Key, string>;
    for (const { key } of FIELDS) out[key] = String(settings[key]).replace('.', t('guidance.settings.decimal'));
    return out;
  });
  const [errors, setErrors] = useState<Partial<Record<Key, string>>>({});
  const [saved, setSaved] = useState(false);
  const mutation = useMutation({
    mutationFn: saveSignalSettings,
    onSuccess: async (next) => {
      setSaved(true);
      queryClient.setQueryData(signalSettingsQuery.queryKey, next);
      await queryClient.invalidateQueries({ queryKey: ['guidance', 'caseload'] });
    },
  });
  const shown = { ...fieldErrors(mutation.error), ...errors } as Partial<Record<Key, string>>;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    const found: Partial<Record<Key, string>> = {};
    const body = {} as SignalSettings;
    for (const { key, min, max, step } of FIELDS) {
      const n = parse(values[key]);
      const whole = step === 1;
      if (!values[key].trim() || !Number.isFinite(n) || n < min || n > max || (whole && !Number.isInteger(n))) {
        found[key] = t(whole ? 'guidance.settings.rangeWhole' : 'guidance.settings.range', { min: formatNumber(min), max: formatNumber(max) });
      }
      body[key] = n;
    }
    setErrors(found);
    if (Object.keys(found).length > 0) {
      requestAnimationFrame(() => formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
      return;
    }
    mutation.mutate(body);
  };

  return (
    <form ref={formRef} className="card form signal-settings" onSubmit={submit} noValidate>
      <FormError error={mutation.error} />
      {FIELDS.map(({ key, step }) => (
        <TextField
          key={key}
          label={t(`guidance.settings.fields.${key}`)}
          hint={t(`guidance.settings.hints.${key}`)}
          inputMode={step === 1 ? 'numeric' : 'decimal'}
          className="field-short"
          value={values[key]}
          onChange={(e) => {
            setSaved(false);
            setValues((current) => ({ ...current, [key]: e.target.value }));
          }}
          error={shown[key]}
        />
      ))}
      <div className="form-actions">
        <button type="submit" className="button" disabled={mutation.isPending}>
          {t('common.save')}
        </button>
      </div>
      <StatusMessage>{saved ? t('guidance.settings.saved') : undefined}</StatusMessage>
    </form>
  );
}
