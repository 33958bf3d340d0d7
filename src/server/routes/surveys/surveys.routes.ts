import { z } from 'zod';
import { CampaignDetail, CampaignInput, CampaignOptions, CampaignSummary, LinksResult } from '../../../shared/surveys';
import { requireActor } from '../../plugins/auth';
import * as campaigns from '../../services/survey-campaigns.service';
import { baseUrl, IdParams, type RouteModule } from '../types';

/** The quality monitor's campaigns, for managers and admins. Counts per group, never answers. */
export const surveyRoutes: RouteModule = (app, ctx) => {
  const access = { access: 'surveys.manage' as const };

  app.get(
    '/api/surveys',
    { config: access, schema: { tags: ['surveys'], summary: 'Survey campaigns of the institution, newest first, with response counts', response: { 200: z.object({ items: z.array(CampaignSummary) }) } } },
    async (request) => campaigns.listCampaigns(ctx, requireActor(request)),
  );

  app.get(
    '/api/surveys/options',
    { config: access, schema: { tags: ['surveys'], summary: 'What a new campaign can use: survey instruments, programmes with cohorts, teams, staff roles', response: { 200: CampaignOptions } } },
    async (request) => campaigns.campaignOptions(ctx, requireActor(request)),
  );

  app.post(
    '/api/surveys',
    {
      config: access,
      schema: {
        tags: ['surveys'],
        summary: 'Create a campaign (draft; or closed, without invitations, when `imported` holds data from a file). 400 survey_invalid lists every problem.',
        body: CampaignInput,
        response: { 201: CampaignDetail },
      },
    },
    async (request, reply) => reply.code(201).send(await campaigns.createCampaign(ctx, requireActor(request), request.body, request.ip)),
  );

  app.get(
    '/api/surveys/:id',
    { config: access, schema: { tags: ['surveys'], summary: 'A campaign with response rates per programme, cohort or role', params: IdParams, response: { 200: CampaignDetail } } },
    async (request) => campaigns.getCampaign(ctx, requireActor(request), request.params.id),
  );

  const linkRoute = (path: string, summary: string, run: typeof campaigns.openCampaign) =>
    app.post(
      path,
      { config: access, schema: { tags: ['surveys'], summary, params: IdParams, response: { 200: LinksResult } } },
      async (request) => run(ctx, requireActor(request), request.params.id, baseUrl(request, ctx.env.KOERS_PUBLIC_URL), request.ip),
    );
  linkRoute('/api/surveys/:id/open', 'Open a draft campaign: invites the audience and mails the links (or returns them once for copying)', campaigns.openCampaign);
  linkRoute('/api/surveys/:id/remind', 'Remind everyone who has not responded, with a new link (the old one stops working)', campaigns.remind);
  linkRoute('/api/surveys/:id/links', 'New links for everyone who has not responded, returned for copying (not mailed)', campaigns.newLinks);

  app.post(
    '/api/surveys/:id/close',
    { config: access, schema: { tags: ['surveys'], summary: 'Close an open campaign; answering stops', params: IdParams, response: { 200: CampaignDetail } } },
    async (request) => campaigns.closeCampaign(ctx, requireActor(request), request.params.id, request.ip),
  );
};
