import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../../api/client';
import type { ImportDetail } from '../../../api/types';
import { Page, Section } from '../../../components/Page';
import { QueryState } from '../../../components/States';
import { formatDateTime, formatNumber } from '../../../lib/format';
import { ImportErrors } from './ImportErrors';
import { StatusBadge } from './StatusBadge';
import { Steps } from './Steps';

const ACTIVE = new Set(['queued', 'running']);

/** Step 3: progress of a started import (polled every second) and its result. */
export function ImportDetailPage({ importId }: { importId: string }) {
  const { t } = useTranslation();
  const job = useQuery({
    queryKey: ['import', importId],
    queryFn: () => api<ImportDetail>(`/admin/imports/${encodeURIComponent(importId)}`),
    refetchInterval: (query) => (query.state.data && !ACTIVE.has(query.state.data.status) ? false : 1000),
    staleTime: 0,
  });

  return (
    <Page
      title={t('imports.detailTitle')}
      intro={job.data && <p className="break">{job.data.filename}</p>}
      actions={
        <Link to="/admin/imports" className="button button-secondary" activeOptions={{ exact: true }}>
          {t('imports.backToImports')}
        </Link>
      }
    >
      <Steps current={3} />
      <QueryState query={job}>{(data) => <ImportProgress job={data} />}</QueryState>
    </Page>
  );
}

function ImportProgress({ job }: { job: ImportDetail }) {
  const { t } = useTranslation();
  const progressId = useId();
  const active = ACTIVE.has(job.status);
  const total = Math.max(job.totalRows, 1);
  if (job.status === 'uploaded') {
    return (
      <div className="card prose">
        <p>{t('imports.notStarted')}</p>
        <p>
          <Link to="/admin/imports" className="button">
            {t('imports.otherFile')}
          </Link>
        </p>
      </div>
    );
  }
  return (
    <div className="stack">
      <Section title={t('imports.progress')} actions={<StatusBadge status={job.status} />}>
        <div className="progress-block" aria-busy={active}>
          <label htmlFor={progressId}>{t('imports.progressLabel')}</label>
          <progress id={progressId} max={total} value={Math.min(job.processedRows, total)}>
            {Math.round((job.processedRows / total) * 100)}%
          </progress>
          <p className="visually-hidden" role="status">
            {job.status === 'done' ? t('imports.doneText', { count: job.totalRows, rows: formatNumber(job.totalRows) }) : ''}
            {job.status === 'failed' ? t('imports.failedText') : ''}
          </p>
          <p>
            {job.status === 'done'
              ? t('imports.doneText', { count: job.totalRows, rows: formatNumber(job.totalRows) })
              : job.status === 'failed'
                ? t('imports.failedText')
                : t('imports.processed', { processed: formatNumber(job.processedRows), total: formatNumber(job.totalRows) })}
          </p>
        </div>
        {job.failure && (
          <div className="notice notice-error" role="alert">
            {job.failure}
          </div>
        )}
        <ul className="stat-grid stat-grid-small" aria-label={t('imports.result')}>
          <Stat label={t('imports.inserted')} value={job.inserted} />
          <Stat label={t('imports.updated')} value={job.updated} />
          <Stat label={t('imports.unchanged')} value={job.unchanged} />
          <Stat label={t('imports.skipped')} value={job.skipped} />
          <Stat label={t('imports.errors')} value={job.errorCount} />
        </ul>
        <p className="muted">
          {t('imports.startedAt', { at: formatDateTime(job.createdAt) })}
          {job.finishedAt && ` · ${t('imports.finishedAt', { at: formatDateTime(job.finishedAt) })}`}
        </p>
      </Section>
      {job.errors.length > 0 && (
        <Section title={t('imports.errorsSection')}>
          <ImportErrors errors={job.errors} total={job.errorCount} />
        </Section>
      )}
      {job.status === 'done' && (
        <p>
          <Link to="/students" className="button">
            {t('imports.toStudents')}
          </Link>
        </p>
      )}
    </div>
  );
}

function Stat({ label, value }: { label: string; value: number }) {
  return (
    <li className="stat card">
      <span className="stat-value">{formatNumber(value)}</span>
      <span className="stat-label">{label}</span>
    </li>
  );
}
