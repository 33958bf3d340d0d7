import { z } from 'zod';
import { Close, ConversationDetail, ConversationSummary, Preparation, PreparationView, Proposal, Respond, StudentSummary } from '../../../shared/conversations';
import { requireActor } from '../../plugins/auth';
import * as conversations from '../../services/conversations.service';
import * as notes from '../../services/conversation-notes.service';
import { IdParams, type RouteModule } from '../types';

/** Planning, preparing, holding and closing conversations. Whose conversation it is, is decided by the policy. */
export const conversationRoutes: RouteModule = (app, ctx) => {
  const takePart = { access: 'conversations.take-part' } as const;

  app.get(
    '/api/students/:id/conversations',
    {
      config: { access: { student: 'conversations' } },
      schema: { tags: ['conversations'], summary: "A student's conversations, newest first (counsellor reads are audited)", params: IdParams, response: { 200: z.object({ items: z.array(ConversationSummary) }) } },
    },
    async (request) => conversations.listConversations(ctx, requireActor(request), request.params.id, request.ip),
  );

  app.post(
    '/api/students/:id/conversations',
    {
      config: { access: { student: 'conversation-planning' } },
      schema: { tags: ['conversations'], summary: 'Propose a conversation; the other side accepts or proposes another time', params: IdParams, body: Proposal, response: { 201: ConversationSummary } },
    },
    async (request, reply) => reply.code(201).send(await conversations.propose(ctx, requireActor(request), request.params.id, request.body, request.ip)),
  );

  app.get(
    '/api/conversations/:id',
    {
      config: takePart,
      schema: { tags: ['conversations'], summary: 'One conversation; notes are filtered by tier for the viewer (private notes only for their author)', params: IdParams, response: { 200: ConversationDetail } },
    },
    async (request) => conversations.detail(ctx, requireActor(request), request.params.id, request.ip),
  );

  app.post(
    '/api/conversations/:id/respond',
    {
      config: takePart,
      schema: { tags: ['conversations'], summary: 'Accept a proposal, propose another time, or cancel', params: IdParams, body: Respond, response: { 200: ConversationSummary } },
    },
    async (request) => conversations.respond(ctx, requireActor(request), request.params.id, request.body, request.ip),
  );

  app.put(
    '/api/conversations/:id/preparation',
    {
      config: takePart,
      schema: { tags: ['conversations'], summary: "The student's agenda and a recent experience that mattered (student only)", params: IdParams, body: Preparation, response: { 200: ConversationDetail } },
    },
    async (request) => conversations.prepare(ctx, requireActor(request), request.params.id, request.body, request.ip),
  );

  app.get(
    '/api/conversations/:id/preparation-view',
    {
      config: takePart,
      schema: { tags: ['conversations'], summary: "The counsellor's preparation: open actions, agenda, previous talk, what did not come up, latest scores", params: IdParams, response: { 200: PreparationView } },
    },
    async (request) => notes.preparationView(ctx, requireActor(request), request.params.id, request.ip),
  );

  app.post(
    '/api/conversations/:id/close',
    {
      config: takePart,
      schema: { tags: ['conversations'], summary: 'Close a conversation with SMART actions, its topics and optionally the next proposal (counsellor)', params: IdParams, body: Close, response: { 200: ConversationDetail } },
    },
    async (request) => conversations.close(ctx, requireActor(request), request.params.id, request.body, request.ip),
  );

  app.put(
    '/api/conversations/:id/summary',
    {
      config: takePart,
      schema: { tags: ['conversations'], summary: "The student's own summary after the conversation (student only)", params: IdParams, body: StudentSummary, response: { 200: ConversationDetail } },
    },
    async (request) => conversations.writeSummary(ctx, requireActor(request), request.params.id, request.body, request.ip),
  );

  app.get(
    '/api/conversations/:id/calendar.ics',
    {
      config: takePart,
      schema: { tags: ['conversations'], summary: 'The conversation as an iCalendar file', params: IdParams },
    },
    async (request, reply) =>
      reply
        .header('content-type', 'text/calendar; charset=utf-8')
        .header('content-disposition', 'attachment; filename="gesprek.ics"')
        .send(await notes.calendarFile(ctx, requireActor(request), request.params.id)),
  );
};
