import { z } from 'zod';
import { FeedbackAnswer, FeedbackAsk, FeedbackRequestCreated, FeedbackRequestList, FeedbackRequestView, NewFeedbackRequest } from '../../../shared/portfolio';
import { requireActor } from '../../plugins/auth';
import * as feedback from '../../services/portfolio-feedback.service';
import { baseUrl, IdParams, type RouteModule } from '../types';

const TokenParams = z.object({ token: z.string().min(1).max(200) });

/** Feedback on evidence from someone with an account or from an outsider through a link. */
export const portfolioFeedbackRoutes: RouteModule = (app, ctx) => {
  const tags = ['portfolio'];

  app.get(
    '/api/students/:id/feedback-requests',
    {
      config: { access: { student: 'portfolio-own' } },
      schema: { tags, summary: 'Your requests for feedback, and the people around you you can ask', params: IdParams, response: { 200: FeedbackRequestList } },
    },
    async (request) => feedback.listRequests(ctx, request.params.id),
  );

  app.post(
    '/api/students/:id/feedback-requests',
    {
      config: { access: { student: 'portfolio-own' } },
      schema: {
        tags,
        summary: 'Ask someone for feedback on an item: a person with an account, or an outsider through an expiring single-use link',
        params: IdParams,
        body: NewFeedbackRequest,
        response: { 201: FeedbackRequestCreated },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await feedback.createRequest(ctx, requireActor(request), request.params.id, request.body, baseUrl(request, ctx.env.KOERS_PUBLIC_URL), request.ip)),
  );

  app.post(
    '/api/feedback-requests/:id/revoke',
    { config: { access: 'portfolio.write' }, schema: { tags, summary: 'Withdraw a request; its link stops working', params: IdParams, response: { 200: FeedbackRequestView } } },
    async (request) => feedback.revokeRequest(ctx, requireActor(request), request.params.id, request.ip),
  );

  app.get(
    '/api/me/feedback-requests',
    { config: { access: 'signed-in' }, schema: { tags, summary: 'Open requests for feedback addressed to you', response: { 200: z.object({ items: z.array(FeedbackAsk) }) } } },
    async (request) => feedback.myRequests(ctx, requireActor(request)),
  );

  app.post(
    '/api/feedback-requests/:id/answer',
    {
      // Who was asked is decided in the service; anyone else gets 404.
      config: { access: 'signed-in' },
      schema: { tags, summary: 'Answer a request addressed to you', params: IdParams, body: FeedbackAnswer, response: { 204: z.null() } },
    },
    async (request, reply) => {
      await feedback.answerAsUser(ctx, requireActor(request), request.params.id, request.body.body, request.ip);
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/api/feedback/:token',
    {
      config: { access: 'public' },
      schema: { tags, summary: 'The request behind a feedback link (404 feedback_link_invalid; 410 used, expired or revoked)', params: TokenParams, response: { 200: FeedbackAsk } },
    },
    async (request) => feedback.askByToken(ctx, request.params.token),
  );

  app.post(
    '/api/feedback/:token',
    { config: { access: 'public' }, schema: { tags, summary: 'Give feedback through the link; it stops working after this', params: TokenParams, body: FeedbackAnswer, response: { 204: z.null() } } },
    async (request, reply) => {
      await feedback.answerByToken(ctx, request.params.token, request.body, request.ip);
      return reply.code(204).send(null);
    },
  );
};
