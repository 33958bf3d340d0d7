import { z } from 'zod';
import { LANGUAGES, ROLES } from '../../../shared/roles';
import { requireActor } from '../../plugins/auth';
import { updateLanguage } from '../../repositories/users.repository';
import { homeFor } from '../../services/home.service';
import type { RouteModule } from '../types';

const Me = z.object({ id: z.string(), name: z.string(), email: z.string().nullable(), role: z.enum(ROLES), language: z.enum(LANGUAGES) });

const Home = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('student'),
    programme: z.object({ name: z.string(), level: z.string() }).nullable(),
    cohort: z.object({ name: z.string(), schoolYear: z.string() }).nullable(),
    counsellors: z.array(z.object({ name: z.string(), email: z.string().nullable() })),
  }),
  z.object({
    kind: z.literal('counsellor'),
    caseloadCount: z.number(),
    cohorts: z.array(z.object({ name: z.string(), schoolYear: z.string(), count: z.number() })),
  }),
  z.object({
    kind: z.literal('manager'),
    totals: z.object({ students: z.number(), counsellors: z.number(), programmes: z.number() }),
    bySector: z.array(z.object({ sector: z.string(), students: z.number().nullable() })),
    suppressionThreshold: z.number(),
  }),
  z.object({
    kind: z.literal('admin'),
    counts: z.object({ students: z.number(), staff: z.number(), sectors: z.number(), programmes: z.number(), cohorts: z.number(), outbox: z.number() }),
  }),
  z.object({ kind: z.literal('specialist') }),
  z.object({ kind: z.literal('linked'), students: z.array(z.object({ id: z.string(), name: z.string() })) }),
]);

export const meRoutes: RouteModule = (app, ctx) => {
  app.get('/api/me', { config: { access: 'signed-in' }, schema: { tags: ['me'], summary: 'The signed-in user', response: { 200: Me } } }, async (request) => {
    const a = requireActor(request);
    return { id: a.id, name: a.name, email: a.email, role: a.role, language: a.language };
  });

  app.patch(
    '/api/me',
    { config: { access: 'signed-in' }, schema: { tags: ['me'], summary: 'Change your interface language', body: z.object({ language: z.enum(LANGUAGES) }), response: { 200: Me } } },
    async (request) => {
      const a = requireActor(request);
      await updateLanguage(ctx.db, a.id, request.body.language);
      return { id: a.id, name: a.name, email: a.email, role: a.role, language: request.body.language };
    },
  );

  app.get('/api/home', { config: { access: 'signed-in' }, schema: { tags: ['me'], summary: 'Role-aware start page', response: { 200: Home } } }, async (request) =>
    homeFor(ctx, requireActor(request), request.ip),
  );
};
