import { useTranslation } from 'react-i18next';
import { errorText } from '../../api/client';
import type { TextAutosave } from './useTextAutosave';

/**
 * The save state next to autosaved text: quiet while all is well (a polite live region), an alert
 * with the way forward when the text did not reach the server. The text itself always stays.
 */
export function AutosaveStatus({ autosave }: { autosave: TextAutosave }) {
  const { t } = useTranslation();
  const { status } = autosave;
  const problem = status === 'offline' || status === 'error' || status === 'conflict';
  return (
    <div className="autosave">
      <p role="status" className="autosave-quiet">
        {status === 'pending' && t('conversations.autosave.pending')}
        {status === 'saving' && t('conversations.autosave.saving')}
        {status === 'saved' && t('conversations.autosave.saved')}
      </p>
      {autosave.restored && <p className="note">{t('conversations.autosave.restored')}</p>}
      {problem && (
        <div role="alert" className={`notice ${status === 'conflict' ? 'notice-warning' : 'notice-error'}`}>
          {status === 'offline' && <p>{t('conversations.autosave.offline')}</p>}
          {status === 'error' && (
            <p>
              <strong>{t('conversations.autosave.notSaved')}</strong> {errorText(autosave.error)} {t('conversations.autosave.keptHere')}
            </p>
          )}
          {status === 'conflict' && (
            <>
              <p>
                <strong>{t('conversations.autosave.conflictTitle')}</strong> {t('conversations.autosave.conflictText')}
              </p>
              <div className="button-row">
                <button type="button" className="button button-small" onClick={autosave.keepMine}>
                  {t('conversations.autosave.keepMine')}
                </button>
                <button type="button" className="button button-small button-secondary" onClick={autosave.takeTheirs}>
                  {t('conversations.autosave.takeTheirs')}
                </button>
              </div>
            </>
          )}
          {status !== 'conflict' && (
            <button type="button" className="button button-small button-secondary" onClick={autosave.saveNow}>
              {t('common.retry')}
            </button>
          )}
        </div>
      )}
    </div>
  );
}
