import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePagedList } from '../../api/paging';
import { useMe } from '../../api/queries';
import type { StudentRow } from '../../api/types';
import { TextField } from '../../components/Fields';
import { Page } from '../../components/Page';
import { EmptyState, QueryState } from '../../components/States';
import { LoadMore, TableWrap } from '../../components/Table';
import { useDebounced } from '../../lib/hooks';
import { nameOf } from '../../lib/format';

/** Counsellor: own caseload ("Mijn studenten"); administrator: every student. */
export function StudentsPage() {
  const { t } = useTranslation();
  const me = useMe();
  const [search, setSearch] = useState('');
  const q = useDebounced(search.trim());
  const list = usePagedList<StudentRow>(['students'], '/students', { q });
  const title = me.role === 'counsellor' ? t('students.mineTitle') : t('students.title');

  return (
    <Page
      title={title}
      intro={<p>{me.role === 'counsellor' ? t('students.mineIntro') : t('students.intro')}</p>}
    >
      <form className="toolbar" role="search" onSubmit={(event) => event.preventDefault()}>
        <TextField
          label={t('students.search')}
          type="search"
          value={search}
          onChange={(event) => setSearch(event.target.value)}
          autoComplete="off"
        />
      </form>
      <div aria-busy={list.isFetching}>
        <QueryState query={list}>
          {() =>
            list.items.length === 0 ? (
              q ? (
                <EmptyState title={t('students.noResults', { q })} />
              ) : (
                <EmptyState title={me.role === 'counsellor' ? t('students.emptyMine') : t('students.empty')}>
                  <p>{me.role === 'counsellor' ? t('students.emptyMineText') : t('students.emptyText')}</p>
                </EmptyState>
              )
            ) : (
              <>
                <TableWrap label={title}>
                  <table>
                    <thead>
                      <tr>
                        <th scope="col">{t('fields.name')}</th>
                        <th scope="col">{t('fields.studentNumber')}</th>
                        <th scope="col">{t('fields.programme')}</th>
                        <th scope="col">{t('fields.cohort')}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {list.items.map((student) => (
                        <tr key={student.id}>
                          <td>
                            <Link to="/students/$studentId" params={{ studentId: student.id }}>
                              {student.name}
                            </Link>
                          </td>
                          <td>{student.studentNumber}</td>
                          <td>{nameOf(student.programme) || '—'}</td>
                          <td>{nameOf(student.cohort) || '—'}</td>
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
