import { z } from 'zod';
import { EvidenceDetail, EvidenceList, EvidenceQuery, EvidenceUpdate, NewEvidence } from '../../../shared/portfolio';
import { requireActor } from '../../plugins/auth';
import * as evidence from '../../services/portfolio-evidence.service';
import { IdParams, type RouteModule } from '../types';

/** Reflections, experiences and files; staff see finished items the student marked for guidance. */
export const portfolioEvidenceRoutes: RouteModule = (app, ctx) => {
  const tags = ['portfolio'];

  app.get(
    '/api/students/:id/evidence',
    {
      config: { access: { student: 'portfolio' } },
      schema: {
        tags,
        summary: "A student's evidence, filtered by kind, competency, goal or status (staff: finished items marked for guidance; reads are audited)",
        params: IdParams,
        querystring: EvidenceQuery,
        response: { 200: EvidenceList },
      },
    },
    async (request) => evidence.evidenceFor(ctx, requireActor(request), request.params.id, request.query, request.ip),
  );

  app.post(
    '/api/students/:id/evidence',
    {
      config: { access: { student: 'portfolio-own' } },
      schema: { tags, summary: 'Start a reflection (cycle, STARRTT or free) or record an experience', params: IdParams, body: NewEvidence, response: { 201: EvidenceDetail } },
    },
    async (request, reply) => reply.code(201).send(await evidence.createEvidence(ctx, requireActor(request), request.params.id, request.body, request.ip)),
  );

  app.get(
    '/api/evidence/:id',
    { config: { access: 'portfolio.read' }, schema: { tags, summary: 'One item with the feedback given on it', params: IdParams, response: { 200: EvidenceDetail } } },
    async (request) => evidence.evidenceDetail(ctx, requireActor(request), request.params.id, request.ip),
  );

  app.patch(
    '/api/evidence/:id',
    {
      config: { access: 'portfolio.write' },
      schema: {
        tags,
        summary: 'Autosave or change an item (with the version you saw; 409 conversation_changed when stale). Final needs the required fields',
        params: IdParams,
        body: EvidenceUpdate,
        response: { 200: EvidenceDetail },
      },
    },
    async (request) => evidence.updateEvidence(ctx, requireActor(request), request.params.id, request.body),
  );

  app.delete(
    '/api/evidence/:id',
    { config: { access: 'portfolio.write' }, schema: { tags, summary: 'Remove a reflection or experience of your own', params: IdParams, response: { 204: z.null() } } },
    async (request, reply) => {
      await evidence.deleteEvidence(ctx, requireActor(request), request.params.id, request.ip);
      return reply.code(204).send(null);
    },
  );
};
