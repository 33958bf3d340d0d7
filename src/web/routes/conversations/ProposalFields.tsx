import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useDomainText } from './domainTexts';
import { CONVERSATION_TYPES, type ConversationType } from '../../../shared/conversations';
import { SelectField, TextField } from '../../components/Fields';
import { toInstant } from './when';

export interface SlotValue {
  type: ConversationType;
  date: string;
  time: string;
  durationMinutes: number;
  location: string;
  online: boolean;
}

export const DURATIONS = [15, 20, 30, 45, 60, 90] as const;

/** The body of a proposal, or null with the field that is missing. */
export function slotToProposal(value: SlotValue): { ok: true; startsAt: string } | { ok: false; field: 'date' | 'time' } {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value.date)) return { ok: false, field: 'date' };
  const startsAt = toInstant(value.date, value.time);
  return startsAt ? { ok: true, startsAt } : { ok: false, field: 'time' };
}

/**
 * Type, moment, length and place of a talk. Used to plan one, to propose another time and to
 * propose the next talk when closing; `withType` is off for another time (the type stays).
 */
export function ProposalFields({
  value,
  onChange,
  withType = true,
  errors = {},
}: {
  value: SlotValue;
  onChange: (next: SlotValue) => void;
  withType?: boolean;
  errors?: Partial<Record<'date' | 'time' | 'location', string>>;
}) {
  const { t } = useTranslation();
  const text = useDomainText();
  const id = useId();
  const set = <K extends keyof SlotValue>(key: K, v: SlotValue[K]) => onChange({ ...value, [key]: v });

  return (
    <>
      {withType && (
        <fieldset className="field choice-group">
          <legend className="field-label">{t('conversations.plan.type')}</legend>
          {CONVERSATION_TYPES.map((type) => (
            <div className="choice" key={type}>
              <input
                type="radio"
                id={`${id}-type-${type}`}
                name={`${id}-type`}
                checked={value.type === type}
                onChange={() => set('type', type)}
                aria-describedby={`${id}-type-${type}-hint`}
              />
              <label htmlFor={`${id}-type-${type}`}>{text.typeTitle(type)}</label>
              <p className="choice-hint" id={`${id}-type-${type}-hint`}>
                {text.typeDescription(type)}
              </p>
            </div>
          ))}
        </fieldset>
      )}
      <div className="form-row">
        <TextField label={t('conversations.plan.date')} type="date" required value={value.date} error={errors.date} onChange={(e) => set('date', e.target.value)} />
        <TextField label={t('conversations.plan.time')} type="time" required step={300} value={value.time} error={errors.time} onChange={(e) => set('time', e.target.value)} />
        <SelectField label={t('conversations.plan.duration')} value={value.durationMinutes} onChange={(e) => set('durationMinutes', Number(e.target.value))}>
          {DURATIONS.map((minutes) => (
            <option key={minutes} value={minutes}>
              {t('conversations.plan.minutes', { count: minutes })}
            </option>
          ))}
        </SelectField>
      </div>
      <fieldset className="field choice-group choice-inline">
        <legend className="field-label">{t('conversations.plan.where')}</legend>
        <div className="choice">
          <input type="radio" id={`${id}-place`} name={`${id}-where`} checked={!value.online} onChange={() => set('online', false)} />
          <label htmlFor={`${id}-place`}>{t('conversations.plan.inPerson')}</label>
        </div>
        <div className="choice">
          <input type="radio" id={`${id}-online`} name={`${id}-where`} checked={value.online} onChange={() => set('online', true)} />
          <label htmlFor={`${id}-online`}>{t('conversations.plan.online')}</label>
        </div>
      </fieldset>
      <TextField
        label={value.online ? t('conversations.plan.onlineLocation') : t('conversations.plan.location')}
        hint={value.online ? t('conversations.plan.onlineHint') : t('conversations.plan.locationHint')}
        optional
        maxLength={200}
        value={value.location}
        error={errors.location}
        onChange={(e) => set('location', e.target.value)}
      />
    </>
  );
}
