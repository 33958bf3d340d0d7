import { z } from 'zod';
import { Candidate, OwnPageView, PageInput, PageSummary, PageUpdate, PeopleResult } from '../../../shared/showcase';
import { requireActor } from '../../plugins/auth';
import { requestLanguage } from '../../plugins/language';
import * as shares from '../../services/showcase-shares.service';
import * as showcase from '../../services/showcase.service';
import { IdParams, type RouteModule } from '../types';

const tags = ['showcase'];

/** The student composes showcase pages from their own evidence and goals. */
export const showcaseRoutes: RouteModule = (app, ctx) => {
  app.get(
    '/api/showcase/pages',
    { config: { access: 'portfolio.write' }, schema: { tags, summary: 'My showcase pages with how often they are shared and viewed', response: { 200: z.object({ items: z.array(PageSummary) }) } } },
    async (request) => ({ items: await showcase.listPages(ctx, requireActor(request)) }),
  );

  app.get(
    '/api/showcase/candidates',
    { config: { access: 'portfolio.write' }, schema: { tags, summary: 'My evidence and goals that can be put on a page', response: { 200: z.object({ items: z.array(Candidate) }) } } },
    async (request) => ({ items: await showcase.candidates(ctx, requireActor(request)) }),
  );

  app.post(
    '/api/showcase/pages',
    { config: { access: 'portfolio.write' }, schema: { tags, summary: 'Make a showcase page from my own evidence and goals', body: PageInput, response: { 201: OwnPageView } } },
    async (request, reply) => reply.code(201).send(await showcase.createPage(ctx, requireActor(request), request.body, requestLanguage(request))),
  );

  app.get(
    '/api/showcase/pages/:id',
    {
      config: { access: 'portfolio.write' },
      schema: { tags, summary: 'One of my pages with its items, shares and who looked when', params: IdParams, response: { 200: OwnPageView } },
    },
    async (request) => showcase.ownPage(ctx, requireActor(request), request.params.id, requestLanguage(request)),
  );

  app.put(
    '/api/showcase/pages/:id',
    {
      config: { access: 'portfolio.write' },
      schema: { tags, summary: 'Change one of my pages (title, intro, chart, items in order); `version` must be the one last read', params: IdParams, body: PageUpdate, response: { 200: OwnPageView } },
    },
    async (request) => showcase.updatePage(ctx, requireActor(request), request.params.id, request.body, requestLanguage(request)),
  );

  app.delete(
    '/api/showcase/pages/:id',
    { config: { access: 'portfolio.write' }, schema: { tags, summary: 'Delete one of my pages; its links stop working', params: IdParams, response: { 204: z.null() } } },
    async (request, reply) => {
      await showcase.deletePage(ctx, requireActor(request), request.params.id);
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/api/showcase/people',
    {
      config: { access: 'portfolio.write' },
      schema: {
        tags,
        summary: 'People of my school I can share a page with, by (part of) their name',
        querystring: z.object({ q: z.string().trim().min(2).max(100) }),
        response: { 200: PeopleResult },
      },
    },
    async (request) => shares.people(ctx, requireActor(request), request.query.q),
  );
};
