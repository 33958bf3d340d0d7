import { AdminTeam, AdminTeamList, TeamMemberParams, TeamUpdate } from '../../../shared/evaluation';
import { requireActor } from '../../plugins/auth';
import * as teams from '../../services/teams-admin.service';
import { IdParams, type RouteModule } from '../types';

const tags = ['development'];

/** The administrator's team screen: list, rename, change leader, add and remove members (creating is in teams.routes). */
export const teamAdminRoutes: RouteModule = (app, ctx) => {
  app.get(
    '/api/admin/teams',
    {
      config: { access: 'teams.manage' },
      schema: { tags, summary: 'All teams of the institution with their leader and members', response: { 200: AdminTeamList } },
    },
    async (request) => teams.listTeams(ctx, requireActor(request)),
  );

  app.patch(
    '/api/admin/teams/:id',
    {
      config: { access: 'teams.manage' },
      schema: { tags, summary: 'Rename a team or give it another leader (a manager)', params: IdParams, body: TeamUpdate, response: { 200: AdminTeam } },
    },
    async (request) => teams.updateTeam(ctx, requireActor(request), request.params.id, request.body, request.ip),
  );

  app.put(
    '/api/admin/teams/:id/members/:userId',
    {
      config: { access: 'teams.manage' },
      schema: { tags, summary: 'Add a counsellor to a team (nothing changes when they already are a member)', params: TeamMemberParams, response: { 200: AdminTeam } },
    },
    async (request) => teams.addMember(ctx, requireActor(request), request.params.id, request.params.userId, request.ip),
  );

  app.delete(
    '/api/admin/teams/:id/members/:userId',
    {
      config: { access: 'teams.manage' },
      schema: { tags, summary: 'Remove a member from a team', params: TeamMemberParams, response: { 200: AdminTeam } },
    },
    async (request) => teams.removeMember(ctx, requireActor(request), request.params.id, request.params.userId, request.ip),
  );
};
