import { queryOptions } from '@tanstack/react-query';
import type { ResponseView } from '../../../shared/competencies';
import type { AdminTeam, EvaluationSettings, EvaluationSummary, EvaluationYear, MyEvaluation, TeamEvaluationSummary } from '../../../shared/evaluation';
import { api } from '../../api/client';

export type { AdminTeam, EvaluationSettings, EvaluationSummary, EvaluationYear, MyEvaluation, TeamEvaluationSummary };

/** The student evaluation of guidance and the administrator's team screen. */
const enc = encodeURIComponent;

export const myEvaluationKey = ['evaluation', 'me'] as const;
export const myEvaluationQuery = queryOptions({ queryKey: myEvaluationKey, queryFn: () => api<MyEvaluation>('/evaluation') });
export const startEvaluation = (counsellorId: string) => api<ResponseView>(`/evaluation/counsellors/${enc(counsellorId)}/response`, { method: 'POST' });

export const evaluationSettingsKey = ['admin', 'guidance-evaluation'] as const;
export const evaluationSettingsQuery = queryOptions({ queryKey: evaluationSettingsKey, queryFn: () => api<EvaluationSettings>('/admin/guidance-evaluation') });
export const switchEvaluation = (schoolYear: string, enabled: boolean) =>
  api<EvaluationSettings>('/admin/guidance-evaluation', { method: 'PUT', json: { schoolYear, enabled } });

export const adminTeamsKey = ['admin', 'teams'] as const;
export const adminTeamsQuery = queryOptions({ queryKey: adminTeamsKey, queryFn: () => api<{ items: AdminTeam[] }>('/admin/teams') });
export const createTeam = (body: { name: string; leaderId: string }) => api<{ id: string }>('/admin/teams', { method: 'POST', json: { ...body, memberIds: [] } });
export const updateTeam = (id: string, body: { name?: string; leaderId?: string }) => api<AdminTeam>(`/admin/teams/${enc(id)}`, { method: 'PATCH', json: body });
export const addTeamMember = (id: string, userId: string) => api<AdminTeam>(`/admin/teams/${enc(id)}/members/${enc(userId)}`, { method: 'PUT' });
export const removeTeamMember = (id: string, userId: string) => api<AdminTeam>(`/admin/teams/${enc(id)}/members/${enc(userId)}`, { method: 'DELETE' });
