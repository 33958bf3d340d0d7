import { createRoute } from '@tanstack/react-router';
import '../../styles/showcase.css';
import { appRoute } from '../base';
import { RequireRole } from '../NotFoundPage';
import { FilesPage } from './FilesPage';
import { SharedWithMePage, SharedWithMeViewPage } from './SharedWithMePage';
import { ShowcaseEditorPage } from './ShowcaseEditorPage';
import { ShowcaseListPage } from './ShowcaseListPage';
import { VisibilityPage } from './VisibilityPage';

/** Showcase pages, files and visibility for the student; pages shared with me for everyone signed in. */
const student = (node: React.ReactNode) => <RequireRole roles={['student']}>{node}</RequireRole>;

const showcaseRoute = createRoute({ getParentRoute: () => appRoute, path: '/portfolio/showcase', component: () => student(<ShowcaseListPage />) });

const showcasePageRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/portfolio/showcase/$pageId',
  component: function ShowcasePageRoute() {
    const { pageId } = showcasePageRoute.useParams();
    return student(<ShowcaseEditorPage pageId={pageId} />);
  },
});

const filesRoute = createRoute({ getParentRoute: () => appRoute, path: '/portfolio/bestanden', component: () => student(<FilesPage />) });
const visibilityRoute = createRoute({ getParentRoute: () => appRoute, path: '/portfolio/zichtbaarheid', component: () => student(<VisibilityPage />) });
const sharedWithMeRoute = createRoute({ getParentRoute: () => appRoute, path: '/gedeeld-met-mij', component: SharedWithMePage });

const sharedWithMeViewRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/gedeeld-met-mij/$pageId',
  component: function SharedWithMeViewRoute() {
    const { pageId } = sharedWithMeViewRoute.useParams();
    return <SharedWithMeViewPage pageId={pageId} />;
  },
});

export const showcaseRoutes = [showcaseRoute, showcasePageRoute, filesRoute, visibilityRoute, sharedWithMeRoute, sharedWithMeViewRoute] as const;
