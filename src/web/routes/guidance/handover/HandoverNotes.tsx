import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../../api/queries';
import { Section } from '../../../components/Page';
import { formatDate } from '../../../lib/format';
import { studentHandoversQuery } from '../guidanceApi';

/**
 * Handover notes in a student's file, for the counsellor who took the student over. Shows nothing
 * for other roles, while loading, when there are none, or when the server does not share them.
 */
export function HandoverNotes({ studentId }: { studentId: string }) {
  const me = useMe();
  if (me.role !== 'counsellor') return null;
  return <Notes studentId={studentId} />;
}

function Notes({ studentId }: { studentId: string }) {
  const { t } = useTranslation();
  const query = useQuery({ ...studentHandoversQuery(studentId), retry: false });
  const items = query.data?.items ?? [];
  if (items.length === 0) return null;
  return (
    <Section title={t('guidance.handoverNotes.title')}>
      <ol className="handover-notes">
        {items.map((handover) => (
          <li key={handover.id}>
            <p className="small muted">
              {t('guidance.handoverNotes.meta', { from: handover.from.name, to: handover.to.name, date: formatDate(handover.createdAt) })}
            </p>
            <blockquote className="pre-wrap">{handover.note}</blockquote>
          </li>
        ))}
      </ol>
    </Section>
  );
}
