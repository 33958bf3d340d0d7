import type { FastifyInstance } from 'fastify';
import { assertCan, type Capability } from '../policies/policy';
import { requireActor } from './auth';

/**
 * Every API route declares who may call it in `config.access`; this hook enforces it before the
 * body is validated, so an outsider learns nothing from validation errors. Finer checks that
 * depend on the relationship to a student happen in the services, through the policy module.
 *  - 'public': anyone, signed in or not
 *  - 'signed-in': any signed-in user (the service narrows further where needed)
 *  - a capability from the policy module
 */
export type Access = 'public' | 'signed-in' | Capability;

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: Access;
  }
}

export function registerAccess(app: FastifyInstance): void {
  app.addHook('preValidation', async (request) => {
    const access = request.routeOptions.config?.access;
    if (access === undefined || access === 'public') return;
    const actor = requireActor(request);
    if (access !== 'signed-in') assertCan(actor, access);
  });
}
