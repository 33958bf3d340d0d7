import { z } from 'zod';
import { SharedPageView, SharedWithMe, ShareCreate, ShareCreated, Visibility, VisibilityUpdate } from '../../../shared/showcase';
import { requireActor } from '../../plugins/auth';
import { requestLanguage } from '../../plugins/language';
import * as shares from '../../services/showcase-shares.service';
import * as visibility from '../../services/showcase-visibility.service';
import { baseUrl, IdParams, type RouteModule } from '../types';
import { BinaryResponse, sendAttachment } from './download';

const tags = ['showcase'];
const TokenParams = z.object({ token: z.string().min(10).max(100) });
const FileParams = z.object({ id: z.uuid(), fileId: z.uuid() });
const TokenFileParams = z.object({ token: z.string().min(10).max(100), fileId: z.uuid() });

/** Who sees what: shares of showcase pages, viewing them, and what the guidance team sees. */
export const showcaseShareRoutes: RouteModule = (app, ctx) => {
  app.post(
    '/api/showcase/pages/:id/shares',
    {
      config: { access: 'portfolio.write' },
      schema: {
        tags,
        summary: 'Share my page with a person of my school, or make a link that expires after 1–90 days (the link is shown only now)',
        params: IdParams,
        body: ShareCreate,
        response: { 201: ShareCreated },
      },
    },
    async (request, reply) => {
      const origin = baseUrl(request, ctx.env.KOERS_PUBLIC_URL);
      return reply.code(201).send(await shares.createShare(ctx, requireActor(request), request.params.id, request.body, origin, requestLanguage(request)));
    },
  );

  app.post(
    '/api/showcase/shares/:id/revoke',
    { config: { access: 'portfolio.write' }, schema: { tags, summary: 'Withdraw a share or link of my page at once', params: IdParams, response: { 204: z.null() } } },
    async (request, reply) => {
      await shares.revokeShare(ctx, requireActor(request), request.params.id);
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/api/showcase/shared-with-me',
    { config: { access: 'signed-in' }, schema: { tags, summary: 'Showcase pages students shared with me (still valid)', response: { 200: SharedWithMe } } },
    async (request) => shares.sharedWithMe(ctx, requireActor(request)),
  );

  app.get(
    '/api/showcase/shared-with-me/:id',
    {
      config: { access: 'signed-in' },
      schema: { tags, summary: 'A page shared with me: only its own items; the student sees that I looked', params: IdParams, response: { 200: SharedPageView } },
    },
    async (request) => shares.viewShared(ctx, requireActor(request), request.params.id, requestLanguage(request)),
  );

  app.get(
    '/api/showcase/shared-with-me/:id/files/:fileId',
    {
      config: { access: 'signed-in' },
      schema: { tags, summary: 'Download a file that is on a page shared with me', params: FileParams, response: { 200: BinaryResponse('The file') } },
    },
    async (request, reply) => {
      const file = await shares.fileOfShared(ctx, requireActor(request), request.params.id, request.params.fileId);
      return sendAttachment(reply, file, file.stream);
    },
  );

  app.get(
    '/api/shared/:token',
    {
      config: { access: 'public' },
      schema: { tags, summary: 'A page shared through a link: only its own items, while the link is valid (410 when expired or withdrawn)', params: TokenParams, response: { 200: SharedPageView } },
    },
    async (request) => shares.viewByLink(ctx, request.params.token, request.actor ?? undefined, requestLanguage(request)),
  );

  app.get(
    '/api/shared/:token/files/:fileId',
    {
      config: { access: 'public' },
      schema: { tags, summary: 'Download a file that is on a page shared through a link', params: TokenFileParams, response: { 200: BinaryResponse('The file') } },
    },
    async (request, reply) => {
      const file = await shares.fileByLink(ctx, request.params.token, request.params.fileId);
      return sendAttachment(reply, file, file.stream);
    },
  );

  app.get(
    '/api/portfolio/visibility',
    { config: { access: 'portfolio.write' }, schema: { tags, summary: 'What my guidance team sees: my plan, and which evidence is marked for guidance', response: { 200: Visibility } } },
    async (request) => visibility.visibility(ctx, requireActor(request)),
  );

  app.put(
    '/api/portfolio/visibility',
    {
      config: { access: 'portfolio.write' },
      schema: { tags, summary: 'Choose what my guidance team sees (drafts are never shown to staff)', body: VisibilityUpdate, response: { 200: Visibility } },
    },
    async (request) => visibility.updateVisibility(ctx, requireActor(request), request.body, request.ip),
  );
};
