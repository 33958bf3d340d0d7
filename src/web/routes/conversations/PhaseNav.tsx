import { Link } from '@tanstack/react-router';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PHASE_CODES, nextPhase, PHASES, useDomainText, type PhaseCode } from './domainTexts';

/**
 * Previous and next phase. Moving on is only suggested once the phase has a key point; without
 * one the counsellor confirms that the phase's question was answered. No timers, nothing forced.
 */
export function PhaseNav({ phase, keyPoints, onGo, closeTo }: { phase: PhaseCode; keyPoints: number; onGo: (phase: PhaseCode) => void; closeTo: string }) {
  const { t } = useTranslation();
  const text = useDomainText();
  const [confirming, setConfirming] = useState(false);
  const confirmButton = useRef<HTMLButtonElement>(null);
  // The "next" button makes way for the question: keep keyboard focus with it.
  useEffect(() => {
    if (confirming) confirmButton.current?.focus();
  }, [confirming]);
  const index = PHASE_CODES.indexOf(phase);
  const previous = index > 0 ? PHASE_CODES[index - 1] : undefined;
  const next = nextPhase(phase);
  const title = (code: PhaseCode) => text.pick(PHASES.find((p) => p.code === code)?.title ?? { nl: code, en: code });
  const moveOnWhen = text.pick(PHASES.find((p) => p.code === phase)?.moveOnWhen ?? { nl: '', en: '' });

  return (
    <nav className="phase-nav" aria-label={t('conversations.conduct.navLabel')}>
      {keyPoints > 0 ? (
        <p className="phase-suggestion">
          {next ? t('conversations.conduct.suggestNext', { phase: title(next) }) : t('conversations.conduct.suggestClose')}
        </p>
      ) : (
        <p className="phase-hint">{moveOnWhen}</p>
      )}
      {confirming && next && (
        <div className="notice notice-warning" role="alert">
          <p>{t('conversations.conduct.confirmText')}</p>
          <div className="button-row">
            <button type="button" className="button" ref={confirmButton} onClick={() => onGo(next)}>
              {t('conversations.conduct.confirmYes', { phase: title(next) })}
            </button>
            <button type="button" className="button button-secondary" onClick={() => setConfirming(false)}>
              {t('conversations.conduct.confirmStay')}
            </button>
          </div>
        </div>
      )}
      <div className="button-row phase-buttons">
        {previous && (
          <button type="button" className="button button-secondary" onClick={() => onGo(previous)}>
            {t('conversations.conduct.previous', { phase: title(previous) })}
          </button>
        )}
        {next && !confirming && (
          <button
            type="button"
            className={keyPoints > 0 ? 'button' : 'button button-secondary'}
            onClick={() => (keyPoints > 0 ? onGo(next) : setConfirming(true))}
          >
            {t('conversations.conduct.next', { phase: title(next) })}
          </button>
        )}
        {!next && (
          <Link to={closeTo} className={keyPoints > 0 ? 'button' : 'button button-secondary'}>
            {t('conversations.conduct.toClose')}
          </Link>
        )}
      </div>
    </nav>
  );
}
