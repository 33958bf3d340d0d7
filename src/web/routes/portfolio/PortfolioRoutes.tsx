import { createRoute } from '@tanstack/react-router';
import '../../styles/conversation-outcomes.css';
import '../../styles/portfolio.css';
import { optionalString, appRoute, rootRoute } from '../base';
import { RequireRole } from '../NotFoundPage';
import { Page } from '../../components/Page';
import { AskedOfMe } from './AskedOfMe';
import { EvidencePage } from './EvidencePage';
import { FeedbackLinkPage } from './FeedbackLinkPage';
import { FeedbackPage } from './FeedbackPage';
import { GuidancePortfolioPage } from './GuidancePortfolioPage';
import { NewEvidencePage } from './NewEvidencePage';
import { PortfolioPage } from './PortfolioPage';
import { useTranslation } from 'react-i18next';

/** The student's portfolio pages, the guidance view of it, and the public feedback link. */
const student = (node: React.ReactNode) => <RequireRole roles={['student']}>{node}</RequireRole>;

const overviewRoute = createRoute({ getParentRoute: () => appRoute, path: '/portfolio', component: () => student(<PortfolioPage />) });
const newRoute = createRoute({ getParentRoute: () => appRoute, path: '/portfolio/nieuw', component: () => student(<NewEvidencePage />) });

const feedbackRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/portfolio/feedback',
  validateSearch: (search: Record<string, unknown>) => ({ evidence: optionalString(search.evidence) }),
  component: function FeedbackRoute() {
    const { evidence } = feedbackRoute.useSearch();
    return student(<FeedbackPage evidenceId={evidence} />);
  },
});

const evidenceRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/portfolio/bewijs/$evidenceId',
  component: function EvidenceRoute() {
    const { evidenceId } = evidenceRoute.useParams();
    return <EvidencePage evidenceId={evidenceId} />;
  },
});

const guidanceRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/students/$studentId/portfolio',
  component: function GuidanceRoute() {
    const { studentId } = guidanceRoute.useParams();
    return (
      <RequireRole roles={['counsellor', 'specialist']}>
        <GuidancePortfolioPage studentId={studentId} />
      </RequireRole>
    );
  },
});

const askedRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/gevraagde-feedback',
  component: function AskedRoute() {
    const { t } = useTranslation();
    return (
      <Page title={t('portfolio.feedback.askedOfMe')} intro={<p>{t('portfolio.feedback.askedIntro')}</p>}>
        <AskedOfMe showEmpty />
      </Page>
    );
  },
});

export const portfolioRoutes = [overviewRoute, newRoute, feedbackRoute, evidenceRoute, guidanceRoute, askedRoute] as const;

/** Public: outside the signed-in app, like the scan link. */
export const feedbackLinkRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/feedback/$token',
  component: function FeedbackLinkRoute() {
    const { token } = feedbackLinkRoute.useParams();
    return <FeedbackLinkPage token={token} />;
  },
});
