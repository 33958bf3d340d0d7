import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CONVERSATION_RULES, useDomainText } from './domainTexts';

/** The ten conversation tips, at hand but out of the way until asked for. */
export function TipsPanel() {
  const { t } = useTranslation();
  const text = useDomainText();
  const id = useId();
  const [open, setOpen] = useState(false);
  return (
    <aside className={`tips-panel ${open ? 'is-open' : ''}`} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="tips-title">
        <button type="button" className="tips-toggle" aria-expanded={open} aria-controls={`${id}-list`} onClick={() => setOpen((o) => !o)}>
          {t('conversations.conduct.tips', { count: CONVERSATION_RULES.length })}
        </button>
      </h2>
      <ol id={`${id}-list`} className="tips-list" hidden={!open}>
        {CONVERSATION_RULES.map((rule) => (
          <li key={rule.code}>{text.pick(rule.tip)}</li>
        ))}
      </ol>
    </aside>
  );
}
