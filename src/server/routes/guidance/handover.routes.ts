import { z } from 'zod';
import { HandoverCreate, HandoverView } from '../../../shared/guidance';
import { requireActor } from '../../plugins/auth';
import * as handover from '../../services/handover.service';
import { IdParams, type RouteModule } from '../types';

/** Handing students over to another counsellor. */
export const handoverRoutes: RouteModule = (app, ctx) => {
  app.post(
    '/api/handovers',
    {
      config: { access: 'handover.create' },
      schema: {
        tags: ['guidance'],
        summary: "Move a counsellor's whole caseload (or chosen students) to another counsellor with a handover note; the history stays",
        body: HandoverCreate,
        response: { 201: HandoverView },
      },
    },
    async (request, reply) => reply.code(201).send(await handover.handOver(ctx, requireActor(request), request.body, request.ip)),
  );

  app.get(
    '/api/students/:id/handovers',
    {
      config: { access: 'handover.read' },
      schema: { tags: ['guidance'], summary: 'Handover notes about a student (current counsellor, admin)', params: IdParams, response: { 200: z.object({ items: z.array(HandoverView) }) } },
    },
    async (request) => handover.studentHandovers(ctx, requireActor(request), request.params.id),
  );

  app.get(
    '/api/counsellors',
    {
      config: { access: 'handover.create' },
      schema: {
        tags: ['guidance'],
        summary: 'Active counsellors of the institution, to choose whom to hand over to',
        querystring: z.object({ q: z.string().trim().max(100).optional() }),
        response: { 200: z.object({ items: z.array(z.object({ id: z.string(), name: z.string() })) }) },
      },
    },
    async (request) => handover.counsellors(ctx, requireActor(request), request.query.q),
  );
};
