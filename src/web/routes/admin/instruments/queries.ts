import { queryOptions } from '@tanstack/react-query';
import type { AdminInstrumentVersion, Psychometrics } from '../../../../shared/competencies';
import { api } from '../../../api/client';

export const instrumentsQuery = queryOptions({
  queryKey: ['admin', 'instruments'],
  queryFn: ({ signal }) => api<{ items: AdminInstrumentVersion[] }>('/admin/instruments', { signal }),
});

export const psychometricsQuery = (id: string) =>
  queryOptions({
    queryKey: ['admin', 'instruments', id, 'psychometrics'],
    queryFn: ({ signal }) => api<Psychometrics>(`/admin/instruments/${encodeURIComponent(id)}/psychometrics`, { signal }),
  });
