import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';

/**
 * The student's portfolio sections as tabs. Other portfolio features add their page here with one
 * line (path and an i18n key), so the tabs stay the one way between the parts.
 */
export const PORTFOLIO_TABS: { to: string; label: string; exact?: boolean }[] = [
  { to: '/portfolio', label: 'portfolio.tabs.overview', exact: true },
  { to: '/portfolio/nieuw', label: 'portfolio.tabs.new' },
  { to: '/portfolio/feedback', label: 'portfolio.tabs.feedback' },
];

export function PortfolioTabs() {
  const { t } = useTranslation();
  return (
    <nav className="portfolio-tabs" aria-label={t('portfolio.tabs.label')}>
      <ul>
        {PORTFOLIO_TABS.map((tab) => (
          <li key={tab.to}>
            <Link to={tab.to} activeOptions={{ exact: tab.exact ?? false }} className="portfolio-tab" activeProps={{ 'aria-current': 'page', className: 'is-active' }}>
              {t(tab.label as 'portfolio.tabs.overview')}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
