import { queryOptions } from '@tanstack/react-query';
import type {
  EvidenceDetail,
  EvidenceQuery,
  EvidenceSummary,
  EvidenceUpdate,
  FeedbackAsk,
  FeedbackRequestCreated,
  FeedbackRequestView,
  AskablePerson,
  GoalDetail,
  GoalList,
  GoalUpdate,
  GoalView,
  NewEvidence,
  NewFeedbackRequest,
  NewGoal,
  PortfolioSettings,
  PortfolioView,
} from '../../../shared/portfolio';
import { api } from '../../api/client';

const enc = encodeURIComponent;

export const portfolioKeys = {
  all: ['portfolio'] as const,
  goals: (studentId: string) => ['portfolio', 'goals', studentId] as const,
  goal: (id: string) => ['portfolio', 'goal', id] as const,
  evidence: (studentId: string, filter: EvidenceQuery = {}) => ['portfolio', 'evidence', studentId, filter] as const,
  item: (id: string) => ['portfolio', 'item', id] as const,
  settings: (studentId: string) => ['portfolio', 'settings', studentId] as const,
  requests: (studentId: string) => ['portfolio', 'requests', studentId] as const,
  askedOfMe: ['portfolio', 'asked-of-me'] as const,
};

export const goalsQuery = (studentId: string) => queryOptions({ queryKey: portfolioKeys.goals(studentId), queryFn: ({ signal }) => api<GoalList>(`/students/${enc(studentId)}/goals`, { signal }) });
export const goalQuery = (id: string) => queryOptions({ queryKey: portfolioKeys.goal(id), queryFn: ({ signal }) => api<GoalDetail>(`/goals/${enc(id)}`, { signal }) });
export const evidenceQuery = (studentId: string, filter: EvidenceQuery = {}) =>
  queryOptions({
    queryKey: portfolioKeys.evidence(studentId, filter),
    queryFn: ({ signal }) => api<{ view: PortfolioView; items: EvidenceSummary[] }>(`/students/${enc(studentId)}/evidence`, { signal }, { ...filter }),
  });
export const itemQuery = (id: string) => queryOptions({ queryKey: portfolioKeys.item(id), queryFn: ({ signal }) => api<EvidenceDetail>(`/evidence/${enc(id)}`, { signal }) });
export const settingsQuery = (studentId: string) =>
  queryOptions({ queryKey: portfolioKeys.settings(studentId), queryFn: ({ signal }) => api<PortfolioSettings>(`/students/${enc(studentId)}/portfolio-settings`, { signal }) });
export const requestsQuery = (studentId: string) =>
  queryOptions({
    queryKey: portfolioKeys.requests(studentId),
    queryFn: ({ signal }) => api<{ items: FeedbackRequestView[]; askable: AskablePerson[] }>(`/students/${enc(studentId)}/feedback-requests`, { signal }),
  });
export const askedOfMeQuery = queryOptions({ queryKey: portfolioKeys.askedOfMe, queryFn: ({ signal }) => api<{ items: FeedbackAsk[] }>('/me/feedback-requests', { signal }) });

export const createGoal = (studentId: string, input: Partial<NewGoal>) => api<GoalView>(`/students/${enc(studentId)}/goals`, { method: 'POST', json: input });
export const updateGoal = (id: string, input: GoalUpdate) => api<GoalView>(`/goals/${enc(id)}`, { method: 'PATCH', json: input });
export const addAction = (goalId: string, input: { description: string; dueOn: string | null }) => api<GoalView>(`/goals/${enc(goalId)}/actions`, { method: 'POST', json: input });
export const setActionStatus = (goalId: string, actionId: string, status: 'open' | 'done' | 'dropped') =>
  api<GoalView>(`/goals/${enc(goalId)}/actions/${enc(actionId)}`, { method: 'PATCH', json: { status } });
export const addReview = (goalId: string, input: { progress: string; note: string }) => api<GoalView>(`/goals/${enc(goalId)}/reviews`, { method: 'POST', json: input });
export const saveSettings = (studentId: string, input: PortfolioSettings) => api<PortfolioSettings>(`/students/${enc(studentId)}/portfolio-settings`, { method: 'PUT', json: input });

export const createEvidence = (studentId: string, input: Partial<NewEvidence>) => api<EvidenceDetail>(`/students/${enc(studentId)}/evidence`, { method: 'POST', json: input });
export const updateEvidence = (id: string, input: EvidenceUpdate) => api<EvidenceDetail>(`/evidence/${enc(id)}`, { method: 'PATCH', json: input });
export const deleteEvidence = (id: string) => api<null>(`/evidence/${enc(id)}`, { method: 'DELETE' });

export const askFeedback = (studentId: string, input: NewFeedbackRequest) => api<FeedbackRequestCreated>(`/students/${enc(studentId)}/feedback-requests`, { method: 'POST', json: input });
export const revokeFeedback = (id: string) => api<FeedbackRequestView>(`/feedback-requests/${enc(id)}/revoke`, { method: 'POST' });
export const answerFeedback = (id: string, body: string) => api<null>(`/feedback-requests/${enc(id)}/answer`, { method: 'POST', json: { body } });
export const publicAskQuery = (token: string) => queryOptions({ queryKey: ['feedback-link', token], queryFn: ({ signal }) => api<FeedbackAsk>(`/feedback/${enc(token)}`, { signal, quiet: true }), retry: false });
export const answerByLink = (token: string, input: { body: string; authorName?: string }) => api<null>(`/feedback/${enc(token)}`, { method: 'POST', json: input, quiet: true });
