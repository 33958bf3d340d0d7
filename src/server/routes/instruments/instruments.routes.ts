import { z } from 'zod';
import { AdminInstrumentVersion, InstrumentView, Psychometrics } from '../../../shared/competencies';
import { requireActor } from '../../plugins/auth';
import * as instruments from '../../services/instruments.service';
import { IdParams, type RouteModule } from '../types';

export const instrumentRoutes: RouteModule = (app, ctx) => {
  app.get(
    '/api/instruments',
    {
      // The questions themselves are not personal data; answers are guarded where they are stored.
      config: { access: 'signed-in' },
      schema: {
        tags: ['instruments'],
        summary: 'Published instruments (newest version of each) with scales, items and response scale, in Dutch and English',
        response: { 200: z.object({ items: z.array(InstrumentView) }) },
      },
    },
    async (request) => ({ items: await instruments.publishedInstruments(ctx, requireActor(request)) }),
  );

  app.get(
    '/api/admin/instruments',
    {
      config: { access: 'instruments.manage' },
      schema: {
        tags: ['admin', 'instruments'],
        summary: 'Every published instrument version, built-in and imported, with its number of submitted responses',
        response: { 200: z.object({ items: z.array(AdminInstrumentVersion) }) },
      },
    },
    async (request) => instruments.listForAdmin(ctx, requireActor(request)),
  );

  app.post(
    '/api/admin/instruments',
    {
      config: { access: 'instruments.manage' },
      schema: {
        tags: ['admin', 'instruments'],
        summary:
          'Publish a new instrument version (definition JSON). Invalid: 400 instrument_invalid with details.problems [{path, message}]; an existing code+version: 409',
        // Checked by the instrument validator, which reports every problem with its path at once.
        body: z.unknown(),
        response: { 201: AdminInstrumentVersion },
      },
    },
    async (request, reply) => reply.code(201).send(await instruments.importInstrument(ctx, requireActor(request), request.body, request.ip)),
  );

  app.get(
    '/api/admin/instruments/:id/psychometrics',
    {
      config: { access: 'instruments.manage' },
      schema: {
        tags: ['admin', 'instruments'],
        summary: "Cronbach's alpha and corrected item-total correlations per scale, once 30 or more responses exist",
        params: IdParams,
        response: { 200: Psychometrics },
      },
    },
    async (request) => instruments.psychometrics(ctx, requireActor(request), request.params.id),
  );
};
