import { queryOptions } from '@tanstack/react-query';
import type {
  ActionView,
  CadenceNorm,
  Close,
  ConversationDetail,
  ConversationSummary,
  Feedback,
  NoteTier,
  NoteView,
  OverdueRow,
  PreparationView,
  Proposal,
  Respond,
  FeedbackAggregate as FeedbackAggregateSchema,
  FeedbackSummary as FeedbackSummarySchema,
} from '../../../shared/conversations';
import type { z } from 'zod';
import { api } from '../../api/client';

export type FeedbackAggregate = z.infer<typeof FeedbackAggregateSchema>;
export type FeedbackSummary = z.infer<typeof FeedbackSummarySchema>;
export type Phase = NonNullable<NoteView['phase']>;
export type Competency = ConversationDetail['topics'][number];

export interface TeamFeedback {
  minAnswers: number;
  team: FeedbackAggregate | null;
  counsellors: { counsellor: { id: string; name: string }; aggregate: FeedbackAggregate | null }[];
}

/** The server fills in the level's default for a programme without a norm of its own (`isDefault`). */
export type NormRow = CadenceNorm & { programmeName?: string; isDefault?: boolean };

const enc = encodeURIComponent;

export const conversationsKey = ['conversations'] as const;
export const studentConversationsKey = (studentId: string) => ['conversations', 'student', studentId] as const;
export const conversationKey = (id: string) => ['conversation', id] as const;

export const studentConversationsQuery = (studentId: string) =>
  queryOptions({
    queryKey: studentConversationsKey(studentId),
    queryFn: ({ signal }) => api<{ items: ConversationSummary[] }>(`/students/${enc(studentId)}/conversations`, { signal }),
  });

export const conversationQuery = (id: string) =>
  queryOptions({
    queryKey: conversationKey(id),
    queryFn: ({ signal }) => api<ConversationDetail>(`/conversations/${enc(id)}`, { signal }),
  });

export const preparationViewQuery = (id: string) =>
  queryOptions({
    queryKey: [...conversationKey(id), 'preparation-view'],
    queryFn: ({ signal }) => api<PreparationView>(`/conversations/${enc(id)}/preparation-view`, { signal }),
  });

export const caseloadQuery = queryOptions({
  queryKey: ['conversations', 'caseload'],
  queryFn: ({ signal }) => api<{ items: OverdueRow[] }>('/caseload/conversations', { signal }),
});

export const myFeedbackQuery = queryOptions({
  queryKey: ['conversations', 'my-feedback'],
  queryFn: ({ signal }) => api<FeedbackSummary>('/me/conversation-feedback', { signal }),
});

export const teamFeedbackQuery = queryOptions({
  queryKey: ['conversations', 'team-feedback'],
  queryFn: ({ signal }) => api<TeamFeedback>('/stats/conversation-feedback', { signal }),
});

export const cadenceNormsQuery = (schoolYear: string) =>
  queryOptions({
    queryKey: ['cadence-norms', schoolYear],
    queryFn: ({ signal }) => api<{ items: NormRow[] }>('/admin/cadence-norms', { signal }, { schoolYear }),
  });

export const calendarHref = (id: string) => `/api/conversations/${enc(id)}/calendar.ics`;

export function proposeConversation(studentId: string, body: Proposal): Promise<ConversationSummary> {
  return api<ConversationSummary>(`/students/${enc(studentId)}/conversations`, { method: 'POST', json: body });
}

export function respondToConversation(id: string, body: Respond): Promise<ConversationSummary> {
  return api<ConversationSummary>(`/conversations/${enc(id)}/respond`, { method: 'POST', json: body });
}

export function savePreparation(id: string, body: { version: number; agenda: string; experience: string }): Promise<ConversationDetail> {
  return api<ConversationDetail>(`/conversations/${enc(id)}/preparation`, { method: 'PUT', json: body });
}

export function saveStudentSummary(id: string, body: { version: number; summary: string }): Promise<ConversationDetail> {
  return api<ConversationDetail>(`/conversations/${enc(id)}/summary`, { method: 'PUT', json: body });
}

export interface NewNoteBody {
  tier: NoteTier;
  phase: Phase | null;
  body: string;
  competencies: Competency[];
}

export function addNote(id: string, body: NewNoteBody): Promise<NoteView> {
  return api<NoteView>(`/conversations/${enc(id)}/notes`, { method: 'POST', json: body });
}

export function updateNote(id: string, body: { version: number; body: string; tier?: NoteTier }): Promise<NoteView> {
  return api<NoteView>(`/notes/${enc(id)}`, { method: 'PATCH', json: body });
}

export function closeConversation(id: string, body: Close): Promise<ConversationDetail> {
  return api<ConversationDetail>(`/conversations/${enc(id)}/close`, { method: 'POST', json: body });
}

export function sendFeedback(id: string, body: Feedback): Promise<void> {
  return api<void>(`/conversations/${enc(id)}/feedback`, { method: 'POST', json: body });
}

export function setActionStatus(id: string, status: ActionView['status']): Promise<ActionView> {
  return api<ActionView>(`/actions/${enc(id)}`, { method: 'PATCH', json: { status } });
}

export function saveCadenceNorm(body: CadenceNorm): Promise<CadenceNorm> {
  return api<CadenceNorm>('/admin/cadence-norms', { method: 'PUT', json: body });
}
