import { Link, useRouterState } from '@tanstack/react-router';
import { createContext, useContext, useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Me } from '../api/types';
import { LanguageSwitch } from './LanguageSwitch';
import { MainNav } from './MainNav';
import { UserMenu } from './UserMenu';

const InShell = createContext(false);

/** Whether we are already rendering inside the shell (so a nested not-found page adds none). */
export function useInShell(): boolean {
  return useContext(InShell);
}

/** Skip link, header (brand, menu button, language, user menu), navigation and main. */
export function AppShell({ me, children }: { me: Me | null; children: ReactNode }) {
  const { t } = useTranslation();
  const [menuOpen, setMenuOpen] = useState(false);
  const onLoginPage = useRouterState({ select: (state) => state.location.pathname === '/login' });
  useFocusOnNavigation();

  return (
    <InShell.Provider value={true}>
    <div className="app">
      <SkipLink />
      <header className="app-header">
        <Link to="/" className="brand">
          <span className="brand-mark" aria-hidden="true" />
          Koers
        </Link>
        <div className="header-tools">
          {me && (
            <button
              type="button"
              className="menu-button"
              aria-expanded={menuOpen}
              aria-controls="main-nav"
              onClick={() => setMenuOpen((open) => !open)}
            >
              <span className="menu-icon" aria-hidden="true" />
              {t('shell.menu')}
            </button>
          )}
          <LanguageSwitch signedIn={!!me} />
          {me ? (
            <UserMenu me={me} />
          ) : (
            !onLoginPage && (
              <Link to="/login" search={{ redirect: undefined }} className="header-link">
                {t('login.submit')}
              </Link>
            )
          )}
        </div>
      </header>
      <div className={me ? 'app-body' : 'app-body app-body-public'}>
        {me && <MainNav me={me} open={menuOpen} onNavigate={() => setMenuOpen(false)} />}
        <main id="main" tabIndex={-1} className="app-main">
          {children}
        </main>
      </div>
    </div>
    </InShell.Provider>
  );
}

export function SkipLink() {
  const { t } = useTranslation();
  return (
    <a
      href="#main"
      className="skip-link"
      onClick={(event) => {
        event.preventDefault();
        const main = document.getElementById('main');
        main?.focus();
        main?.scrollIntoView();
      }}
    >
      {t('shell.skipToContent')}
    </a>
  );
}

/** After a client-side navigation, move focus to the new page's heading (not on first load). */
function useFocusOnNavigation() {
  const pathname = useRouterState({ select: (state) => state.location.pathname });
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    const timer = window.setTimeout(() => {
      const heading = document.querySelector<HTMLElement>('main [data-page-heading]');
      (heading ?? document.getElementById('main'))?.focus({ preventScroll: false });
    }, 0);
    return () => window.clearTimeout(timer);
  }, [pathname]);
}
