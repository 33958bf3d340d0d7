import '../../styles/questionnaire.css';
import '../../styles/surveys.css';
import { createRoute } from '@tanstack/react-router';
import { AppShell } from '../../components/AppShell';
import { appRoute, rootRoute } from '../base';
import { RequireRole } from '../NotFoundPage';
import { CampaignListPage } from './CampaignListPage';
import { CampaignPage } from './CampaignPage';
import { NewCampaignPage } from './NewCampaignPage';
import { SurveyAnswer } from './SurveyAnswer';

const MANAGERS = ['manager', 'admin'] as const;

const listRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/kwaliteitsmonitor',
  component: () => (
    <RequireRole roles={MANAGERS}>
      <CampaignListPage />
    </RequireRole>
  ),
});

const newRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/kwaliteitsmonitor/nieuw',
  component: () => (
    <RequireRole roles={MANAGERS}>
      <NewCampaignPage />
    </RequireRole>
  ),
});

const campaignRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/kwaliteitsmonitor/$campaignId',
  component: function CampaignRoute() {
    const { campaignId } = campaignRoute.useParams();
    return (
      <RequireRole roles={MANAGERS}>
        <CampaignPage campaignId={campaignId} />
      </RequireRole>
    );
  },
});

/** Answering one's own invitation, signed in (any role can be invited). */
const answerRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/vragenlijsten/$invitationId',
  component: function AnswerRoute() {
    const { invitationId } = answerRoute.useParams();
    return (
      <div className="survey-answer">
        <SurveyAnswer access={{ invitationId }} signedIn />
      </div>
    );
  },
});

/** Public: the personal link from an invitation, answerable on a phone without signing in. */
export const surveyLinkRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/vragenlijst/$token',
  component: function SurveyLinkRoute() {
    const { token } = surveyLinkRoute.useParams();
    return (
      <AppShell me={null}>
        <div className="scan-layout survey-answer">
          <SurveyAnswer access={{ token }} signedIn={false} />
        </div>
      </AppShell>
    );
  },
});

export const surveyRoutes = [listRoute, newRoute, campaignRoute, answerRoute] as const;
