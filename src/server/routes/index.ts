import { adminAssignmentRoutes } from './admin/assignments.routes';
import { adminExportRoutes } from './admin/exports.routes';
import { adminImportRoutes } from './admin/imports.routes';
import { adminInstitutionRoutes } from './admin/institution.routes';
import { adminTestResultRoutes } from './admin/test-results.routes';
import { adminLogRoutes } from './admin/logs.routes';
import { adminUserRoutes } from './admin/users.routes';
import { authRoutes } from './auth/auth.routes';
import { competencyRoutes } from './competencies/competencies.routes';
import { caseloadRoutes } from './guidance/caseload.routes';
import { handoverRoutes } from './guidance/handover.routes';
import { referralRoutes } from './guidance/referrals.routes';
import { conversationOverviewRoutes } from './conversations/conversation-overview.routes';
import { conversationPartRoutes } from './conversations/conversation-parts.routes';
import { conversationRoutes } from './conversations/conversations.routes';
import { instrumentRoutes } from './instruments/instruments.routes';
import { meRoutes } from './me/me.routes';
import { responseRoutes } from './responses/responses.routes';
import { scanRoutes } from './scan/scan.routes';
import { structureRoutes } from './structure/structure.routes';
import { studentRoutes } from './students/students.routes';
import { systemRoutes } from './system/system.routes';
import { developmentRoutes } from './development/development.routes';
import { teamRoutes } from './development/teams.routes';
import { evaluationRoutes } from './development/evaluation.routes';
import { teamAdminRoutes } from './development/teams-admin.routes';
import { dossierRoutes } from './portfolio/dossier.routes';
import { portfolioFileRoutes } from './portfolio/files.routes';
import { showcaseRoutes } from './portfolio/showcase.routes';
import { showcaseShareRoutes } from './portfolio/shares.routes';
import { portfolioPdfRoutes } from './portfolio/pdf.routes';
import { intakeRoutes } from './transition/intake.routes';
import { milestoneRoutes } from './transition/milestones.routes';
import { surveyReportRoutes } from './surveys/report.routes';
import { studyResultRoutes } from './transition/results.routes';
import { bsaRoutes } from './transition/bsa.routes';
import { studyExitRoutes } from './transition/exits.routes';
import { dropoutAnalyticsRoutes } from './transition/dropout-analytics.routes';
import { portfolioGoalRoutes } from './portfolio/goals.routes';
import { portfolioEvidenceRoutes } from './portfolio/evidence.routes';
import { portfolioFeedbackRoutes } from './portfolio/feedback.routes';
import { surveyRoutes } from './surveys/surveys.routes';
import { surveyAnsweringRoutes } from './surveys/answering.routes';
import { surveyImportRoutes } from './surveys/survey-import.routes';
import { evidenceLoopRoutes } from './surveys/evidence-loop.routes';
import { lobScanRoutes } from './surveys/lob-scan.routes';
import type { RouteModule } from './types';

/** Every route module of the API. The policy matrix test walks all routes registered from here. */
export const routeModules: RouteModule[] = [
  systemRoutes,
  authRoutes,
  meRoutes,
  studentRoutes,
  structureRoutes,
  adminUserRoutes,
  adminAssignmentRoutes,
  adminLogRoutes,
  adminImportRoutes,
  adminExportRoutes,
  adminInstitutionRoutes,
  adminTestResultRoutes,
  instrumentRoutes,
  responseRoutes,
  competencyRoutes,
  scanRoutes,
  conversationRoutes,
  conversationPartRoutes,
  conversationOverviewRoutes,
  caseloadRoutes,
  referralRoutes,
  handoverRoutes,
  developmentRoutes,
  teamRoutes,
  evaluationRoutes,
  teamAdminRoutes,
  dossierRoutes,
  studyResultRoutes,
  bsaRoutes,
  studyExitRoutes,
  dropoutAnalyticsRoutes,
  portfolioGoalRoutes,
  portfolioEvidenceRoutes,
  portfolioFeedbackRoutes,
  portfolioFileRoutes,
  showcaseRoutes,
  showcaseShareRoutes,
  portfolioPdfRoutes,
  intakeRoutes,
  milestoneRoutes,
  surveyReportRoutes,
  surveyRoutes,
  surveyAnsweringRoutes,
  surveyImportRoutes,
  lobScanRoutes,
  evidenceLoopRoutes,
];
