import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { usePagedList } from '../../../api/paging';
import type { AuditEntry } from '../../../api/types';
import { TextField } from '../../../components/Fields';
import { Page, Section } from '../../../components/Page';
import { EmptyState, QueryState } from '../../../components/States';
import { LoadMore, TableWrap } from '../../../components/Table';
import { UserPicker, type PickedUser } from '../../../components/UserPicker';
import { formatDateTime } from '../../../lib/format';

interface Filters {
  actor: PickedUser | null;
  student: PickedUser | null;
  action: string;
  from: string;
  to: string;
}
const NO_FILTERS: Filters = { actor: null, student: null, action: '', from: '', to: '' };

/** Who did what, when, about which student. Filters apply when the form is submitted. */
export function AuditPage() {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<Filters>(NO_FILTERS);
  const [applied, setApplied] = useState<Filters>(NO_FILTERS);
  const list = usePagedList<AuditEntry>(['audit'], '/admin/audit', {
    actorId: applied.actor?.id,
    studentId: applied.student?.id,
    action: applied.action.trim(),
    from: applied.from,
    to: applied.to,
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setApplied(draft);
  };
  const reset = () => {
    setDraft(NO_FILTERS);
    setApplied(NO_FILTERS);
  };

  return (
    <Page title={t('audit.title')} intro={<p>{t('audit.intro')}</p>}>
      <Section title={t('audit.filters')}>
        <form className="form" onSubmit={submit}>
          <div className="form-row">
            <UserPicker label={t('audit.actor')} value={draft.actor} onChange={(actor) => setDraft({ ...draft, actor })} limit={6} />
            <UserPicker
              label={t('fields.student')}
              role="student"
              value={draft.student}
              onChange={(student) => setDraft({ ...draft, student })}
              limit={6}
            />
          </div>
          <div className="form-row">
            <TextField
              label={t('audit.action')}
              hint={t('audit.actionHint')}
              value={draft.action}
              onChange={(event) => setDraft({ ...draft, action: event.target.value })}
            />
            <TextField label={t('audit.from')} type="date" value={draft.from} onChange={(event) => setDraft({ ...draft, from: event.target.value })} />
            <TextField label={t('audit.to')} type="date" value={draft.to} onChange={(event) => setDraft({ ...draft, to: event.target.value })} />
          </div>
          <div className="form-actions">
            <button type="submit" className="button">
              {t('audit.apply')}
            </button>
            <button type="button" className="button button-secondary" onClick={reset}>
              {t('audit.reset')}
            </button>
          </div>
        </form>
      </Section>
      <div aria-busy={list.isFetching}>
        <QueryState query={list}>
          {() =>
            list.items.length === 0 ? (
              <EmptyState title={t('audit.empty')} />
            ) : (
              <>
                <TableWrap label={t('audit.title')}>
                  <table className="table-compact">
                    <thead>
                      <tr>
                        <th scope="col">{t('audit.at')}</th>
                        <th scope="col">{t('audit.actor')}</th>
                        <th scope="col">{t('audit.action')}</th>
                        <th scope="col">{t('fields.student')}</th>
                        <th scope="col">{t('audit.subject')}</th>
                        <th scope="col">{t('audit.detail')}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {list.items.map((entry) => (
                        <tr key={entry.id}>
                          <td className="nowrap">{formatDateTime(entry.at)}</td>
                          <td>{entry.actor?.name ?? t('audit.system')}</td>
                          <td>
                            <code>{entry.action}</code>
                          </td>
                          <td>{entry.student?.name ?? '—'}</td>
                          <td className="break">{entry.entityType ? `${entry.entityType}${entry.entityId ? ` ${shortId(entry.entityId)}` : ''}` : '—'}</td>
                          <td className="break">{describeDetail(entry.detail)}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </TableWrap>
                <LoadMore hasMore={!!list.hasNextPage} loading={list.isFetchingNextPage} onLoad={() => void list.fetchNextPage()} shown={list.items.length} />
              </>
            )
          }
        </QueryState>
      </div>
    </Page>
  );
}

function shortId(id: string): string {
  return id.length > 12 ? `${id.slice(0, 8)}…` : id;
}

/** Detail is free-form: show strings as they are, objects as `key: value` pairs. */
function describeDetail(detail: unknown): string {
  if (detail === null || detail === undefined || detail === '') return '—';
  if (typeof detail === 'string' || typeof detail === 'number' || typeof detail === 'boolean') return String(detail);
  if (typeof detail === 'object' && !Array.isArray(detail)) {
    const entries = Object.entries(detail as Record<string, unknown>);
    if (entries.length === 0) return '—';
    return entries.map(([key, value]) => `${key}: ${typeof value === 'object' ? JSON.stringify(value) : String(value)}`).join(', ');
  }
  return JSON.stringify(detail);
}
