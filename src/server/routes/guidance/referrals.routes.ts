import { z } from 'zod';
import { ReferralAction, ReferralCreate, ReferralSummary, ReferralView, SecondLineDashboard, StepUpdate } from '../../../shared/guidance';
import { requireActor } from '../../plugins/auth';
import * as referrals from '../../services/referrals.service';
import * as stats from '../../services/guidance-stats.service';
import { IdParams, type RouteModule } from '../types';

/** Referrals to second-line support. */
export const referralRoutes: RouteModule = (app, ctx) => {
  app.post(
    '/api/referrals',
    {
      config: { access: 'referrals.create' },
      schema: {
        tags: ['referrals'],
        summary: "Refer one of your students to the second-line team (or record a hand-off to external care), with the student's consent or the reason there is none",
        body: ReferralCreate,
        response: { 201: ReferralView },
      },
    },
    async (request, reply) => reply.code(201).send(await referrals.createReferral(ctx, requireActor(request), request.body, request.ip)),
  );

  app.get(
    '/api/referrals/dashboard',
    {
      config: { access: 'referrals.handle' },
      schema: { tags: ['referrals'], summary: "The second line's queue, own referrals, time to first contact and counts", response: { 200: SecondLineDashboard } },
    },
    async (request) => stats.dashboard(ctx, requireActor(request)),
  );

  app.get(
    '/api/referrals/:id',
    {
      config: { access: 'referrals.read' },
      schema: {
        tags: ['referrals'],
        summary: 'One referral: everything for the guidance team and the second line; status and step plan for the student (and parents when allowed)',
        params: IdParams,
        response: { 200: ReferralView },
      },
    },
    async (request) => referrals.getReferral(ctx, requireActor(request), request.params.id, request.ip),
  );

  app.post(
    '/api/referrals/:id/actions',
    {
      config: { access: 'referrals.handle' },
      schema: {
        tags: ['referrals'],
        summary: 'Accept (first come, first served), record first contact, make a step plan, or close with feedback to the referrer',
        params: IdParams,
        body: ReferralAction,
        response: { 200: ReferralView },
      },
    },
    async (request) => referrals.act(ctx, requireActor(request), request.params.id, request.body, request.ip),
  );

  app.patch(
    '/api/referral-steps/:id',
    {
      config: { access: 'referrals.handle' },
      schema: { tags: ['referrals'], summary: 'Tick a step of the step plan done (or not)', params: IdParams, body: StepUpdate, response: { 200: ReferralView } },
    },
    async (request) => referrals.setStep(ctx, requireActor(request), request.params.id, request.body.done, request.ip),
  );

  app.get(
    '/api/students/:id/referrals',
    {
      config: { access: { student: 'competencies' } },
      schema: { tags: ['referrals'], summary: "A student's referrals (the student and their counsellors)", params: IdParams, response: { 200: z.object({ items: z.array(ReferralSummary) }) } },
    },
    async (request) => referrals.studentReferrals(ctx, requireActor(request), request.params.id),
  );
};
