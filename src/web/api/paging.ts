import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { api, type Query } from './client';
import type { Page } from './types';

export const PAGE_SIZE = 50;

/** A cursor-paged list (`{items, nextCursor}`) as one growing array with "load more". */
export function usePagedList<T>(key: readonly unknown[], path: string, query: Query = {}, enabled = true) {
  const result = useInfiniteQuery({
    queryKey: [...key, query],
    queryFn: ({ pageParam, signal }) =>
      api<Page<T>>(path, { signal }, { ...query, limit: query.limit ?? PAGE_SIZE, cursor: pageParam }),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    enabled,
    placeholderData: keepPreviousData,
  });
  const items = result.data?.pages.flatMap((page) => page.items) ?? [];
  return { ...result, items };
}
