import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { ACTION_OWNERS } from '../../../shared/conversations';
import { SelectField, TextField } from '../../components/Fields';
import { today } from '../../lib/format';
import { checkSmart, useDomainText } from './domainTexts';

export type ActionOwner = (typeof ACTION_OWNERS)[number];
export interface ActionDraft {
  key: string;
  what: string;
  owner: ActionOwner;
  dueDate: string;
}

export type RowErrors = Partial<Record<'what' | 'dueDate', string>>;

let counter = 0;
export const emptyAction = (): ActionDraft => ({ key: `a${++counter}`, what: '', owner: 'student', dueDate: '' });

/** The agreed actions, each with plain-language SMART feedback that follows the typing. */
export function ActionRows({
  rows,
  onChange,
  errors,
}: {
  rows: ActionDraft[];
  onChange: (rows: ActionDraft[]) => void;
  errors: Record<number, RowErrors>;
}) {
  const { t } = useTranslation();
  const update = (index: number, patch: Partial<ActionDraft>) => onChange(rows.map((row, i) => (i === index ? { ...row, ...patch } : row)));
  return (
    <>
      <ol className="action-rows">
        {rows.map((row, index) => (
          <ActionRow
            key={row.key}
            number={index + 1}
            row={row}
            errors={errors[index] ?? {}}
            onChange={(patch) => update(index, patch)}
            onRemove={rows.length > 1 ? () => onChange(rows.filter((_, i) => i !== index)) : undefined}
          />
        ))}
      </ol>
      <button type="button" className="button button-secondary" onClick={() => onChange([...rows, emptyAction()])} disabled={rows.length >= 20}>
        {t('conversations.close.addAction')}
      </button>
    </>
  );
}

function ActionRow({
  number,
  row,
  errors,
  onChange,
  onRemove,
}: {
  number: number;
  row: ActionDraft;
  errors: RowErrors;
  onChange: (patch: Partial<ActionDraft>) => void;
  onRemove?: () => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <li className="action-row">
      <fieldset>
        <legend className="action-row-legend">{t('conversations.close.actionNumber', { number })}</legend>
        <TextField label={t('conversations.close.what')} hint={t('conversations.close.whatHint')} maxLength={500} value={row.what} error={errors.what} onChange={(e) => onChange({ what: e.target.value })} aria-describedby={`${id}-smart`} />
        <div className="form-row">
          <SelectField label={t('conversations.close.owner')} value={row.owner} onChange={(e) => onChange({ owner: e.target.value as ActionOwner })}>
            {ACTION_OWNERS.map((owner) => (
              <option key={owner} value={owner}>
                {t(`conversations.actions.owner.${owner}`)}
              </option>
            ))}
          </SelectField>
          <TextField label={t('conversations.close.due')} type="date" min={today()} value={row.dueDate} error={errors.dueDate} onChange={(e) => onChange({ dueDate: e.target.value })} />
        </div>
        <SmartFeedback id={`${id}-smart`} row={row} />
        {onRemove && (
          <button type="button" className="button button-small button-link" onClick={onRemove}>
            {t('conversations.close.removeAction', { number })}
          </button>
        )}
      </fieldset>
    </li>
  );
}

/** All five criteria in words, each marked "in orde" or "nog niet" in text, not only by colour. */
function SmartFeedback({ id, row }: { id: string; row: ActionDraft }) {
  const { t } = useTranslation();
  const text = useDomainText();
  if (!row.what.trim()) {
    return (
      <p className="smart-empty muted" id={id}>
        {t('conversations.close.smartEmpty')}
      </p>
    );
  }
  const result = checkSmart({ what: row.what, owner: row.owner, due: row.dueDate || null, today: today() });
  const passed = result.checks.filter((c) => c.ok).length;
  return (
    <div className="smart-feedback">
      <p className="smart-summary" id={id} aria-live="polite">
        {result.ok ? t('conversations.close.smartAllOk') : t('conversations.close.smartScore', { passed, total: result.checks.length })}
      </p>
      <ul className="smart-checks">
        {result.checks.map((check) => (
          <li key={check.criterion} className={check.ok ? 'smart-ok' : 'smart-todo'}>
            <span className="smart-mark" aria-hidden="true">
              {check.ok ? '✓' : '!'}
            </span>
            <span>
              <strong>
                {t(`conversations.smart.${check.criterion}`)} — {check.ok ? t('conversations.close.smartOk') : t('conversations.close.smartTodo')}:
              </strong>{' '}
              {text.pick(check.feedback)}
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
