import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, fieldErrors } from '../../../api/client';
import type { AdminUser, Page } from '../../../api/types';
import { FormError, StatusMessage } from '../../../components/Feedback';
import { TextField } from '../../../components/Fields';
import { Section } from '../../../components/Page';
import { useDebounced } from '../../../lib/hooks';
import { today } from '../../../lib/format';

interface AssignResult {
  created: number;
  skipped: number;
  skippedStudents: { id: string; name: string }[];
}

/** Search students, tick several, and link them to the counsellor from a start date. */
export function AddStudents({ counsellorId, assignedIds }: { counsellorId: string; assignedIds: Set<string> }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [search, setSearch] = useState('');
  const q = useDebounced(search.trim());
  const [selected, setSelected] = useState<Map<string, string>>(new Map());
  const [startDate, setStartDate] = useState(today());
  const [result, setResult] = useState<AssignResult | null>(null);

  const results = useQuery({
    queryKey: ['admin-users', 'students', q],
    queryFn: () => api<Page<AdminUser>>('/admin/users', {}, { role: 'student', q, limit: 20 }),
    enabled: q.length > 0,
  });
  const assign = useMutation({
    mutationFn: () =>
      api<AssignResult>('/admin/assignments', {
        method: 'POST',
        json: { counsellorId, studentIds: [...selected.keys()], startDate },
      }),
    onSuccess: async (answer) => {
      setResult(answer);
      setSelected(new Map());
      setSearch('');
      await queryClient.invalidateQueries({ queryKey: ['assignments', counsellorId] });
      await queryClient.invalidateQueries({ queryKey: ['students'] });
    },
  });

  const toggle = (user: AdminUser) => {
    setSelected((current) => {
      const next = new Map(current);
      if (next.has(user.id)) next.delete(user.id);
      else next.set(user.id, user.name);
      return next;
    });
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setResult(null);
    assign.mutate();
  };

  const items = results.data?.items ?? [];
  return (
    <Section title={t('assignments.add')} description={<p>{t('assignments.addIntro')}</p>}>
      <form className="form" onSubmit={submit}>
        <FormError error={assign.error} />
        <TextField
          label={t('assignments.searchStudents')}
          type="search"
          value={search}
          onChange={(event) => setSearch(event.target.value)}
          autoComplete="off"
        />
        <div aria-busy={results.isFetching}>
          {results.isSuccess && items.length === 0 && <p className="muted">{t('picker.none')}</p>}
          {items.length > 0 && (
            <fieldset className="check-list">
              <legend className="visually-hidden">{t('assignments.searchResults')}</legend>
              {items.map((user) => {
                const already = assignedIds.has(user.id);
                return (
                  <label key={user.id} className={already ? 'check-item is-disabled' : 'check-item'}>
                    <input
                      type="checkbox"
                      checked={already || selected.has(user.id)}
                      disabled={already}
                      onChange={() => toggle(user)}
                    />
                    <span>
                      {user.name}
                      <span className="muted">
                        {' '}
                        {user.studentNumber}
                        {already && ` · ${t('assignments.alreadyLinked')}`}
                      </span>
                    </span>
                  </label>
                );
              })}
            </fieldset>
          )}
        </div>
        {selected.size > 0 && (
          <p>
            <strong>{t('assignments.selected', { count: selected.size })}</strong>{' '}
            {[...selected.values()].join(', ')}
          </p>
        )}
        <div className="form-row">
          <TextField
            label={t('fields.startDate')}
            type="date"
            required
            value={startDate}
            onChange={(event) => setStartDate(event.target.value)}
            error={fieldErrors(assign.error).startDate}
          />
        </div>
        <div className="form-actions">
          <button type="submit" className="button" disabled={assign.isPending || selected.size === 0 || !startDate}>
            {t('assignments.link', { count: selected.size })}
          </button>
        </div>
        <StatusMessage>
          {result &&
            [
              t('assignments.added', { count: result.created }),
              result.skipped > 0
                ? t('assignments.skipped', {
                    count: result.skipped,
                    names: result.skippedStudents.map((s) => s.name).join(', '),
                  })
                : '',
            ].join(' ')}
        </StatusMessage>
      </form>
    </Section>
  );
}
