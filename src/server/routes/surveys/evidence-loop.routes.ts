import { EvidenceLoop } from '../../../shared/evidence-loop';
import { requireActor } from '../../plugins/auth';
import { evidenceLoop } from '../../services/evidence-loop.service';
import type { RouteModule } from '../types';

/** The evidence loop: the career-learning study's analysis on the institution's own data, aggregates only. */
export const evidenceLoopRoutes: RouteModule = (app, ctx) => {
  app.get(
    '/api/evidence-loop',
    {
      config: { access: 'evidence.read' },
      schema: {
        tags: ['evidence-loop'],
        summary: 'Growth in career competencies related to conversation frequency, form and content, per programme; small groups suppressed; explained in plain words with its limits',
        response: { 200: EvidenceLoop },
      },
    },
    async (request) => evidenceLoop(ctx, requireActor(request), request.ip),
  );
};
