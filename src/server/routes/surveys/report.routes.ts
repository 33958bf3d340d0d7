import { z } from 'zod';
import { SurveyReport, SurveyReportQuery } from '../../../shared/survey-report';
import { surveyReportPdf } from '../../pdf/survey-report-pdf';
import { requireActor } from '../../plugins/auth';
import { exportSurvey } from '../../services/survey-export.service';
import { surveyReport } from '../../services/survey-report.service';
import { IdParams, type RouteModule } from '../types';

/** The quality monitor's report of one campaign: JSON, PDF and the anonymised data for R/SPSS. */
export const surveyReportRoutes: RouteModule = (app, ctx) => {
  app.get(
    '/api/surveys/:id/report',
    {
      config: { access: 'surveys.manage' },
      schema: {
        tags: ['surveys'],
        summary: 'Campaign report: items, scales with alpha, group comparisons, correlations and an optional regression; small groups suppressed',
        params: IdParams,
        querystring: SurveyReportQuery,
        response: { 200: SurveyReport },
      },
    },
    async (request) => surveyReport(ctx, requireActor(request), request.params.id, request.query),
  );

  app.get(
    '/api/surveys/:id/report.pdf',
    {
      config: { access: 'surveys.manage' },
      schema: {
        tags: ['surveys'],
        summary: 'The campaign report as PDF (same query and the same suppression as the JSON report)',
        params: IdParams,
        querystring: SurveyReportQuery,
        response: { 200: { description: 'PDF file', content: { 'application/pdf': { schema: z.string() } } } },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const report = await surveyReport(ctx, actor, request.params.id, request.query);
      const pdf = await surveyReportPdf(report, actor.language);
      return reply
        .type('application/pdf')
        .header('content-disposition', 'attachment; filename="kwaliteitsmonitor-rapport.pdf"')
        .header('cache-control', 'no-store')
        .send(pdf as unknown as string);
    },
  );

  app.get(
    '/api/surveys/:id/export.zip',
    {
      config: { access: 'surveys.manage' },
      schema: {
        tags: ['surveys'],
        summary: 'Anonymised responses as a zip: data.csv (numeric codes, NA = missing), codebook.csv, value_labels.csv, labels.sps, load.R',
        params: IdParams,
        response: { 200: { description: 'Zip file', content: { 'application/zip': { schema: z.string() } } } },
      },
    },
    async (request, reply) => {
      const { filename, stream } = await exportSurvey(ctx, requireActor(request), request.params.id);
      return reply
        .type('application/zip')
        .header('content-disposition', `attachment; filename="${filename}"`)
        .header('cache-control', 'no-store')
        // The schema documents the file; Fastify streams a Readable as is, past the serializer.
        .send(stream as unknown as string);
    },
  );
};
