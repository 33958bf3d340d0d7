import { queryOptions } from '@tanstack/react-query';
import { api } from '../../api/client';
import type { LobScanAction, LobScanRef, LobScanResults } from '../../../shared/lob-scan';

export type { LobScanAction, LobScanRef, LobScanResults };

const enc = encodeURIComponent;

export const lobScansQuery = () => queryOptions({ queryKey: ['lob-scans'], queryFn: () => api<{ items: LobScanRef[] }>('/lob-scans') });
export const lobScanQuery = (id: string) => queryOptions({ queryKey: ['lob-scans', id], queryFn: () => api<LobScanResults>(`/lob-scans/${enc(id)}`) });

export const savePriorities = (id: string, priorities: { themeCode: string; rank: number; rationale: string }[]) =>
  api(`/lob-scans/${enc(id)}/priorities`, { method: 'PUT', json: { priorities } });
export const addAction = (id: string, action: { themeCode: string; what: string; who: string; dueOn: string }) =>
  api<LobScanAction>(`/lob-scans/${enc(id)}/actions`, { method: 'POST', json: action });
export const updateAction = (id: string, patch: { status?: LobScanAction['status']; reviewNote?: string }) =>
  api<LobScanAction>(`/lob-scan-actions/${enc(id)}`, { method: 'PATCH', json: patch });
export const removeAction = (id: string) => api(`/lob-scan-actions/${enc(id)}`, { method: 'DELETE' });

export const score = (v: number | null, lang: string) => (v === null ? '–' : v.toLocaleString(lang === 'en' ? 'en-GB' : 'nl-NL', { minimumFractionDigits: 1, maximumFractionDigits: 2 }));
