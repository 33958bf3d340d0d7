import { useMutation, useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, ApiError } from '../../api/client';
import type { Page as ApiPage } from '../../api/types';
import { FormError } from '../../components/Feedback';
import { CheckboxField, SelectField } from '../../components/Fields';
import { Page, Section } from '../../components/Page';
import { currentLanguage } from '../../i18n';
import { CONSENT_TEXT, type DossierCounts, type DossierImportResult, type DossierProblem } from '../../../shared/dossier';

interface StudentItem {
  id: string;
  name: string;
  studentNumber: string;
  cohort: string | null;
}

const COUNT_KEYS: (keyof DossierCounts)[] = ['goals', 'evidence', 'files', 'feedback', 'showcasePages', 'measurements', 'conversations', 'educationHistory'];

/** Intake: a counsellor (own students) or an admin (everyone) imports a student's dossier from the previous school. */
export function DossierImportPage() {
  const { t } = useTranslation();
  const language = currentLanguage();
  const fileId = useId();
  const [studentId, setStudentId] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [consent, setConsent] = useState(false);
  const students = useQuery({ queryKey: ['dossier', 'students'], queryFn: () => api<ApiPage<StudentItem>>('/students', {}, { limit: 200 }) });
  const upload = useMutation({
    mutationFn: (chosen: File) =>
      api<DossierImportResult>('/dossiers/import', { method: 'POST', raw: { body: chosen, contentType: 'application/zip' } }, { studentId, consent: consent ? 'true' : 'false', language }),
  });
  const problems = upload.error instanceof ApiError ? ((upload.error.details as { problems?: DossierProblem[] } | undefined)?.problems ?? []) : [];

  if (upload.data) {
    const result = upload.data;
    return (
      <Page title={t('dossier.import.title')}>
        <Section title={t('dossier.import.doneTitle')}>
          <p role="status">{t('dossier.import.doneIntro', { name: result.sourceStudentName, school: result.sourceInstitution })}</p>
          <ul>
            {COUNT_KEYS.map((key) => (
              <li key={key}>
                {result.counts[key]} {t(`dossier.import.counts.${key}`)}
              </li>
            ))}
          </ul>
          <button type="button" className="button button-secondary" onClick={() => upload.reset()}>
            {t('dossier.import.another')}
          </button>
        </Section>
      </Page>
    );
  }

  return (
    <Page title={t('dossier.import.title')} intro={<p>{t('dossier.import.intro')}</p>}>
      <Section title={t('dossier.import.title')}>
        <form
          onSubmit={(event) => {
            event.preventDefault();
            if (file) upload.mutate(file);
          }}
        >
          {students.isPending ? (
            <p role="status">{t('dossier.import.loadingStudents')}</p>
          ) : students.data && students.data.items.length > 0 ? (
            <SelectField label={t('dossier.import.student')} value={studentId} onChange={(e) => setStudentId(e.target.value)} required>
              <option value="">{t('dossier.import.chooseStudent')}</option>
              {students.data.items.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name} ({s.studentNumber}
                  {s.cohort ? `, ${s.cohort}` : ''})
                </option>
              ))}
            </SelectField>
          ) : students.error ? (
            <FormError error={students.error} />
          ) : (
            <p>{t('dossier.import.noStudents')}</p>
          )}
          <div className="field">
            <label htmlFor={fileId} className="field-label">
              {t('dossier.import.file')}
            </label>
            <p className="field-hint" id={`${fileId}-hint`}>
              {t('dossier.import.fileHint')}
            </p>
            <input id={fileId} type="file" accept=".zip,application/zip" aria-describedby={`${fileId}-hint`} onChange={(e) => setFile(e.target.files?.[0] ?? null)} required />
          </div>
          <fieldset className="field">
            <legend className="field-label">{t('dossier.import.consent')}</legend>
            <CheckboxField label={CONSENT_TEXT[language]} checked={consent} onChange={(e) => setConsent(e.target.checked)} required />
          </fieldset>
          <div className="form-actions">
            <button type="submit" className="button" disabled={!file || !studentId || !consent || upload.isPending}>
              {upload.isPending ? t('dossier.import.submitting') : t('dossier.import.submit')}
            </button>
          </div>
          <FormError error={upload.error} />
          {problems.length > 0 && (
            <div className="card">
              <h2>{t('dossier.import.problemsTitle')}</h2>
              <ul>
                {problems.map((p, i) => (
                  <li key={i}>
                    <code>{p.path}</code>: {p.message}
                  </li>
                ))}
              </ul>
            </div>
          )}
        </form>
      </Section>
    </Page>
  );
}
