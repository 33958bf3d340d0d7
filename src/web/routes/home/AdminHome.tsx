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
          <Link to="/students" className="stat-label">
            {t('home.admin.students')}
          </Link>
        </li>
        <li className="stat card">
          <span className="stat-value">{formatNumber(counts.staff)}</span>
          <Link to="/admin/users" className="stat-label">
            {t('home.admin.staff')}
          </Link>
        </li>
        <li className="stat card">
          <span className="stat-value">{formatNumber(counts.sectors)}</span>
          <Link to="/admin/structure" className="stat-label">
            {t('home.admin.sectors')}
          </Link>
        </li>
        <li className="stat card">
          <span className="stat-value">{formatNumber(counts.programmes)}</span>
          <Link to="/admin/structure" className="stat-label">
            {t('home.admin.programmes')}
          </Link>
        </li>
        <li className="stat card">
          <span className="stat-value">{formatNumber(counts.cohorts)}</span>
          <Link to="/admin/structure" className="stat-label">
            {t('home.admin.cohorts')}
          </Link>
        </li>
        <li className="stat card">
          <span className="stat-value">{formatNumber(counts.outbox)}</span>
          <Link to="/admin/outbox" className="stat-label">
            {t('home.admin.outbox')}
          </Link>
        </li>
      </ul>
      <Section title={t('home.admin.tasks')}>
        <ul className="task-list">
          <li>
            <Link to="/admin/imports">{t('nav.imports')}</Link>
            <span>{t('home.admin.importsText')}</span>
          </li>
          <li>
            <Link to="/admin/assignments" search={{ counsellorId: undefined }}>
              {t('nav.assignments')}
            </Link>
            <span>{t('home.admin.assignmentsText')}</span>
          </li>
          <li>
            <Link to="/admin/users">{t('nav.users')}</Link>
            <span>{t('home.admin.usersText')}</span>
          </li>
          <li>
            <Link to="/admin/structure">{t('nav.structure')}</Link>
            <span>{t('home.admin.structureText')}</span>
          </li>
          <li>
            <Link to="/admin/audit">{t('nav.audit')}</Link>
            <span>{t('home.admin.auditText')}</span>
          </li>
        </ul>
      </Section>
    </>
  );
}
