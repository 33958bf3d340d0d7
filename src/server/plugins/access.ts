import type { FastifyInstance } from 'fastify';
import { assertCan, STUDENT_ACCESS_RULES, type Capability, type StudentAccessRule } from '../policies/policy';
import { relationshipLookup } from '../repositories/relationships.repository';
import type { Queryable } from '../repositories/types';
import { requireActor } from './auth';

/**
 * Every API route declares who may call it in `config.access`; this hook enforces it before the
 * body is validated, so an outsider learns nothing from validation errors. Finer checks that
 * depend on the relationship to a student happen in the services, through the policy module.
 *  - 'public': anyone, signed in or not
 *  - 'signed-in': any signed-in user (the service narrows further where needed)
 *  - a capability from the policy module
 *  - `{ student: rule }`: the route's `:id` is a student and the actor must pass that policy rule
 */
export type Access = 'public' | 'signed-in' | Capability | { student: StudentAccessRule };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: Access;
  }
}

export function registerAccess(app: FastifyInstance, db: Queryable): void {
  app.addHook('preValidation', async (request) => {
    const access = request.routeOptions.config?.access;
    if (access === undefined || access === 'public') return;
    const actor = requireActor(request);
    if (typeof access === 'object') {
      const id = (request.params as { id?: unknown }).id;
      // A malformed id is left to parameter validation (400); it cannot name anyone's data.
      if (typeof id === 'string' && UUID.test(id)) await STUDENT_ACCESS_RULES[access.student](actor, id, relationshipLookup(db));
    } else if (access !== 'signed-in') assertCan(actor, access);
  });
}
