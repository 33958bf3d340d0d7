import { AnswersPatch, ResponseView, StartResponse } from '../../../shared/competencies';
import { requireActor } from '../../plugins/auth';
import * as responses from '../../services/responses.service';
import { IdParams, type RouteModule } from '../types';

/** Filling in an instrument as a signed-in user. Who may answer what about whom is in the instrument and the policy. */
export const responseRoutes: RouteModule = (app, ctx) => {
  app.post(
    '/api/responses',
    {
      config: { access: 'instruments.answer' },
      schema: {
        tags: ['instruments'],
        summary: "Start (or resume) the actor's response to the newest version of an instrument, about themself or a student",
        body: StartResponse,
        response: { 200: ResponseView },
      },
    },
    async (request) => responses.startResponse(ctx, requireActor(request), request.body),
  );

  app.get(
    '/api/responses/:id',
    {
      config: { access: 'instruments.answer' },
      schema: { tags: ['instruments'], summary: 'One of your own responses with its answers', params: IdParams, response: { 200: ResponseView } },
    },
    async (request) => responses.getResponse(ctx, requireActor(request), request.params.id),
  );

  app.patch(
    '/api/responses/:id',
    {
      config: { access: 'instruments.answer' },
      schema: {
        tags: ['instruments'],
        summary: 'Save answers as they are given (null clears one); all or nothing',
        params: IdParams,
        body: AnswersPatch,
        response: { 200: ResponseView },
      },
    },
    async (request) => responses.answer(ctx, requireActor(request), request.params.id, request.body),
  );

  app.post(
    '/api/responses/:id/submit',
    {
      config: { access: 'instruments.answer' },
      schema: { tags: ['instruments'], summary: 'Submit: scores every scale; the response is final after this', params: IdParams, response: { 200: ResponseView } },
    },
    async (request) => responses.submit(ctx, requireActor(request), request.params.id, request.ip),
  );
};
