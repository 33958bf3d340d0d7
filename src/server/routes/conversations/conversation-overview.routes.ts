import { z } from 'zod';
import { CadenceNorm, FeedbackAggregate, FeedbackSummary, OverdueRow } from '../../../shared/conversations';
import { isSchoolYear, schoolYearOf } from '../../../domain/dates/school-year';
import { requireActor } from '../../plugins/auth';
import * as cadence from '../../services/conversation-cadence.service';
import type { RouteModule } from '../types';

const NormView = CadenceNorm.extend({ programmeName: z.string().optional(), isDefault: z.boolean() });

/** Overviews across conversations: cadence per caseload, norms, and aggregated student feedback. */
export const conversationOverviewRoutes: RouteModule = (app, ctx) => {
  app.get(
    '/api/caseload/conversations',
    {
      config: { access: 'caseload.overview' },
      schema: { tags: ['conversations'], summary: 'Per caseload student: conversations held this school year against the norm; overdue first', response: { 200: z.object({ items: z.array(OverdueRow) }) } },
    },
    async (request) => cadence.caseloadConversations(ctx, requireActor(request)),
  );

  app.get(
    '/api/me/conversation-feedback',
    {
      config: { access: 'caseload.overview' },
      schema: { tags: ['conversations'], summary: "The counsellor's own aggregated student feedback (from 5 answers on)", response: { 200: FeedbackSummary } },
    },
    async (request) => cadence.myFeedback(ctx, requireActor(request)),
  );

  app.get(
    '/api/stats/conversation-feedback',
    {
      config: { access: 'conversations.feedback-stats' },
      schema: {
        tags: ['conversations'],
        summary: 'Student feedback on conversations for the team and per counsellor; each suppressed below 5 answers',
        response: {
          200: z.object({
            minAnswers: z.number(),
            team: FeedbackAggregate.nullable(),
            counsellors: z.array(z.object({ counsellor: z.object({ id: z.string(), name: z.string() }), aggregate: FeedbackAggregate.nullable() })),
          }),
        },
      },
    },
    async (request) => cadence.feedbackStats(ctx, requireActor(request)),
  );

  app.get(
    '/api/admin/cadence-norms',
    {
      config: { access: 'conversations.norms' },
      schema: {
        tags: ['admin', 'conversations'],
        summary: 'Conversation norms per programme for a school year (defaults per level where none is set)',
        querystring: z.object({ schoolYear: z.string().refine(isSchoolYear).optional() }),
        response: { 200: z.object({ items: z.array(NormView) }) },
      },
    },
    async (request) => cadence.listNorms(ctx, requireActor(request), request.query.schoolYear ?? schoolYearOf(new Date())),
  );

  app.put(
    '/api/admin/cadence-norms',
    {
      config: { access: 'conversations.norms' },
      schema: { tags: ['admin', 'conversations'], summary: 'Set the conversation norm of a programme for a school year', body: CadenceNorm, response: { 200: NormView } },
    },
    async (request) => cadence.saveNorm(ctx, requireActor(request), request.body, request.ip),
  );
};
