import { useMutation } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, isApiError } from '../../../api/client';
import {
  IMPORT_FIELDS,
  REQUIRED_IMPORT_FIELDS,
  type ImportField,
  type ImportUpload,
  type ImportValidation,
  type Mapping,
} from '../../../api/types';
import { FormError } from '../../../components/Feedback';
import { CheckboxField, SelectField } from '../../../components/Fields';
import { Section } from '../../../components/Page';
import { formatNumber } from '../../../lib/format';
import { ImportErrors } from './ImportErrors';
import { MappingPreview } from './MappingPreview';

function initialMapping(upload: ImportUpload): Mapping {
  const mapping = {} as Mapping;
  for (const field of IMPORT_FIELDS) {
    const suggested = upload.suggestedMapping[field];
    mapping[field] = suggested && upload.headers.includes(suggested) ? suggested : null;
  }
  return mapping;
}

/** Step 2 and 3: map each target field to a column, check the file, and start the import. */
export function MappingStep({ upload, onRestart }: { upload: ImportUpload; onRestart: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [mapping, setMapping] = useState<Mapping>(() => initialMapping(upload));
  const [skipInvalid, setSkipInvalid] = useState(false);
  const [showMissing, setShowMissing] = useState(false);
  const skipRef = useRef<HTMLInputElement>(null);
  const missing = REQUIRED_IMPORT_FIELDS.filter((field) => !mapping[field]);

  const validate = useMutation({
    mutationFn: () =>
      api<ImportValidation>(`/admin/imports/${encodeURIComponent(upload.id)}/validate`, { method: 'POST', json: { mapping } }),
  });
  const start = useMutation({
    mutationFn: () =>
      api<{ id: string; status: string }>(`/admin/imports/${encodeURIComponent(upload.id)}/start`, {
        method: 'POST',
        json: { mapping, skipInvalid },
      }),
    onSuccess: (result) => navigate({ to: '/admin/imports/$importId', params: { importId: result.id } }),
    onError: (error) => {
      if (isApiError(error, 'import_has_errors')) {
        if (!validate.data) validate.mutate();
        skipRef.current?.focus();
      }
    },
  });

  const setField = (field: ImportField, header: string) => {
    setMapping((current) => ({ ...current, [field]: header || null }));
    validate.reset();
    start.reset();
  };
  const guarded = (action: () => void) => () => {
    if (missing.length > 0) {
      setShowMissing(true);
      return;
    }
    setShowMissing(false);
    action();
  };

  return (
    <>
      <Section
        title={t('imports.steps.mapping')}
        description={
          <p>
            {t('imports.fileSummary', {
              count: upload.totalRows,
              rows: formatNumber(upload.totalRows),
              delimiter: upload.delimiter === '\t' ? 'tab' : upload.delimiter,
            })}{' '}
            {t('imports.mappingIntro')}
          </p>
        }
        actions={
          <button type="button" className="button button-small button-secondary" onClick={onRestart}>
            {t('imports.otherFile')}
          </button>
        }
      >
        <div className="mapping-grid">
          {IMPORT_FIELDS.map((field) => {
            const required = REQUIRED_IMPORT_FIELDS.includes(field);
            return (
              <SelectField
                key={field}
                label={t(`imports.fields.${field}`)}
                required={required}
                optional={!required}
                value={mapping[field] ?? ''}
                onChange={(event) => setField(field, event.target.value)}
                error={showMissing && required && !mapping[field] ? t('imports.fieldRequired') : null}
              >
                <option value="">{t('imports.notUsed')}</option>
                {upload.headers.map((header) => (
                  <option key={header} value={header}>
                    {header}
                  </option>
                ))}
              </SelectField>
            );
          })}
        </div>
        <h3>{t('imports.preview')}</h3>
        <MappingPreview upload={upload} mapping={mapping} />
      </Section>

      <Section title={t('imports.steps.start')} description={<p>{t('imports.startIntro')}</p>}>
        <div className="form">
          <FormError error={validate.error} />
          {validate.data && <ValidationSummary result={validate.data} />}
          <CheckboxField
            ref={skipRef}
            label={t('imports.skipInvalid')}
            hint={t('imports.skipInvalidHint')}
            checked={skipInvalid}
            onChange={(event) => setSkipInvalid(event.target.checked)}
          />
          <FormError error={start.error} />
          <div className="form-actions">
            <button type="button" className="button button-secondary" onClick={guarded(() => validate.mutate())} disabled={validate.isPending}>
              {validate.isPending ? t('imports.checking') : t('imports.check')}
            </button>
            <button type="button" className="button" onClick={guarded(() => start.mutate())} disabled={start.isPending}>
              {t('imports.start')}
            </button>
          </div>
        </div>
      </Section>
    </>
  );
}

function ValidationSummary({ result }: { result: ImportValidation }) {
  const { t } = useTranslation();
  return (
    <div className={result.errorCount > 0 ? 'notice notice-warning' : 'notice notice-success'}>
      {/* Only the summary is announced; the error table is read at the user's own pace. */}
      <p role="status">
        {t('imports.validRows', { count: result.totalRows, valid: formatNumber(result.validRows), total: formatNumber(result.totalRows) })}{' '}
        {result.errorCount > 0 ? t('imports.errorCount', { count: result.errorCount }) : t('imports.noErrors')}
      </p>
      {result.errors.length > 0 && <ImportErrors errors={result.errors} total={result.errorCount} />}
    </div>
  );
}
