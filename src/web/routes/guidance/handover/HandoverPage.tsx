import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../../api/client';
import { useMe } from '../../../api/queries';
import type { Assignment } from '../../../api/types';
import { Page, Section } from '../../../components/Page';
import { EmptyState, QueryState } from '../../../components/States';
import { UserPicker, type PickedUser } from '../../../components/UserPicker';
import { hasEnded } from '../../../lib/format';
import { caseloadQuery } from '../guidanceApi';
import { CounsellorPicker } from './CounsellorPicker';
import { HandoverForm, type HandoverStudent } from './HandoverForm';

/** Overdracht: an administrator moves any counsellor's students; a counsellor hands over their own. */
export function HandoverPage() {
  const { t } = useTranslation();
  const me = useMe();
  return (
    <Page title={t('guidance.handover.title')} intro={<p>{me.role === 'admin' ? t('guidance.handover.adminIntro') : t('guidance.handover.counsellorIntro')}</p>}>
      {me.role === 'admin' ? <AdminHandover /> : <OwnHandover meId={me.id} />}
    </Page>
  );
}

function TargetError({ error }: { error: string | undefined }) {
  return error ? (
    <p className="field-error" role="alert" tabIndex={-1}>
      {error}
    </p>
  ) : null;
}

function AdminHandover() {
  const { t } = useTranslation();
  const [from, setFrom] = useState<PickedUser | null>(null);
  const [to, setTo] = useState<PickedUser | null>(null);
  const assignments = useQuery({
    queryKey: ['assignments', from?.id ?? ''],
    queryFn: ({ signal }) => api<{ items: Assignment[] }>('/admin/assignments', { signal }, { counsellorId: from?.id }),
    enabled: !!from,
  });
  return (
    <div className="stack">
      <Section title={t('guidance.handover.fromTitle')}>
        <UserPicker label={t('guidance.handover.from')} role="counsellor" value={from} onChange={setFrom} listWhenEmpty />
      </Section>
      {from && (
        <Section title={t('guidance.handover.whatTitle', { name: from.name })}>
          <QueryState query={assignments}>
            {({ items }) => {
              const students: HandoverStudent[] = items.filter((a) => !hasEnded(a.endDate)).map((a) => ({ id: a.student.id, name: a.student.name }));
              return students.length === 0 ? (
                <EmptyState title={t('guidance.handover.noStudents', { name: from.name })} />
              ) : (
                <HandoverForm
                  key={from.id}
                  fromId={from.id}
                  students={students}
                  target={to}
                  renderTarget={(error) => (
                    <div className="field">
                      <UserPicker label={t('guidance.handover.to')} role="counsellor" value={to} onChange={setTo} listWhenEmpty />
                      <TargetError error={error} />
                    </div>
                  )}
                />
              );
            }}
          </QueryState>
        </Section>
      )}
    </div>
  );
}

function OwnHandover({ meId }: { meId: string }) {
  const { t, i18n } = useTranslation();
  const [to, setTo] = useState<PickedUser | null>(null);
  const caseload = useQuery(caseloadQuery({ sort: 'name' }, i18n.language));
  return (
    <Section title={t('guidance.handover.ownTitle')}>
      <QueryState query={caseload}>
        {(rows) =>
          rows.length === 0 ? (
            <EmptyState title={t('guidance.caseload.empty')} />
          ) : (
            <HandoverForm
              fromId={meId}
              students={rows.map((row) => ({ id: row.studentId, name: row.name, detail: row.cohort }))}
              target={to}
              renderTarget={(error) => (
                <div className="field">
                  <CounsellorPicker label={t('guidance.handover.to')} value={to} onChange={setTo} excludeId={meId} />
                  <TargetError error={error} />
                </div>
              )}
            />
          )
        }
      </QueryState>
    </Section>
  );
}
