import { useTranslation } from 'react-i18next';
import { errorText } from '../../api/client';
import type { Autosave } from './useAutosave';

/**
 * Stays in view at the bottom of the screen while answering: how far the respondent is, and
 * quietly whether the last answer was saved. A failed save says so, with the way to try again.
 */
export function SaveBar({ answered, total, autosave }: { answered: number; total: number; autosave: Autosave }) {
  const { t } = useTranslation();
  const { status, error } = autosave;
  const progress = t('competencies.questionnaire.progress', { answered, total });
  return (
    <div className="q-savebar">
      <div className="q-progress">
        <span className="q-progress-text">{progress}</span>
        <progress max={total} value={answered} aria-hidden="true" />
      </div>
      <div className="q-save-state">
        <span role="status" className={status === 'error' ? 'visually-hidden' : 'q-save-quiet'}>
          {status === 'saving' && t('competencies.questionnaire.saving')}
          {status === 'saved' && t('competencies.questionnaire.saved')}
        </span>
        {status === 'error' && (
          <div role="alert" className="q-save-error">
            <span>
              <strong>{t('competencies.questionnaire.notSaved')}</strong> {errorText(error)}
            </span>
            <button type="button" className="button button-small button-secondary" onClick={() => void autosave.flush()}>
              {t('common.retry')}
            </button>
          </div>
        )}
      </div>
    </div>
  );
}
