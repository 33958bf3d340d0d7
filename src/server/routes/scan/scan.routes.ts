import { z } from 'zod';
import { AnswersPatch, ScanForm } from '../../../shared/competencies';
import { requestLanguage } from '../../plugins/language';
import * as scan from '../../services/scan.service';
import type { RouteModule } from '../types';

const TokenParams = z.object({ token: z.string().min(1).max(200) });

/**
 * The external supervisor's side of the 360° scan. Public: the link's token is the credential and
 * opens only this form about this student; no account, no other data.
 */
export const scanRoutes: RouteModule = (app, ctx) => {
  const schema = (summary: string) => ({ tags: ['scan'], summary, params: TokenParams, response: { 200: ScanForm } });

  app.get(
    '/api/scan/:token',
    { config: { access: 'public' }, schema: schema('The scan form behind an invitation link (404 scan_link_invalid; 410 used, expired or revoked)') },
    async (request) => scan.getScanForm(ctx, request.params.token),
  );

  app.patch(
    '/api/scan/:token',
    { config: { access: 'public' }, schema: { ...schema('Save answers to the scan as they are given'), body: AnswersPatch } },
    async (request) => scan.answerScan(ctx, request.params.token, request.body.answers, requestLanguage(request)),
  );

  app.post(
    '/api/scan/:token/submit',
    { config: { access: 'public' }, schema: schema('Submit the scan; the link stops working after this') },
    async (request) => scan.submitScan(ctx, request.params.token, request.ip),
  );
};
