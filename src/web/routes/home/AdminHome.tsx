import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { Home } from '../../api/types';
import { Section } from '../../components/Page';
import { formatNumber } from '../../lib/format';

type AdminHomeData = Extract<Home, { kind: 'admin' }>;

export function AdminHome({ home }: { home: AdminHomeData }) {
  const { t } = useTranslation();
  const { counts } = home;
  return (
    <>
      <ul className="stat-grid" aria-label={t('home.admin.counts')}>
        <li className="stat card">
          <span className="stat-value">{formatNumber(counts.students)}</span>
          <span className="stat-label">{t('home.admin.students')}</span>
        </li>
        <li className="stat card">
          <span className="stat-value">{formatNumber(counts.staff)}</span>
          <span className="stat-label">{t('home.admin.staff')}</span>
        </li>
        <li className="stat card">
          <span className="stat-value">{formatNumber(counts.sectors)}</span>
          <span className="stat-label">{t('home.admin.sectors')}</span>
        </li>
        <li className="stat card">
          <span className="stat-value">{formatNumber(counts.programmes)}</span>
          <span className="stat-label">{t('home.admin.programmes')}</span>
        </li>
        <li className="stat card">
          <span className="stat-value">{formatNumber(counts.cohorts)}</span>
          <span className="stat-label">{t('home.admin.cohorts')}</span>
        </li>
        <li className="stat card">
          <span className="stat-value">{formatNumber(counts.outbox)}</span>
          <span className="stat-label">{t('home.admin.outbox')}</span>
        </li>
      </ul>
      <Section title={t('home.admin.tasks')}>
        <ul className="task-list">
          <li>
            <Link to="/admin/imports">{t('home.admin.importsLink')}</Link>
            <span>{t('home.admin.importsText')}</span>
          </li>
          <li>
            <Link to="/admin/assignments" search={{ counsellorId: undefined }}>
              {t('home.admin.assignmentsLink')}
            </Link>
            <span>{t('home.admin.assignmentsText')}</span>
          </li>
          <li>
            <Link to="/admin/users">{t('home.admin.usersLink')}</Link>
            <span>{t('home.admin.usersText')}</span>
          </li>
          <li>
            <Link to="/admin/structure">{t('home.admin.structureLink')}</Link>
            <span>{t('home.admin.structureText')}</span>
          </li>
          <li>
            <Link to="/admin/audit">{t('home.admin.auditLink')}</Link>
            <span>{t('home.admin.auditText')}</span>
          </li>
        </ul>
      </Section>
    </>
  );
}
