import { queryOptions, type QueryClient } from '@tanstack/react-query';
import type {
  CaseloadRow,
  GuidanceStats,
  HandoverCreate,
  HandoverView,
  Light,
  ReferralAction,
  ReferralCreate,
  ReferralSummary,
  ReferralView,
  SecondLineDashboard,
  SignalCode,
  SignalSettings,
} from '../../../shared/guidance';
import { api } from '../../api/client';

const enc = encodeURIComponent;

export type CaseloadSort = 'light' | 'name' | 'lastConversation';

export interface CaseloadFilter {
  q?: string;
  signal?: SignalCode;
  light?: Light;
  sort?: CaseloadSort;
}

export const guidanceKey = ['guidance'] as const;
export const caseloadKey = [...guidanceKey, 'caseload'] as const;
export const referralKey = (id: string) => [...guidanceKey, 'referral', id] as const;
export const studentReferralsKey = (studentId: string) => [...guidanceKey, 'student-referrals', studentId] as const;
export const dashboardKey = [...guidanceKey, 'dashboard'] as const;

/**
 * The caseload as the server filters and sorts it. The explanations come in the viewer's language,
 * so the language is part of the key: switching language fetches them again.
 */
export const caseloadQuery = (filter: CaseloadFilter, language: string) =>
  queryOptions({
    queryKey: [...caseloadKey, language, filter],
    queryFn: ({ signal }) =>
      api<CaseloadRow[]>('/caseload', { signal }, { q: filter.q, signal: filter.signal, light: filter.light, sort: filter.sort ?? 'light' }),
  });

export const referralQuery = (id: string) =>
  queryOptions({
    queryKey: referralKey(id),
    queryFn: ({ signal }) => api<ReferralView>(`/referrals/${enc(id)}`, { signal }),
  });

export const studentReferralsQuery = (studentId: string) =>
  queryOptions({
    queryKey: studentReferralsKey(studentId),
    queryFn: ({ signal }) => api<{ items: ReferralSummary[] }>(`/students/${enc(studentId)}/referrals`, { signal }),
  });

export const dashboardQuery = queryOptions({
  queryKey: dashboardKey,
  queryFn: ({ signal }) => api<SecondLineDashboard>('/referrals/dashboard', { signal }),
});

export const studentHandoversQuery = (studentId: string) =>
  queryOptions({
    queryKey: [...guidanceKey, 'handovers', studentId],
    queryFn: ({ signal }) => api<{ items: HandoverView[] }>(`/students/${enc(studentId)}/handovers`, { signal }),
  });

export const counsellorsQuery = (q: string) =>
  queryOptions({
    queryKey: [...guidanceKey, 'counsellors', q],
    queryFn: ({ signal }) => api<{ items: { id: string; name: string }[] }>('/counsellors', { signal }, { q }),
  });

export const signalSettingsQuery = queryOptions({
  queryKey: [...guidanceKey, 'signal-settings'],
  queryFn: ({ signal }) => api<SignalSettings>('/admin/signal-settings', { signal }),
});

export const guidanceStatsQuery = queryOptions({
  queryKey: [...guidanceKey, 'stats'],
  queryFn: ({ signal }) => api<GuidanceStats>('/stats/guidance', { signal }),
});

export function createReferral(body: ReferralCreate): Promise<ReferralView> {
  return api<ReferralView>('/referrals', { method: 'POST', json: body });
}

export function referralAction(id: string, body: ReferralAction): Promise<ReferralView> {
  return api<ReferralView>(`/referrals/${enc(id)}/actions`, { method: 'POST', json: body });
}

export function setStepDone(stepId: string, done: boolean): Promise<ReferralView> {
  return api<ReferralView>(`/referral-steps/${enc(stepId)}`, { method: 'PATCH', json: { done } });
}

export function createHandover(body: HandoverCreate): Promise<HandoverView> {
  return api<HandoverView>('/handovers', { method: 'POST', json: body });
}

export function saveSignalSettings(body: SignalSettings): Promise<SignalSettings> {
  return api<SignalSettings>('/admin/signal-settings', { method: 'PUT', json: body });
}

/** After a referral changed: its own view is the answer; the lists that show it are refetched. */
export async function referralChanged(queryClient: QueryClient, referral: ReferralView): Promise<void> {
  queryClient.setQueryData(referralKey(referral.id), referral);
  await Promise.all([
    queryClient.invalidateQueries({ queryKey: dashboardKey }),
    queryClient.invalidateQueries({ queryKey: studentReferralsKey(referral.student.id) }),
    queryClient.invalidateQueries({ queryKey: caseloadKey }),
  ]);
}
