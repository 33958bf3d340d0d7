import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { NOTE_TIERS, type NoteTier } from '../../../shared/conversations';

/** Who will see a note, chosen before it is saved; each option says it in plain words. */
export function TierChoice({
  value,
  onChange,
  compact = false,
  error,
}: {
  value: NoteTier | null;
  onChange: (tier: NoteTier) => void;
  compact?: boolean;
  error?: string;
}) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <fieldset className={`field choice-group tier-choice ${compact ? 'choice-inline' : ''}`} aria-describedby={error ? `${id}-error` : undefined}>
      <legend className="field-label">{t('conversations.tier.legend')}</legend>
      {NOTE_TIERS.map((tier) => (
        <div className={`choice tier-${tier}`} key={tier}>
          <input type="radio" id={`${id}-${tier}`} name={`${id}-tier`} checked={value === tier} onChange={() => onChange(tier)} />
          <label htmlFor={`${id}-${tier}`}>{t(`conversations.tier.option.${tier}`)}</label>
        </div>
      ))}
      {error && (
        <p className="field-error" id={`${id}-error`} role="alert">
          {error}
        </p>
      )}
    </fieldset>
  );
}

export function TierBadge({ tier }: { tier: NoteTier }) {
  const { t } = useTranslation();
  return <span className={`badge tier-badge tier-badge-${tier}`}>{t(`conversations.tier.badge.${tier}`)}</span>;
}
