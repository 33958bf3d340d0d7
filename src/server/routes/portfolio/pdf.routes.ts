import { requireActor } from '../../plugins/auth';
import { requestLanguage } from '../../plugins/language';
import * as pdf from '../../services/portfolio-pdf.service';
import { IdParams, type RouteModule } from '../types';
import { BinaryResponse, sendAttachment } from './download';

const tags = ['showcase'];
const fileName = (title: string) => `${title.replace(/[\\/:*?"<>|]+/g, ' ').trim().slice(0, 80) || 'koers'}.pdf`;

/** Printable A4 PDFs made on the server, with the competency chart. */
export const portfolioPdfRoutes: RouteModule = (app, ctx) => {
  app.get(
    '/api/showcase/pages/:id/pdf',
    {
      config: { access: 'portfolio.write' },
      schema: { tags, summary: 'One of my showcase pages as a printable PDF (A4)', params: IdParams, response: { 200: BinaryResponse('PDF', 'application/pdf') } },
    },
    async (request, reply) => {
      const result = await pdf.pagePdf(ctx, requireActor(request), request.params.id, requestLanguage(request));
      return sendAttachment(reply, { name: fileName(result.title), mediaType: 'application/pdf', sizeBytes: result.pdf.length }, result.pdf);
    },
  );

  app.get(
    '/api/portfolio/pdf',
    {
      config: { access: 'portfolio.write' },
      schema: { tags, summary: 'My whole portfolio (competency chart, plan, evidence) as a printable PDF (A4)', response: { 200: BinaryResponse('PDF', 'application/pdf') } },
    },
    async (request, reply) => {
      const result = await pdf.portfolioPdf(ctx, requireActor(request), requestLanguage(request));
      return sendAttachment(reply, { name: fileName(result.title), mediaType: 'application/pdf', sizeBytes: result.pdf.length }, result.pdf);
    },
  );
};
