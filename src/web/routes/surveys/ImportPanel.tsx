import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CampaignDetail, ImportReport } from '../../../shared/surveys';
import { ApiError } from '../../api/client';
import { FormError, StatusMessage } from '../../components/Feedback';
import { Section } from '../../components/Page';
import { TableWrap } from '../../components/Table';
import { formatDateTime } from '../../lib/format';
import { campaignKey, importFile, templateUrl } from './surveyApi';

/** Check a CSV, see every problem by row and column, then save it whole. */
export function ImportPanel({ campaign }: { campaign: CampaignDetail }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const fileId = useId();
  const [file, setFile] = useState<File | null>(null);
  const [report, setReport] = useState<ImportReport | null>(null);
  const run = useMutation({
    mutationFn: (mode: 'check' | 'apply') => importFile(campaign.id, file as File, mode),
    onSuccess: (result) => {
      setReport(result);
      void queryClient.invalidateQueries({ queryKey: campaignKey(campaign.id) });
    },
    onError: (error) => {
      // A refused apply carries the problems too; show them like a check.
      if (error instanceof ApiError && error.id === 'survey_import_has_errors') setReport(null);
    },
  });

  return (
    <Section title={t('surveys.import.title')} description={<p>{t('surveys.import.intro')}</p>}>
      <p>
        <a href={templateUrl(campaign.id)} download>
          {t('surveys.import.template')}
        </a>
      </p>
      <div className="field">
        <label className="field-label" htmlFor={fileId}>
          {t('surveys.import.file')}
        </label>
        <input
          id={fileId}
          type="file"
          accept=".csv,text/csv"
          onChange={(event) => {
            setFile(event.target.files?.[0] ?? null);
            setReport(null);
          }}
        />
      </div>
      <div className="button-row">
        <button type="button" className="button button-secondary" disabled={!file || run.isPending} onClick={() => run.mutate('check')}>
          {t('surveys.import.check')}
        </button>
        <button type="button" className="button" disabled={!file || run.isPending || report?.status !== 'checked'} onClick={() => run.mutate('apply')}>
          {t('surveys.import.apply')}
        </button>
      </div>
      <FormError error={run.error} />
      <StatusMessage>
        {report?.status === 'checked' && t('surveys.import.checked', { count: report.validRows })}
        {report?.status === 'applied' && t('surveys.import.applied', { count: report.applied })}
      </StatusMessage>
      {report && report.errorCount > 0 && (
        <>
          <p className="notice notice-error" role="alert">
            {t('surveys.import.errors', { count: report.errorCount })}
          </p>
          <TableWrap label={t('surveys.import.errors', { count: report.errorCount })}>
            <table className="table">
              <thead>
                <tr>
                  <th scope="col">{t('surveys.import.row')}</th>
                  <th scope="col">{t('surveys.import.column')}</th>
                  <th scope="col">{t('surveys.import.problem')}</th>
                </tr>
              </thead>
              <tbody>
                {report.errors.map((e, i) => (
                  <tr key={`${e.row}-${e.column ?? ''}-${i}`}>
                    <td>{e.row}</td>
                    <td>{e.column ?? '—'}</td>
                    <td>{e.message}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableWrap>
        </>
      )}
      {campaign.imports.length > 0 && (
        <>
          <h3>{t('surveys.import.history')}</h3>
          <ul>
            {campaign.imports.map((i) => (
              <li key={i.id}>
                {t('surveys.import.historyItem', { file: i.fileName, rows: i.rows, status: t(`surveys.import.statuses.${i.status}`), date: formatDateTime(i.createdAt) })}
              </li>
            ))}
          </ul>
        </>
      )}
    </Section>
  );
}
