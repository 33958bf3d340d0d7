import { queryOptions } from '@tanstack/react-query';
import type { ResponseView, Text } from '../../../shared/competencies';
import type {
  ActivityPage,
  ActivityView,
  Development,
  GoalView,
  IncomingRequest,
  MeetlatInfo,
  RatingRequestView,
  ReviewView,
  SlbCompetency,
  TeamOverview,
  TeamRef,
} from '../../../shared/development';
import { api } from '../../api/client';
import { currentLanguage } from '../../i18n';

export type { ActivityView, Development, GoalView, IncomingRequest, MeetlatInfo, RatingRequestView, ReviewView, SlbCompetency, TeamOverview, TeamRef };

export const STAFF_INSTRUMENT = 'slb-zelfbeoordeling';
const enc = encodeURIComponent;

export const ownDevelopmentKey = ['development', 'me'] as const;
export const ownDevelopmentQuery = queryOptions({ queryKey: ownDevelopmentKey, queryFn: () => api<Development>('/staff/me/development') });

export const memberDevelopmentQuery = (counsellorId: string) =>
  queryOptions({ queryKey: ['development', counsellorId], queryFn: () => api<Development>(`/staff/counsellors/${enc(counsellorId)}/development`) });

export const incomingKey = ['development', 'incoming'] as const;
export const incomingQuery = queryOptions({ queryKey: incomingKey, queryFn: () => api<{ items: IncomingRequest[] }>('/staff/rating-requests/incoming') });

export const teamsQuery = queryOptions({ queryKey: ['teams'], queryFn: () => api<{ items: TeamRef[] }>('/teams') });
export const teamOverviewQuery = (teamId: string) =>
  queryOptions({ queryKey: ['teams', teamId, 'overview'], queryFn: () => api<TeamOverview>(`/teams/${enc(teamId)}/overview`) });

export const colleaguesQuery = (q: string) =>
  queryOptions({
    queryKey: ['development', 'colleagues', q],
    queryFn: () => api<{ items: { id: string; name: string; role: 'counsellor' | 'manager' }[] }>('/staff/colleagues', {}, { q, limit: 10 }),
  });

export const startSelfRating = () => api<ResponseView>('/responses', { method: 'POST', json: { instrument: STAFF_INSTRUMENT } });
export const startRating = (requestId: string) => api<ResponseView>(`/staff/rating-requests/${enc(requestId)}/response`, { method: 'POST' });
export const setConsent = (visible: boolean) => api<{ ratingsVisibleToLeader: boolean }>('/staff/me/consent', { method: 'PUT', json: { ratingsVisibleToLeader: visible } });
export const addGoal = (body: { what: string; dueDate: string; competencies: SlbCompetency[] }) => api<GoalView>('/staff/me/goals', { method: 'POST', json: body });
export const changeGoal = (id: string, body: { status: GoalView['status'] }) => api<GoalView>(`/staff/goals/${enc(id)}`, { method: 'PATCH', json: body });
export const addActivity = (body: { kind: ActivityView['kind']; title: string; heldOn: string; hours: number | null; competencies: SlbCompetency[]; reflection: string }) =>
  api<ActivityView>('/staff/me/activities', { method: 'POST', json: body });
export const removeActivity = (id: string) => api<null>(`/staff/activities/${enc(id)}`, { method: 'DELETE' });
export const moreActivities = (counsellorId: string | null, cursor: string) =>
  api<ActivityPage>(counsellorId ? `/staff/counsellors/${enc(counsellorId)}/activities` : '/staff/me/activities', {}, { cursor, limit: 20 });
export const requestRating = (raterId: string) => api<RatingRequestView>('/staff/me/rating-requests', { method: 'POST', json: { raterId } });
export const revokeRequest = (id: string) => api<RatingRequestView>(`/staff/rating-requests/${enc(id)}/revoke`, { method: 'POST' });
export const addReview = (counsellorId: string, body: { heldOn: string; leaderNotes: string }) =>
  api<ReviewView>(`/staff/counsellors/${enc(counsellorId)}/reviews`, { method: 'POST', json: body });
export const writeReviewNotes = (id: string, notes: string) => api<ReviewView>(`/staff/reviews/${enc(id)}`, { method: 'PATCH', json: { notes } });

/** A text that carries both languages, in the current one. */
export function pick(text: Text): string {
  return text[currentLanguage()] || text.nl;
}

export function competencyTitle(meetlat: MeetlatInfo, code: string, short = false): string {
  const c = meetlat.competencies.find((x) => x.code === code);
  return c ? pick(short ? c.short : c.title) : code;
}

/** Scores with one decimal, in the reader's locale. */
export function formatScore(score: number | null | undefined): string {
  if (score === null || score === undefined) return '–';
  return new Intl.NumberFormat(currentLanguage() === 'en' ? 'en-GB' : 'nl-NL', { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(score);
}
