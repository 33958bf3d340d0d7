import { z } from 'zod';
import { BsaAdviceInput, BsaNorm, BsaNormView, BsaProgress, BsaStudentRow } from '../../../shared/study-progress';
import { requireActor } from '../../plugins/auth';
import * as bsa from '../../services/bsa.service';
import { IdParams, type RouteModule } from '../types';

export const bsaRoutes: RouteModule = (app, ctx) => {
  app.get(
    '/api/bsa/norms',
    {
      config: { access: 'bsa.norms' },
      schema: { tags: ['study-progress'], summary: 'BSA norms per programme and school year (threshold in credits, dates of the provisional warning and the final advice)', response: { 200: z.array(BsaNormView) } },
    },
    async (request) => bsa.listNorms(ctx, requireActor(request)),
  );

  app.put(
    '/api/bsa/norms',
    {
      config: { access: 'bsa.norms' },
      schema: { tags: ['study-progress'], summary: 'Set the BSA norm of a programme for a school year (replaces an earlier one); returns all norms', body: BsaNorm, response: { 200: z.array(BsaNormView) } },
    },
    async (request) => bsa.saveNorm(ctx, requireActor(request), request.body, request.ip),
  );

  app.get(
    '/api/bsa/first-years',
    {
      config: { access: 'bsa.overview' },
      schema: { tags: ['study-progress'], summary: "First-year students of this school year with credits, expected pace and BSA status: a counsellor's caseload, or everyone for an admin", response: { 200: z.array(BsaStudentRow) } },
    },
    async (request) => bsa.firstYearOverview(ctx, requireActor(request)),
  );

  app.get(
    '/api/students/:id/bsa',
    {
      config: { access: { student: 'study-progress' } },
      schema: { tags: ['study-progress'], summary: "A student's first year(s): credits so far against the BSA norm, status and advice given", params: IdParams, response: { 200: z.array(BsaProgress) } },
    },
    async (request) => bsa.studentProgress(ctx, requireActor(request), request.params.id),
  );

  app.put(
    '/api/students/:id/bsa/advice',
    {
      config: { access: { student: 'study-progress-record' } },
      schema: { tags: ['study-progress'], summary: 'Record the provisional (warning) or final BSA advice with date and note; the current counsellor or an admin', params: IdParams, body: BsaAdviceInput, response: { 200: z.array(BsaProgress) } },
    },
    async (request) => bsa.recordAdvice(ctx, requireActor(request), request.params.id, request.body, request.ip),
  );
};
