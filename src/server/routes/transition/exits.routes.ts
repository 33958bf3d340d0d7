import { z } from 'zod';
import { ExitInput, ExitView } from '../../../shared/study-progress';
import { requireActor } from '../../plugins/auth';
import * as exits from '../../services/study-exit.service';
import { IdParams, type RouteModule } from '../types';

export const studyExitRoutes: RouteModule = (app, ctx) => {
  app.get(
    '/api/students/:id/exits',
    {
      config: { access: { student: 'study-progress-record' } },
      schema: { tags: ['study-progress'], summary: "A student's switch and dropout registrations, newest first", params: IdParams, response: { 200: z.array(ExitView) } },
    },
    async (request) => exits.listExits(ctx, requireActor(request), request.params.id),
  );

  app.post(
    '/api/students/:id/exits',
    {
      config: { access: { student: 'study-progress-record' } },
      schema: {
        tags: ['study-progress'],
        summary:
          'Register a switch or dropout: ends the running enrolment on that date in the same transaction (400 study_exit_invalid for a date before the enrolment start), with reasons and optionally an exit conversation',
        params: IdParams,
        body: ExitInput,
        response: { 201: z.array(ExitView) },
      },
    },
    async (request, reply) => reply.code(201).send(await exits.registerExit(ctx, requireActor(request), request.params.id, request.body, request.ip)),
  );
};
