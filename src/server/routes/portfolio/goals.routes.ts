import { z } from 'zod';
import { GoalActionUpdate, GoalDetail, GoalList, GoalUpdate, GoalView, NewGoal, NewGoalAction, NewGoalReview, PortfolioSettings } from '../../../shared/portfolio';
import { requireActor } from '../../plugins/auth';
import * as goals from '../../services/portfolio-goals.service';
import { IdParams, type RouteModule } from '../types';

const GoalActionParams = z.object({ id: z.uuid(), actionId: z.uuid() });

/** The POP: goals, actions, progress reviews and history; what staff see is the student's choice. */
export const portfolioGoalRoutes: RouteModule = (app, ctx) => {
  const tags = ['portfolio'];

  app.get(
    '/api/students/:id/goals',
    {
      config: { access: { student: 'portfolio' } },
      schema: { tags, summary: "A student's POP goals with SMART feedback, actions and reviews (staff: only when the student shares the plan; reads are audited)", params: IdParams, response: { 200: GoalList } },
    },
    async (request) => goals.goalsFor(ctx, requireActor(request), request.params.id, request.ip),
  );

  app.post(
    '/api/students/:id/goals',
    { config: { access: { student: 'portfolio-own' } }, schema: { tags, summary: 'Add a goal to your own POP', params: IdParams, body: NewGoal, response: { 201: GoalView } } },
    async (request, reply) => reply.code(201).send(await goals.createGoal(ctx, requireActor(request), request.params.id, request.body, request.ip)),
  );

  app.get(
    '/api/students/:id/portfolio-settings',
    { config: { access: { student: 'portfolio-own' } }, schema: { tags, summary: 'Whether your guidance staff see your plan', params: IdParams, response: { 200: PortfolioSettings } } },
    async (request) => goals.settings(ctx, request.params.id),
  );

  app.put(
    '/api/students/:id/portfolio-settings',
    {
      config: { access: { student: 'portfolio-own' } },
      schema: { tags, summary: 'Share your plan with your guidance staff, or keep it to yourself', params: IdParams, body: PortfolioSettings, response: { 200: PortfolioSettings } },
    },
    async (request) => goals.saveSettings(ctx, requireActor(request), request.params.id, request.body, request.ip),
  );

  app.get(
    '/api/goals/:id',
    { config: { access: 'portfolio.read' }, schema: { tags, summary: 'One goal with its history of changes', params: IdParams, response: { 200: GoalDetail } } },
    async (request) => goals.goalDetail(ctx, requireActor(request), request.params.id, request.ip),
  );

  app.patch(
    '/api/goals/:id',
    {
      config: { access: 'portfolio.write' },
      schema: { tags, summary: 'Change your goal (with the version you saw); the previous state is kept', params: IdParams, body: GoalUpdate, response: { 200: GoalView } },
    },
    async (request) => goals.updateGoal(ctx, requireActor(request), request.params.id, request.body, request.ip),
  );

  app.post(
    '/api/goals/:id/actions',
    { config: { access: 'portfolio.write' }, schema: { tags, summary: 'Add an action to your goal', params: IdParams, body: NewGoalAction, response: { 201: GoalView } } },
    async (request, reply) => reply.code(201).send(await goals.addAction(ctx, requireActor(request), request.params.id, request.body)),
  );

  app.patch(
    '/api/goals/:id/actions/:actionId',
    { config: { access: 'portfolio.write' }, schema: { tags, summary: 'Change an action: text, due date or status', params: GoalActionParams, body: GoalActionUpdate, response: { 200: GoalView } } },
    async (request) => goals.updateAction(ctx, requireActor(request), request.params.id, request.params.actionId, request.body),
  );

  app.post(
    '/api/goals/:id/reviews',
    {
      config: { access: 'portfolio.review' },
      schema: { tags, summary: 'A progress review on a goal, by the student or their counsellor', params: IdParams, body: NewGoalReview, response: { 201: GoalView } },
    },
    async (request, reply) => reply.code(201).send(await goals.addReview(ctx, requireActor(request), request.params.id, request.body, request.ip)),
  );
};
