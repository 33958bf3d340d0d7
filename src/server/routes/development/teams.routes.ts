import { z } from 'zod';
import { ResponseView } from '../../../shared/competencies';
import { IncomingRequest, RatingRequestCreate, RatingRequestView, StaffOption, StaffQuery, TeamOverview, TeamRef } from '../../../shared/development';
import { requireActor } from '../../plugins/auth';
import * as ratings from '../../services/staff-ratings.service';
import * as teams from '../../services/teams.service';
import { IdParams, type RouteModule } from '../types';

const tags = ['development'];

/** 360° for staff (requests and the rater's form) and teams with the team leader's overview. */
export const teamRoutes: RouteModule = (app, ctx) => {
  app.get(
    '/api/staff/colleagues',
    {
      config: { access: 'development.own' },
      schema: { tags, summary: 'Counsellors and team leaders of my institution I can ask to rate me, by name', querystring: StaffQuery, response: { 200: z.object({ items: z.array(StaffOption) }) } },
    },
    async (request) => ratings.searchStaff(ctx, requireActor(request), request.query.q, request.query.limit),
  );

  app.post(
    '/api/staff/me/rating-requests',
    {
      config: { access: 'development.own' },
      schema: { tags, summary: 'Ask a colleague or my team leader to rate me on the seven competencies', body: RatingRequestCreate, response: { 201: RatingRequestView } },
    },
    async (request, reply) => reply.code(201).send(await ratings.createRequest(ctx, requireActor(request), request.body.raterId, request.ip)),
  );

  app.post(
    '/api/staff/rating-requests/:id/revoke',
    {
      config: { access: 'development.own' },
      schema: { tags, summary: 'Withdraw one of my requests; an unfinished rating is discarded', params: IdParams, response: { 200: RatingRequestView } },
    },
    async (request) => ratings.revokeRequest(ctx, requireActor(request), request.params.id, request.ip),
  );

  app.get(
    '/api/staff/rating-requests/incoming',
    {
      config: { access: 'development.rate' },
      schema: { tags, summary: 'Colleagues who asked me to rate them and are still waiting', response: { 200: z.object({ items: z.array(IncomingRequest) }) } },
    },
    async (request) => ratings.incoming(ctx, requireActor(request)),
  );

  app.post(
    '/api/staff/rating-requests/:id/response',
    {
      config: { access: 'development.rate' },
      schema: {
        tags,
        summary: 'Open (or resume) my rating for a request; answer it through /api/responses/:id',
        params: IdParams,
        response: { 200: ResponseView },
      },
    },
    async (request) => ratings.startRating(ctx, requireActor(request), request.params.id),
  );

  app.get(
    '/api/teams',
    {
      config: { access: 'development.read' },
      schema: { tags, summary: 'Teams I lead or belong to', response: { 200: z.object({ items: z.array(TeamRef) }) } },
    },
    async (request) => teams.myTeams(ctx, requireActor(request)),
  );

  app.get(
    '/api/teams/:id/overview',
    {
      config: { access: 'teams.lead' },
      schema: {
        tags,
        summary: 'Team leader: distribution per competency, training needs, trainings; individual ratings only with consent, small groups suppressed',
        params: IdParams,
        response: { 200: TeamOverview },
      },
    },
    async (request) => teams.overview(ctx, requireActor(request), request.params.id, request.ip),
  );

  app.post(
    '/api/admin/teams',
    {
      config: { access: 'teams.manage' },
      schema: {
        tags,
        summary: 'Create a team: a name, its leader (a manager) and its counsellors',
        body: z.object({ name: z.string().trim().min(1).max(200), leaderId: z.uuid(), memberIds: z.array(z.uuid()).max(200).default([]) }),
        response: { 201: TeamRef },
      },
    },
    async (request, reply) => reply.code(201).send(await teams.createTeam(ctx, requireActor(request), request.body, request.ip)),
  );
};
