import { ResponseView } from '../../../shared/competencies';
import { EvaluationSettings, EvaluationSwitch, MyEvaluation } from '../../../shared/evaluation';
import { requireActor } from '../../plugins/auth';
import * as evaluation from '../../services/guidance-evaluation.service';
import { IdParams, type RouteModule } from '../types';

const tags = ['development'];

/** The end-of-year student evaluation of guidance: the student's side and the administrator's switch. */
export const evaluationRoutes: RouteModule = (app, ctx) => {
  app.get(
    '/api/evaluation',
    {
      config: { access: 'evaluation.answer' },
      schema: { tags, summary: 'Whether my school runs the evaluation of guidance this year, and my current counsellors with how far I am', response: { 200: MyEvaluation } },
    },
    async (request) => evaluation.myEvaluation(ctx, requireActor(request)),
  );

  app.post(
    '/api/evaluation/counsellors/:id/response',
    {
      config: { access: 'evaluation.answer' },
      schema: {
        tags,
        summary: 'Open (or resume) my evaluation of a current counsellor; answer it through /api/responses/:id. The counsellor sees only means of 5 or more students.',
        params: IdParams,
        response: { 200: ResponseView },
      },
    },
    async (request) => evaluation.startEvaluation(ctx, requireActor(request), request.params.id),
  );

  app.get(
    '/api/admin/guidance-evaluation',
    {
      config: { access: 'evaluation.manage' },
      schema: { tags, summary: 'In which school years the school runs the student evaluation of guidance', response: { 200: EvaluationSettings } },
    },
    async (request) => evaluation.settings(ctx, requireActor(request)),
  );

  app.put(
    '/api/admin/guidance-evaluation',
    {
      config: { access: 'evaluation.manage' },
      schema: { tags, summary: 'Switch the student evaluation of guidance on or off for the current or the coming school year', body: EvaluationSwitch, response: { 200: EvaluationSettings } },
    },
    async (request) => evaluation.switchYear(ctx, requireActor(request), request.body, request.ip),
  );
};
