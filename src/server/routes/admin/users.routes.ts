import { z } from 'zod';
import { localized } from '../../../shared/validation';
import { LANGUAGES, ROLES } from '../../../shared/roles';
import { requireActor } from '../../plugins/auth';
import * as adminUsers from '../../services/admin-users.service';
import { baseUrl, IdParams, PageQuery, type RouteModule } from '../types';

const User = z.object({
  id: z.string(),
  name: z.string(),
  email: z.string().nullable(),
  role: z.enum(ROLES),
  studentNumber: z.string().nullable(),
  active: z.boolean(),
});

const NewUser = z
  .object({
    firstName: z.string().trim().min(1).max(100),
    namePrefix: z.string().trim().max(40).optional(),
    lastName: z.string().trim().min(1).max(100),
    email: z.email().max(320),
    role: z.enum(ROLES),
    studentNumber: z.string().trim().min(1).max(50).optional(),
    gender: z.enum(['v', 'm', 'x']).optional(),
    language: z.enum(LANGUAGES).optional(),
  })
  .superRefine((v, issues) => {
    // Mirrors the database rule: every student has a number, and only students have one.
    if (v.role === 'student' && !v.studentNumber) {
      issues.addIssue({ code: 'custom', path: ['studentNumber'], ...localized('Een student heeft een studentnummer nodig.', 'A student needs a student number.') });
    }
    if (v.role !== 'student' && v.studentNumber) {
      issues.addIssue({ code: 'custom', path: ['studentNumber'], ...localized('Alleen studenten hebben een studentnummer.', 'Only students have a student number.') });
    }
  });

export const adminUserRoutes: RouteModule = (app, ctx) => {
  app.get(
    '/api/admin/users',
    {
      config: { access: 'users.manage' },
      schema: {
        tags: ['admin'],
        summary: 'Accounts of the institution, in name order, filtered by role and/or a search text',
        querystring: PageQuery.extend({ role: z.enum(ROLES).optional(), q: z.string().trim().max(100).optional() }),
        response: { 200: z.object({ items: z.array(User), nextCursor: z.string().nullable() }) },
      },
    },
    async (request) => adminUsers.listUsers(ctx, requireActor(request), request.query),
  );

  app.get(
    '/api/admin/users/:id',
    {
      config: { access: 'users.manage' },
      schema: { tags: ['admin'], summary: 'One account of the institution', params: IdParams, response: { 200: User } },
    },
    async (request) => adminUsers.getUser(ctx, requireActor(request), request.params.id),
  );

  app.post(
    '/api/admin/users',
    {
      config: { access: 'users.manage' },
      schema: {
        tags: ['admin'],
        summary: 'Create an account and e-mail an invitation with a link to choose a password',
        body: NewUser,
        response: { 201: User },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const user = await adminUsers.createUser(ctx, actor, request.body, baseUrl(request, ctx.env.KOERS_PUBLIC_URL), request.ip);
      return reply.code(201).send(user);
    },
  );

  app.patch(
    '/api/admin/users/:id',
    {
      config: { access: 'users.manage' },
      schema: {
        tags: ['admin'],
        summary: 'Activate or deactivate an account (deactivating signs it out everywhere) or change its language',
        params: IdParams,
        body: z.object({ active: z.boolean().optional(), language: z.enum(LANGUAGES).optional() }),
        response: { 200: User },
      },
    },
    async (request) => adminUsers.updateUser(ctx, requireActor(request), request.params.id, request.body, request.ip),
  );
};
