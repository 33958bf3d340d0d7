import { useMutation } from '@tanstack/react-query';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, ApiError } from '../../../api/client';
import { FormError, StatusMessage } from '../../../components/Feedback';
import { Page } from '../../../components/Page';
import { TableWrap } from '../../../components/Table';

interface ImportResult {
  rows: number;
  inserted: number;
  updated: number;
  failed: number;
}
interface RowProblem {
  row: number | null;
  column: string | null;
  message: string;
}

/** Functioneel beheer: test results from the student information system feed the "failed tests" signal. */
export function TestResultsPage() {
  const { t } = useTranslation();
  const fileInput = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const upload = useMutation({
    mutationFn: (body: File) => api<ImportResult>('/admin/test-results', { method: 'POST', raw: { body, contentType: 'text/csv' } }),
  });
  const problems: RowProblem[] =
    upload.error instanceof ApiError && upload.error.id === 'test_results_invalid'
      ? ((upload.error.details as { errors?: RowProblem[] } | undefined)?.errors ?? [])
      : [];
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (file) upload.mutate(file);
  };
  return (
    <Page title={t('guidance.testResults.title')} intro={<p>{t('guidance.testResults.intro')}</p>}>
      <form className="form card" onSubmit={submit} aria-label={t('guidance.testResults.title')}>
        <div className="field">
          <label htmlFor="test-results-file" className="field-label">
            {t('guidance.testResults.file')}
          </label>
          <div className="field-hint" id="test-results-hint">
            {t('guidance.testResults.hint')}
          </div>
          <input
            id="test-results-file"
            ref={fileInput}
            type="file"
            accept=".csv,text/csv,text/plain"
            aria-describedby="test-results-hint"
            onChange={(e) => {
              setFile(e.target.files?.[0] ?? null);
              upload.reset();
            }}
          />
        </div>
        <div className="form-actions">
          <button type="submit" className="button" disabled={!file || upload.isPending}>
            {upload.isPending ? t('guidance.testResults.busy') : t('guidance.testResults.import')}
          </button>
        </div>
        <FormError error={upload.error} />
        <StatusMessage>
          {upload.data ? t('guidance.testResults.done', { rows: upload.data.rows, inserted: upload.data.inserted, updated: upload.data.updated, failed: upload.data.failed }) : null}
        </StatusMessage>
      </form>
      {problems.length > 0 && (
        <section aria-labelledby="test-results-problems">
          <h2 id="test-results-problems">{t('guidance.testResults.problems', { count: problems.length })}</h2>
          <TableWrap label={t('guidance.testResults.problems', { count: problems.length })}>
            <table className="table">
              <thead>
                <tr>
                  <th scope="col">{t('guidance.testResults.row')}</th>
                  <th scope="col">{t('guidance.testResults.column')}</th>
                  <th scope="col">{t('guidance.testResults.message')}</th>
                </tr>
              </thead>
              <tbody>
                {problems.map((p, i) => (
                  <tr key={`${p.row ?? 'file'}-${p.column ?? ''}-${i}`}>
                    <td>{p.row ?? '—'}</td>
                    <td>{p.column ?? '—'}</td>
                    <td>{p.message}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableWrap>
        </section>
      )}
    </Page>
  );
}
