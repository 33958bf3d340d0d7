import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../../api/client';
import { usePagedList } from '../../../api/paging';
import { ROLES, type AdminUser, type Role } from '../../../api/types';
import { FormError } from '../../../components/Feedback';
import { SelectField, TextField } from '../../../components/Fields';
import { Page } from '../../../components/Page';
import { EmptyState, QueryState } from '../../../components/States';
import { LoadMore, TableWrap } from '../../../components/Table';
import { useDebounced } from '../../../lib/hooks';
import { NewUserForm } from './NewUserForm';

export function UsersPage() {
  const { t } = useTranslation();
  const [role, setRole] = useState<Role | ''>('');
  const [search, setSearch] = useState('');
  const [creating, setCreating] = useState(false);
  const q = useDebounced(search.trim());
  const list = usePagedList<AdminUser>(['admin-users'], '/admin/users', { role, q });
  const queryClient = useQueryClient();
  const toggle = useMutation({
    mutationFn: (user: AdminUser) =>
      api(`/admin/users/${encodeURIComponent(user.id)}`, { method: 'PATCH', json: { active: !user.active } }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['admin-users'] }),
  });

  return (
    <Page
      title={t('users.title')}
      intro={<p>{t('users.intro')}</p>}
      actions={
        !creating && (
          <button type="button" className="button" onClick={() => setCreating(true)}>
            {t('users.new')}
          </button>
        )
      }
    >
      {creating && <NewUserForm onClose={() => setCreating(false)} />}
      <form className="toolbar" role="search" onSubmit={(event) => event.preventDefault()}>
        <SelectField label={t('users.filterRole')} value={role} onChange={(event) => setRole(event.target.value as Role | '')}>
          <option value="">{t('users.allRoles')}</option>
          {ROLES.map((value) => (
            <option key={value} value={value}>
              {t(`roles.${value}`)}
            </option>
          ))}
        </SelectField>
        <TextField
          label={t('users.search')}
          hint={t('users.searchHint')}
          type="search"
          value={search}
          onChange={(event) => setSearch(event.target.value)}
          autoComplete="off"
        />
      </form>
      <FormError error={toggle.error} />
      <div aria-busy={list.isFetching}>
        <QueryState query={list}>
          {() =>
            list.items.length === 0 ? (
              <EmptyState title={q || role ? t('users.noResults') : t('users.empty')} />
            ) : (
              <>
                <TableWrap label={t('users.title')}>
                  <table>
                    <thead>
                      <tr>
                        <th scope="col">{t('users.nameAndEmail')}</th>
                        <th scope="col">{t('fields.role')}</th>
                        <th scope="col">{t('fields.studentNumber')}</th>
                        <th scope="col">{t('fields.status')}</th>
                        <th scope="col">
                          <span className="visually-hidden">{t('common.actions')}</span>
                        </th>
                      </tr>
                    </thead>
                    <tbody>
                      {list.items.map((user) => (
                        <tr key={user.id} className={user.active ? undefined : 'is-history'}>
                          <td>
                            {user.role === 'student' ? (
                              <Link to="/students/$studentId" params={{ studentId: user.id }}>
                                {user.name}
                              </Link>
                            ) : user.role === 'counsellor' ? (
                              <Link to="/admin/assignments" search={{ counsellorId: user.id }}>
                                {user.name}
                              </Link>
                            ) : (
                              user.name
                            )}
                            {user.email && <span className="muted block small">{user.email}</span>}
                          </td>
                          <td>{t(`roles.${user.role}`)}</td>
                          <td>{user.studentNumber ?? '—'}</td>
                          <td>
                            <span className={user.active ? 'badge badge-ok' : 'badge'}>
                              {user.active ? t('users.active') : t('users.inactive')}
                            </span>
                          </td>
                          <td>
                            <button
                              type="button"
                              className="button button-small button-secondary"
                              onClick={() => toggle.mutate(user)}
                              disabled={toggle.isPending && toggle.variables?.id === user.id}
                            >
                              {user.active ? t('users.deactivate') : t('users.activate')}
                              <span className="visually-hidden"> {user.name}</span>
                            </button>
                          </td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </TableWrap>
                <LoadMore
                  hasMore={!!list.hasNextPage}
                  loading={list.isFetchingNextPage}
                  onLoad={() => void list.fetchNextPage()}
                  shown={list.items.length}
                />
              </>
            )
          }
        </QueryState>
      </div>
    </Page>
  );
}
