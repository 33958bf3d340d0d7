import { z } from 'zod';
import { LobScanAction, LobScanActionCreate, LobScanActionUpdate, LobScanPrioritiesInput, LobScanPriority, LobScanRef, LobScanResults } from '../../../shared/lob-scan';
import { requireActor } from '../../plugins/auth';
import * as lobScan from '../../services/lob-scan.service';
import { IdParams, type RouteModule } from '../types';

const tags = ['lob-scan'];

/** A team's LOB-scan: results as a radar per (numbered) member, priorities and action plan. */
export const lobScanRoutes: RouteModule = (app, ctx) => {
  app.get(
    '/api/lob-scans',
    {
      config: { access: 'lobscan.read' },
      schema: { tags, summary: 'LOB-scan cycles of the teams I lead or belong to', response: { 200: z.object({ items: z.array(LobScanRef) }) } },
    },
    async (request) => lobScan.list(ctx, requireActor(request)),
  );

  app.get(
    '/api/lob-scans/:id',
    {
      config: { access: 'lobscan.read' },
      schema: {
        tags,
        summary: 'Results of one cycle: team means and every member as "Teamlid n" (no names), priorities, actions and the previous cycle',
        params: IdParams,
        response: { 200: LobScanResults },
      },
    },
    async (request) => lobScan.results(ctx, requireActor(request), request.params.id, request.ip),
  );

  app.put(
    '/api/lob-scans/:id/priorities',
    {
      config: { access: 'lobscan.read' },
      schema: { tags, summary: 'Replace the ranked priorities (themes) the team agreed on', params: IdParams, body: LobScanPrioritiesInput, response: { 200: z.object({ items: z.array(LobScanPriority) }) } },
    },
    async (request) => lobScan.setPriorities(ctx, requireActor(request), request.params.id, request.body, request.ip),
  );

  app.post(
    '/api/lob-scans/:id/actions',
    {
      config: { access: 'lobscan.read' },
      schema: { tags, summary: 'Add an action to the plan: what, who, by when', params: IdParams, body: LobScanActionCreate, response: { 201: LobScanAction } },
    },
    async (request, reply) => reply.code(201).send(await lobScan.addAction(ctx, requireActor(request), request.params.id, request.body, request.ip)),
  );

  app.patch(
    '/api/lob-scan-actions/:id',
    {
      config: { access: 'lobscan.read' },
      schema: { tags, summary: 'Change an action, or look back on it in the next cycle (status and review note)', params: IdParams, body: LobScanActionUpdate, response: { 200: LobScanAction } },
    },
    async (request) => lobScan.updateAction(ctx, requireActor(request), request.params.id, request.body, request.ip),
  );

  app.delete(
    '/api/lob-scan-actions/:id',
    {
      config: { access: 'lobscan.read' },
      schema: { tags, summary: 'Remove an action from the plan', params: IdParams },
    },
    async (request, reply) => {
      await lobScan.removeAction(ctx, requireActor(request), request.params.id, request.ip);
      return reply.code(204).send();
    },
  );
};
