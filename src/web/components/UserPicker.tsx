import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import type { AdminUser, Page, Role } from '../api/types';
import { useDebounced } from '../lib/hooks';
import { TextField } from './Fields';

export interface PickedUser {
  id: string;
  name: string;
  email?: string | null;
}

/**
 * Choose one person through the administrators' user search (GET /api/admin/users?q=).
 * A search box with a short list of matches as buttons; keyboard friendly, no custom combobox.
 */
export function UserPicker({
  label,
  role,
  value,
  onChange,
  limit = 8,
  listWhenEmpty = false,
}: {
  label: string;
  role?: Role;
  value: PickedUser | null;
  onChange: (user: PickedUser | null) => void;
  limit?: number;
  /** Also list people before anything is typed (handy when the group is small, e.g. counsellors). */
  listWhenEmpty?: boolean;
}) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const q = useDebounced(search.trim());
  const resultsId = useId();
  const results = useQuery({
    queryKey: ['admin-users', 'picker', role ?? '', q, limit],
    queryFn: () => api<Page<AdminUser>>('/admin/users', {}, { role, q, limit }),
    enabled: !value && (listWhenEmpty || q.length > 0),
  });

  if (value) {
    return (
      <div className="picker picker-chosen">
        <span className="field-label">{label}</span>
        <p>
          <strong>{value.name}</strong>
          {value.email && <span className="muted"> · {value.email}</span>}{' '}
          <button type="button" className="button button-small button-secondary" onClick={() => onChange(null)}>
            {t('picker.change')}
            <span className="visually-hidden"> ({label})</span>
          </button>
        </p>
      </div>
    );
  }

  const items = results.data?.items ?? [];
  return (
    <div className="picker">
      <TextField
        label={label}
        type="search"
        value={search}
        onChange={(event) => setSearch(event.target.value)}
        autoComplete="off"
        aria-controls={resultsId}
        hint={t('picker.hint')}
      />
      <p className="visually-hidden" role="status">
        {results.isSuccess && q ? t('picker.results', { count: items.length }) : ''}
      </p>
      <div id={resultsId} aria-busy={results.isFetching}>
        {results.isError && <p className="field-error">{t('picker.error')}</p>}
        {results.isSuccess && items.length === 0 && <p className="muted">{t('picker.none')}</p>}
        {items.length > 0 && (
          <ul className="picker-results">
            {items.map((user) => (
              <li key={user.id}>
                <button
                  type="button"
                  className="picker-option"
                  onClick={() => onChange({ id: user.id, name: user.name, email: user.email })}
                >
                  <span>{user.name}</span>
                  <span className="muted">
                    {[user.studentNumber, user.email].filter(Boolean).join(' · ')}
                  </span>
                </button>
              </li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}
