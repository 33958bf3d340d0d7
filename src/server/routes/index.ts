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
];
