import { z } from 'zod';
import { JourneyView, MilestoneTick, ProgrammeMilestones, ProgrammeMilestonesSave } from '../../../shared/intake';
import { requireActor } from '../../plugins/auth';
import * as milestones from '../../services/milestones.service';
import { IdParams, type RouteModule } from '../types';

/** The first 100 days: a student's milestone timeline, manual ticks, and the milestones per programme. */
export const milestoneRoutes: RouteModule = (app, ctx) => {
  app.get(
    '/api/students/:id/milestones',
    {
      config: { access: { student: 'intake' } },
      schema: {
        tags: ['transition'],
        summary: "The student's first-100-days timeline: each milestone with due date, date met and state (done, missed, upcoming)",
        params: IdParams,
        response: { 200: JourneyView },
      },
    },
    async (request) => milestones.journey(ctx, requireActor(request), request.params.id, request.ip),
  );

  app.put(
    '/api/students/:id/milestones/:milestoneId',
    {
      config: { access: { student: 'intake-edit' } },
      schema: {
        tags: ['transition'],
        summary: 'Tick or untick a manual milestone of the student (counsellor)',
        params: IdParams.extend({ milestoneId: z.uuid() }),
        body: MilestoneTick,
        response: { 200: JourneyView },
      },
    },
    async (request) => milestones.tick(ctx, requireActor(request), request.params.id, request.params.milestoneId, request.body.done, request.ip),
  );

  app.get(
    '/api/admin/programmes/:id/milestones',
    {
      config: { access: 'milestones.manage' },
      schema: {
        tags: ['transition'],
        summary: "A programme's first-100-days milestones, and the defaults of its level that apply while it has none",
        params: IdParams,
        response: { 200: ProgrammeMilestones },
      },
    },
    async (request) => milestones.programmeMilestones(ctx, requireActor(request), request.params.id),
  );

  app.put(
    '/api/admin/programmes/:id/milestones',
    {
      config: { access: 'milestones.manage' },
      schema: {
        tags: ['transition'],
        summary: "Replace a programme's milestones (an empty list goes back to the defaults of its level)",
        params: IdParams,
        body: ProgrammeMilestonesSave,
        response: { 200: ProgrammeMilestones },
      },
    },
    async (request) => milestones.saveProgrammeMilestones(ctx, requireActor(request), request.params.id, request.body, request.ip),
  );
};
