import { queryOptions } from '@tanstack/react-query';
import type {
  Competencies,
  InstrumentView,
  ResponseView,
  ScanForm,
  ScanInvitationCreated,
  ScanInvitationView,
} from '../../../shared/competencies';
import { api } from '../../api/client';

/** Answers by item code as sent in a PATCH: `null` clears an answer. */
export type AnswerPatch = Record<string, number | null>;

export const SELF_INSTRUMENT = 'loopbaancompetenties';
export const SCAN_INSTRUMENT = 'competentiescan';

const enc = encodeURIComponent;

export const instrumentsQuery = queryOptions({
  queryKey: ['instruments'],
  queryFn: () => api<{ items: InstrumentView[] }>('/instruments'),
  // Published instruments change only when an administrator publishes a new version.
  staleTime: 10 * 60_000,
});

export const competenciesKey = (studentId: string) => ['competencies', studentId] as const;

export const competenciesQuery = (studentId: string) =>
  queryOptions({
    queryKey: competenciesKey(studentId),
    queryFn: () => api<Competencies>(`/students/${enc(studentId)}/competencies`),
  });

export const responseKey = (id: string) => ['response', id] as const;

export const responseQuery = (id: string) =>
  queryOptions({
    queryKey: responseKey(id),
    queryFn: () => api<ResponseView>(`/responses/${enc(id)}`),
    // The questionnaire keeps its own copy of the answers while it is open; never refetch under it.
    staleTime: Infinity,
    gcTime: 0,
  });

export const invitationsKey = (studentId: string) => ['scan-invitations', studentId] as const;

export const invitationsQuery = (studentId: string) =>
  queryOptions({
    queryKey: invitationsKey(studentId),
    queryFn: () => api<{ items: ScanInvitationView[] }>(`/students/${enc(studentId)}/scan-invitations`),
  });

export const scanKey = (token: string) => ['scan', token] as const;

export const scanQuery = (token: string) =>
  queryOptions({
    queryKey: scanKey(token),
    queryFn: () => api<ScanForm>(`/scan/${enc(token)}`),
    staleTime: Infinity,
    gcTime: 0,
    retry: false,
  });

/** Returns the respondent's open draft for this instrument (and student), or starts one. */
export function startResponse(instrument: string, studentId?: string): Promise<ResponseView> {
  return api<ResponseView>('/responses', { method: 'POST', json: studentId ? { instrument, studentId } : { instrument } });
}

export function saveResponseAnswers(id: string, answers: AnswerPatch): Promise<ResponseView> {
  return api<ResponseView>(`/responses/${enc(id)}`, { method: 'PATCH', json: { answers } });
}

export function submitResponse(id: string): Promise<ResponseView> {
  return api<ResponseView>(`/responses/${enc(id)}/submit`, { method: 'POST' });
}

export function saveScanAnswers(token: string, answers: AnswerPatch): Promise<ScanForm> {
  return api<ScanForm>(`/scan/${enc(token)}`, { method: 'PATCH', json: { answers } });
}

export function submitScan(token: string): Promise<ScanForm> {
  return api<ScanForm>(`/scan/${enc(token)}/submit`, { method: 'POST' });
}

export function createInvitation(studentId: string, body: { name: string; email: string }): Promise<ScanInvitationCreated> {
  return api<ScanInvitationCreated>(`/students/${enc(studentId)}/scan-invitations`, { method: 'POST', json: body });
}

export function revokeInvitation(id: string): Promise<ScanInvitationView> {
  return api<ScanInvitationView>(`/scan-invitations/${enc(id)}/revoke`, { method: 'POST' });
}
