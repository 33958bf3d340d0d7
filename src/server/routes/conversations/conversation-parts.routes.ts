import { z } from 'zod';
import { ActionStatus, ActionView, Feedback, NewNote, NoteUpdate, NoteView } from '../../../shared/conversations';
import { requireActor } from '../../plugins/auth';
import * as notes from '../../services/conversation-notes.service';
import { IdParams, type RouteModule } from '../types';

/** Notes, actions and feedback within a conversation. */
export const conversationPartRoutes: RouteModule = (app, ctx) => {
  const takePart = { access: 'conversations.take-part' } as const;

  app.post(
    '/api/conversations/:id/notes',
    {
      config: takePart,
      schema: {
        tags: ['conversations'],
        summary: 'Add a note in a tier: shared with the student, the guidance team, or private to its author',
        params: IdParams,
        body: NewNote,
        response: { 201: NoteView },
      },
    },
    async (request, reply) => reply.code(201).send(await notes.addNote(ctx, requireActor(request), request.params.id, request.body, request.ip)),
  );

  app.patch(
    '/api/notes/:id',
    {
      config: takePart,
      schema: { tags: ['conversations'], summary: 'Change your own note (with the version you saw)', params: IdParams, body: NoteUpdate, response: { 200: NoteView } },
    },
    async (request) => notes.updateNote(ctx, requireActor(request), request.params.id, request.body),
  );

  app.patch(
    '/api/actions/:id',
    {
      config: takePart,
      schema: { tags: ['conversations'], summary: 'Mark an agreed action done, dropped or open again', params: IdParams, body: ActionStatus, response: { 200: ActionView } },
    },
    async (request) => notes.setActionStatus(ctx, requireActor(request), request.params.id, request.body.status, request.ip),
  );

  app.post(
    '/api/conversations/:id/feedback',
    {
      config: takePart,
      schema: { tags: ['conversations'], summary: "The student's short feedback on a held conversation (once)", params: IdParams, body: Feedback, response: { 204: z.null() } },
    },
    async (request, reply) => {
      await notes.giveFeedback(ctx, requireActor(request), request.params.id, request.body);
      return reply.code(204).send(null);
    },
  );
};
