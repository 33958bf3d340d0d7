import { z } from 'zod';
import { CaseloadQuery, CaseloadRow, GuidanceStats, SignalSettings } from '../../../shared/guidance';
import { requireActor } from '../../plugins/auth';
import * as caseload from '../../services/caseload.service';
import * as stats from '../../services/guidance-stats.service';
import type { RouteModule } from '../types';

/** The counsellor's caseload with signals, the signal thresholds, and the manager's guidance figures. */
export const caseloadRoutes: RouteModule = (app, ctx) => {
  app.get(
    '/api/caseload',
    {
      config: { access: 'caseload.overview' },
      schema: {
        tags: ['guidance'],
        summary: "Every student of the counsellor's caseload with a traffic light and the signals behind it, explained",
        querystring: CaseloadQuery,
        response: { 200: z.array(CaseloadRow) },
      },
    },
    async (request) => caseload.caseload(ctx, requireActor(request), request.query),
  );

  app.get(
    '/api/admin/signal-settings',
    {
      config: { access: 'signals.manage' },
      schema: { tags: ['admin', 'guidance'], summary: 'Thresholds of the caseload signals', response: { 200: SignalSettings } },
    },
    async (request) => caseload.getSignalSettings(ctx, requireActor(request)),
  );

  app.put(
    '/api/admin/signal-settings',
    {
      config: { access: 'signals.manage' },
      schema: { tags: ['admin', 'guidance'], summary: 'Set the thresholds of the caseload signals', body: SignalSettings, response: { 200: SignalSettings } },
    },
    async (request) => caseload.saveSignalSettings(ctx, requireActor(request), request.body, request.ip),
  );

  app.get(
    '/api/stats/guidance',
    {
      config: { access: 'guidance.stats' },
      schema: {
        tags: ['guidance'],
        summary: 'Share of students within the conversation norm per programme, caseload sizes, referrals by reason and wait; small groups suppressed',
        response: { 200: GuidanceStats },
      },
    },
    async (request) => stats.guidanceStats(ctx, requireActor(request)),
  );
};
