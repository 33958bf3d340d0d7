import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

async function copy(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/** Copies a text and says so (politely, in a live region); when the browser refuses, says how instead. */
export function CopyButton({ text, label, done }: { text: string; label: string; done: string }) {
  const { t } = useTranslation();
  const [result, setResult] = useState<'copied' | 'failed' | null>(null);
  useEffect(() => {
    if (result !== 'copied') return;
    const timer = window.setTimeout(() => setResult(null), 4000);
    return () => window.clearTimeout(timer);
  }, [result]);
  return (
    <span className="copy">
      <button type="button" className="button button-secondary button-small" onClick={() => void copy(text).then((ok) => setResult(ok ? 'copied' : 'failed'))}>
        {label}
      </button>
      <span role="status" className={result === 'failed' ? 'field-error' : 'copy-done'}>
        {result === 'copied' && done}
        {result === 'failed' && t('competencies.invite.copyFailed')}
      </span>
    </span>
  );
}
