import { z } from 'zod';
import {
  ActivityCreate,
  ActivityPage,
  ActivityView,
  Consent,
  Development,
  GoalCreate,
  GoalUpdate,
  GoalView,
  ReviewCreate,
  ReviewNotes,
  ReviewView,
} from '../../../shared/development';
import { requireActor } from '../../plugins/auth';
import * as plan from '../../services/development-plan.service';
import * as development from '../../services/development.service';
import { IdParams, PageQuery, type RouteModule } from '../types';

const tags = ['development'];

/** A counsellor's own development plan, and the team leader's view of a member's plan. */
export const developmentRoutes: RouteModule = (app, ctx) => {
  app.get(
    '/api/staff/me/development',
    {
      config: { access: 'development.own' },
      schema: { tags, summary: 'Own ratings (history, 360° comparison), development plan, log, reviews and student feedback', response: { 200: Development } },
    },
    async (request) => development.ownDevelopment(ctx, requireActor(request)),
  );

  app.put(
    '/api/staff/me/consent',
    {
      config: { access: 'development.own' },
      schema: { tags, summary: 'Whether the team leader may see my individual ratings', body: Consent, response: { 200: Consent } },
    },
    async (request) => plan.setConsent(ctx, requireActor(request), request.body.ratingsVisibleToLeader, request.ip),
  );

  app.post(
    '/api/staff/me/goals',
    {
      config: { access: 'development.own' },
      schema: { tags, summary: 'Add a development goal linked to competencies; the answer carries SMART feedback', body: GoalCreate, response: { 201: GoalView } },
    },
    async (request, reply) => reply.code(201).send(await plan.addGoal(ctx, requireActor(request), request.body, request.ip)),
  );

  app.patch(
    '/api/staff/goals/:id',
    {
      config: { access: 'development.own' },
      schema: { tags, summary: 'Change one of my goals or mark it done or dropped', params: IdParams, body: GoalUpdate, response: { 200: GoalView } },
    },
    async (request) => plan.changeGoal(ctx, requireActor(request), request.params.id, request.body, request.ip),
  );

  app.get(
    '/api/staff/me/activities',
    {
      config: { access: 'development.own' },
      schema: { tags, summary: 'My training and intervisie log, newest first, one page at a time', querystring: PageQuery, response: { 200: ActivityPage } },
    },
    async (request) => {
      const actor = requireActor(request);
      return development.moreActivities(ctx, actor, actor.id, request.query.limit, request.query.cursor);
    },
  );

  app.post(
    '/api/staff/me/activities',
    {
      config: { access: 'development.own' },
      schema: { tags, summary: 'Log a training or intervisie session', body: ActivityCreate, response: { 201: ActivityView } },
    },
    async (request, reply) => reply.code(201).send(await plan.addActivity(ctx, requireActor(request), request.body, request.ip)),
  );

  app.delete(
    '/api/staff/activities/:id',
    {
      config: { access: 'development.own' },
      schema: { tags, summary: 'Remove an entry from my log', params: IdParams, response: { 204: z.null() } },
    },
    async (request, reply) => {
      await plan.removeActivity(ctx, requireActor(request), request.params.id, request.ip);
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/api/staff/counsellors/:id/development',
    {
      config: { access: 'development.read' },
      schema: {
        tags,
        summary: "A counsellor's plan for themself or the leader of their team (ratings only with consent); anyone else gets 403",
        params: IdParams,
        response: { 200: Development },
      },
    },
    async (request) => development.memberDevelopment(ctx, requireActor(request), request.params.id),
  );

  app.get(
    '/api/staff/counsellors/:id/activities',
    {
      config: { access: 'development.read' },
      schema: { tags, summary: "More of a counsellor's log, for the same readers as the plan", params: IdParams, querystring: PageQuery, response: { 200: ActivityPage } },
    },
    async (request) => development.moreActivities(ctx, requireActor(request), request.params.id, request.query.limit, request.query.cursor),
  );

  app.post(
    '/api/staff/counsellors/:id/reviews',
    {
      config: { access: 'teams.lead' },
      schema: { tags, summary: 'Record a yearly review with a member of my team (date and my notes)', params: IdParams, body: ReviewCreate, response: { 201: ReviewView } },
    },
    async (request, reply) => reply.code(201).send(await plan.addReview(ctx, requireActor(request), request.params.id, request.body, request.ip)),
  );

  app.patch(
    '/api/staff/reviews/:id',
    {
      config: { access: 'development.read' },
      schema: { tags, summary: "Write my side's notes of a yearly review (the counsellor's or the team leader's)", params: IdParams, body: ReviewNotes, response: { 200: ReviewView } },
    },
    async (request) => plan.writeReviewNotes(ctx, requireActor(request), request.params.id, request.body.notes, request.ip),
  );
};
