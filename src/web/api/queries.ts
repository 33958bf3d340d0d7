import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from './client';
import type { DemoInfo, Me, Structure } from './types';

export const meQuery = queryOptions({
  queryKey: ['me'],
  queryFn: () => api<Me>('/me', { quiet: true }),
  staleTime: 5 * 60_000,
  retry: false,
});

export const demoQuery = queryOptions({
  queryKey: ['demo'],
  queryFn: () => api<DemoInfo>('/demo'),
  staleTime: Infinity,
  retry: false,
});

export const structureQuery = queryOptions({
  queryKey: ['structure'],
  queryFn: () => api<Structure>('/structure'),
});

/** The signed-in user. Only used below the authenticated layout, where `me` is always loaded. */
export function useMe(): Me {
  const { data } = useQuery(meQuery);
  if (!data) throw new Error('useMe() used outside the signed-in part of the app');
  return data;
}
