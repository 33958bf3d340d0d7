import { z } from 'zod';
import {
  CaseloadCompetencies,
  CaseloadSort,
  Competencies,
  CompetencyStats,
  ScanInvitationCreate,
  ScanInvitationCreated,
  ScanInvitationView,
} from '../../../shared/competencies';
import { requireActor } from '../../plugins/auth';
import * as competencies from '../../services/competencies.service';
import * as scan from '../../services/scan.service';
import { baseUrl, IdParams, type RouteModule } from '../types';

export const competencyRoutes: RouteModule = (app, ctx) => {
  app.get(
    '/api/students/:id/competencies',
    {
      // The student and their current counsellors only.
      config: { access: { student: 'competencies' } },
      schema: {
        tags: ['competencies'],
        summary: "A student's competence measurements (self, counsellor, supervisor), newest first; counsellor reads are audited",
        params: IdParams,
        response: { 200: Competencies },
      },
    },
    async (request) => competencies.studentCompetencies(ctx, requireActor(request), request.params.id, request.ip),
  );

  app.get(
    '/api/students/:id/scan-invitations',
    {
      config: { access: { student: 'competencies' } },
      schema: {
        tags: ['competencies'],
        summary: 'Invitations of external supervisors for the 360° scan about this student',
        params: IdParams,
        response: { 200: z.object({ items: z.array(ScanInvitationView) }) },
      },
    },
    async (request) => scan.listInvitations(ctx, requireActor(request), request.params.id),
  );

  app.post(
    '/api/students/:id/scan-invitations',
    {
      config: { access: { student: 'competencies' } },
      schema: {
        tags: ['competencies'],
        summary: 'Invite an external supervisor by name and e-mail; returns the single-use link once, and the message to copy',
        params: IdParams,
        body: ScanInvitationCreate,
        response: { 201: ScanInvitationCreated },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(await scan.createInvitation(ctx, requireActor(request), request.params.id, request.body, baseUrl(request, ctx.env.KOERS_PUBLIC_URL), request.ip)),
  );

  app.post(
    '/api/scan-invitations/:id/revoke',
    {
      // Which invitation is the actor's to withdraw is a relationship question, answered in the service.
      config: { access: 'scan.invite' },
      schema: { tags: ['competencies'], summary: 'Withdraw an invitation; its link stops working', params: IdParams, response: { 200: ScanInvitationView } },
    },
    async (request) => scan.revokeInvitation(ctx, requireActor(request), request.params.id, request.ip),
  );

  app.get(
    '/api/caseload/competencies',
    {
      config: { access: 'caseload.overview' },
      schema: {
        tags: ['competencies'],
        summary: "Every caseload student's latest self-assessment and the change since the previous one, sorted by name or a scale",
        querystring: CaseloadSort,
        response: { 200: CaseloadCompetencies },
      },
    },
    async (request) => competencies.caseloadCompetencies(ctx, requireActor(request), request.query),
  );

  app.get(
    '/api/stats/competencies',
    {
      config: { access: 'stats.aggregate' },
      schema: {
        tags: ['competencies'],
        summary: "Per programme and class: n, mean and distribution per competency; groups below the institution's minimum are suppressed",
        response: { 200: CompetencyStats },
      },
    },
    async (request) => competencies.competencyStats(ctx, requireActor(request)),
  );
};
