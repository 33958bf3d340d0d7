import { useEffect, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';

/** Shows only the guide, filling the screen (Esc leaves); hidden where the browser cannot. */
export function FullscreenButton({ target }: { target: RefObject<HTMLElement | null> }) {
  const { t } = useTranslation();
  const [active, setActive] = useState(false);
  useEffect(() => {
    const sync = () => setActive(document.fullscreenElement !== null);
    document.addEventListener('fullscreenchange', sync);
    return () => document.removeEventListener('fullscreenchange', sync);
  }, []);
  if (!document.fullscreenEnabled) return null;
  const toggle = () => {
    if (document.fullscreenElement) void document.exitFullscreen();
    else void target.current?.requestFullscreen().catch(() => undefined);
  };
  return (
    <button type="button" className="button button-secondary" aria-pressed={active} onClick={toggle}>
      {t('conversations.conduct.fullscreen')}
    </button>
  );
}
