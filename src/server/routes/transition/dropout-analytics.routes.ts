import { z } from 'zod';
import { DropoutAnalysis, DropoutGroupBy } from '../../../shared/study-progress';
import { requireActor } from '../../plugins/auth';
import * as analytics from '../../services/dropout-analytics.service';
import type { RouteModule } from '../types';

const Query = z.object({ groupBy: DropoutGroupBy.default('year') });

export const dropoutAnalyticsRoutes: RouteModule = (app, ctx) => {
  app.get(
    '/api/analytics/dropout',
    {
      config: { access: 'dropout.stats' },
      schema: {
        tags: ['study-progress'],
        summary:
          'First-year switch and dropout rates and reasons per academic year, programme, gender or prior education. Groups below the minimum group size show no numbers; reason counts add up to more than the leavers (several reasons each)',
        querystring: Query,
        response: { 200: DropoutAnalysis },
      },
    },
    async (request) => analytics.dropoutAnalysis(ctx, requireActor(request), request.query.groupBy),
  );

  app.get(
    '/api/analytics/dropout.csv',
    {
      config: { access: 'dropout.stats' },
      schema: {
        tags: ['study-progress'],
        summary: 'The dropout analysis as CSV for Excel (";", UTF-8 with BOM), with the same suppression; audited',
        querystring: Query,
        response: { 200: { description: 'CSV file', content: { 'text/csv': { schema: z.string() } } } },
      },
    },
    async (request, reply) => {
      const { filename, csv } = await analytics.dropoutCsvExport(ctx, requireActor(request), request.query.groupBy, request.ip);
      return reply.type('text/csv; charset=utf-8').header('content-disposition', `attachment; filename="${filename}"`).header('cache-control', 'no-store').send(csv);
    },
  );
};
