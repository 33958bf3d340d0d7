import { z } from 'zod';
import { AnswersPatch } from '../../../shared/competencies';
import { MySurvey, SurveyForm } from '../../../shared/surveys';
import { requireActor } from '../../plugins/auth';
import { requestLanguage } from '../../plugins/language';
import * as answering from '../../services/survey-answering.service';
import { IdParams, type RouteModule } from '../types';

const TokenParams = z.object({ token: z.string().min(1).max(200) });
const Saved = z.object({ saved: z.number().int() });

/**
 * Answering a survey: signed in, through one's own invitation (any role can be invited; the
 * service checks it is theirs), or through the invitation's link without an account session —
 * the link's token is the credential and opens only that invitee's questionnaire.
 */
export const surveyAnsweringRoutes: RouteModule = (app, ctx) => {
  app.get(
    '/api/survey-invitations',
    { config: { access: 'signed-in' }, schema: { tags: ['survey answering'], summary: 'My open survey invitations (for the start page)', response: { 200: z.object({ items: z.array(MySurvey) }) } } },
    async (request) => answering.mySurveys(ctx, requireActor(request)),
  );

  const own = (request: { params: { id: string } } & Parameters<typeof requireActor>[0]) => ({ actor: requireActor(request), invitationId: request.params.id });

  app.get(
    '/api/survey-invitations/:id/form',
    { config: { access: 'signed-in' }, schema: { tags: ['survey answering'], summary: 'Start or resume my questionnaire (410 survey_closed, 409 survey_submitted)', params: IdParams, response: { 200: SurveyForm } } },
    async (request) => answering.getForm(ctx, own(request)),
  );
  app.patch(
    '/api/survey-invitations/:id/answers',
    { config: { access: 'signed-in' }, schema: { tags: ['survey answering'], summary: 'Save answers as they are given (null clears one); all or nothing', params: IdParams, body: AnswersPatch, response: { 200: Saved } } },
    async (request) => answering.saveAnswers(ctx, own(request), request.body.answers, requestLanguage(request)),
  );
  app.post(
    '/api/survey-invitations/:id/submit',
    { config: { access: 'signed-in' }, schema: { tags: ['survey answering'], summary: 'Submit once; an anonymous response is unlinked from me', params: IdParams, response: { 200: SurveyForm } } },
    async (request) => answering.submit(ctx, own(request)),
  );

  app.get(
    '/api/survey-link/:token',
    { config: { access: 'public' }, schema: { tags: ['survey answering'], summary: 'The questionnaire behind an invitation link (404 survey_link_invalid)', params: TokenParams, response: { 200: SurveyForm } } },
    async (request) => answering.getForm(ctx, { token: request.params.token }),
  );
  app.patch(
    '/api/survey-link/:token',
    { config: { access: 'public' }, schema: { tags: ['survey answering'], summary: 'Save answers through an invitation link', params: TokenParams, body: AnswersPatch, response: { 200: Saved } } },
    async (request) => answering.saveAnswers(ctx, { token: request.params.token }, request.body.answers, requestLanguage(request)),
  );
  app.post(
    '/api/survey-link/:token/submit',
    { config: { access: 'public' }, schema: { tags: ['survey answering'], summary: 'Submit through an invitation link; the link stops working after this', params: TokenParams, response: { 200: SurveyForm } } },
    async (request) => answering.submit(ctx, { token: request.params.token }),
  );
};
