import { useQuery } from '@tanstack/react-query';
import { Link, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../../api/client';
import type { AdminUser, Assignment } from '../../../api/types';
import { Page, Section } from '../../../components/Page';
import { EmptyState, QueryState } from '../../../components/States';
import { TableWrap } from '../../../components/Table';
import { UserPicker, type PickedUser } from '../../../components/UserPicker';
import { formatDate, hasEnded } from '../../../lib/format';
import { AddStudents } from './AddStudents';
import { EndAssignment } from './EndAssignment';

export const assignmentsKey = (counsellorId: string) => ['assignments', counsellorId] as const;

/** Koppelingen: a counsellor's caseload (who, since when), their history, adding and ending. */
export function AssignmentsPage({ counsellorId }: { counsellorId: string | undefined }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [picked, setPicked] = useState<PickedUser | null>(null);
  const assignments = useQuery({
    queryKey: assignmentsKey(counsellorId ?? ''),
    queryFn: () => api<{ items: Assignment[] }>('/admin/assignments', {}, { counsellorId, includeEnded: 'true' }),
    enabled: !!counsellorId,
  });
  // The counsellor's own record names them even when they have no koppelingen yet (deep links).
  const counsellor = useQuery({
    queryKey: ['admin-user', counsellorId ?? ''],
    queryFn: () => api<AdminUser>(`/admin/users/${encodeURIComponent(counsellorId ?? '')}`),
    enabled: !!counsellorId && picked?.id !== counsellorId,
  });

  const choose = (user: PickedUser | null) => {
    setPicked(user);
    void navigate({ to: '/admin/assignments', search: { counsellorId: user?.id } });
  };
  const name =
    (picked?.id === counsellorId ? picked?.name : undefined) ??
    counsellor.data?.name ??
    t('assignments.thisCounsellor');
  const chosen = counsellorId ? { id: counsellorId, name, email: picked?.email ?? counsellor.data?.email } : null;

  return (
    <Page title={t('assignments.title')} intro={<p>{t('assignments.intro')}</p>}>
      <div className="card">
        <UserPicker label={t('assignments.counsellor')} role="counsellor" value={chosen} onChange={choose} listWhenEmpty />
      </div>
      {counsellorId && (
        <QueryState query={assignments}>
          {(data) => <Caseload counsellorId={counsellorId} name={name} items={data.items} />}
        </QueryState>
      )}
    </Page>
  );
}

function Caseload({ counsellorId, name, items }: { counsellorId: string; name: string; items: Assignment[] }) {
  const { t } = useTranslation();
  const [ending, setEnding] = useState<string | null>(null);
  const current = items.filter((a) => !hasEnded(a.endDate));
  const history = items.filter((a) => hasEnded(a.endDate));

  return (
    <div className="stack">
      <Section title={t('assignments.current', { name })} description={<p>{t('assignments.currentCount', { count: current.length })}</p>}>
        {current.length === 0 ? (
          <EmptyState title={t('assignments.noCurrent')} />
        ) : (
          <TableWrap label={t('assignments.current', { name })}>
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('fields.student')}</th>
                  <th scope="col">{t('fields.period')}</th>
                  <th scope="col">
                    <span className="visually-hidden">{t('common.actions')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {current.map((assignment) => (
                  <tr key={assignment.id}>
                    <td>
                      <Link to="/students/$studentId" params={{ studentId: assignment.student.id }}>
                        {assignment.student.name}
                      </Link>
                    </td>
                    <td>
                      {assignment.endDate
                        ? t('common.periodClosed', { from: formatDate(assignment.startDate), to: formatDate(assignment.endDate) })
                        : t('common.periodOpen', { from: formatDate(assignment.startDate) })}
                    </td>
                    <td>
                      {ending === assignment.id ? (
                        <EndAssignment assignment={assignment} counsellorId={counsellorId} onDone={() => setEnding(null)} />
                      ) : (
                        <button type="button" className="button button-small button-secondary" onClick={() => setEnding(assignment.id)}>
                          {t('assignments.end')}
                          <span className="visually-hidden"> {t('assignments.endHidden', { name: assignment.student.name })}</span>
                        </button>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableWrap>
        )}
      </Section>
      <AddStudents counsellorId={counsellorId} assignedIds={new Set(current.map((a) => a.student.id))} />
      <Section title={t('assignments.history')}>
        {history.length === 0 ? (
          <EmptyState title={t('assignments.noHistory')} />
        ) : (
          <TableWrap label={t('assignments.history')}>
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('fields.student')}</th>
                  <th scope="col">{t('fields.from')}</th>
                  <th scope="col">{t('fields.to')}</th>
                </tr>
              </thead>
              <tbody>
                {history.map((assignment) => (
                  <tr key={assignment.id} className="is-history">
                    <td>
                      <Link to="/students/$studentId" params={{ studentId: assignment.student.id }}>
                        {assignment.student.name}
                      </Link>
                    </td>
                    <td>{formatDate(assignment.startDate)}</td>
                    <td>{formatDate(assignment.endDate)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableWrap>
        )}
      </Section>
    </div>
  );
}
