import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../api/client';
import { structureQuery } from '../../../api/queries';

/** Create (POST) or update (PATCH) one structure entity, then refresh the tree. */
export function useSaveEntity(kind: 'sectors' | 'programmes' | 'cohorts', id: string | undefined, onDone: () => void) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: Record<string, unknown>) =>
      id
        ? api(`/admin/${kind}/${encodeURIComponent(id)}`, { method: 'PATCH', json: body })
        : api(`/admin/${kind}`, { method: 'POST', json: body }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: structureQuery.queryKey });
      await queryClient.invalidateQueries({ queryKey: ['home'] });
      onDone();
    },
  });
}

/** The school year that is running today ("2026-2027"; a new one starts on 1 August). */
export function currentSchoolYear(date = new Date()): string {
  const start = date.getMonth() >= 7 ? date.getFullYear() : date.getFullYear() - 1;
  return `${start}-${start + 1}`;
}

export const SCHOOL_YEAR_PATTERN = /^(\d{4})-(\d{4})$/;

export function isSchoolYear(value: string): boolean {
  const match = SCHOOL_YEAR_PATTERN.exec(value);
  return !!match && Number(match[2]) === Number(match[1]) + 1;
}
