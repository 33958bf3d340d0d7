import { useTranslation } from 'react-i18next';
import { useMe } from '../../api/queries';
import type { Home } from '../../api/types';
import { Section } from '../../components/Page';
import { EmptyState } from '../../components/States';

/** Second-line staff: referrals arrive here once counsellors start referring. */
export function SpecialistHome() {
  const { t } = useTranslation();
  return (
    <Section title={t('home.specialist.referrals')}>
      <EmptyState title={t('home.specialist.emptyTitle')}>
        <p>{t('home.specialist.emptyText')}</p>
      </EmptyState>
    </Section>
  );
}

type LinkedHomeData = Extract<Home, { kind: 'linked' }>;

/** Parents and placement supervisors: the students they are linked to. */
export function LinkedHome({ home }: { home: LinkedHomeData }) {
  const { t } = useTranslation();
  const me = useMe();
  const role = me.role === 'parent' ? 'parent' : 'supervisor';
  return (
    <Section title={t('home.linked.students')} description={<p>{t(`home.linked.explain.${role}`)}</p>}>
      {home.students.length === 0 ? (
        <EmptyState title={t('home.linked.emptyTitle')}>
          <p>{t('home.linked.emptyText')}</p>
        </EmptyState>
      ) : (
        <ul className="person-list">
          {home.students.map((student) => (
            <li key={student.id}>
              <span className="avatar" aria-hidden="true">
                {student.name.slice(0, 1).toUpperCase()}
              </span>
              <span>
                <strong>{student.name}</strong>
                <span className="muted block">{t('home.linked.nothingShared')}</span>
              </span>
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}
