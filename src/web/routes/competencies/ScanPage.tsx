import { useQuery } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ScanForm } from '../../../shared/competencies';
import { AppShell } from '../../components/AppShell';
import { Page } from '../../components/Page';
import { ErrorState, Loading } from '../../components/States';
import { formatDate } from '../../lib/format';
import { saveScanAnswers, scanQuery, submitScan, type AnswerPatch } from './competencyApi';
import { Questionnaire } from './Questionnaire';
import { ScanLinkError, scanLinkErrorId, type ScanLinkErrorId } from './ScanLinkError';

/**
 * `/scan/$token`: the competence scan for an external placement supervisor. No account, no
 * session: the link itself is the key, and it opens this one form and nothing else.
 */
export function ScanPage({ token }: { token: string }) {
  const { t } = useTranslation();
  const scan = useQuery(scanQuery(token));
  // A link can stop working while the form is open (revoked, expired): then the page says so.
  const [linkError, setLinkError] = useState<ScanLinkErrorId | null>(null);
  const [done, setDone] = useState<ScanForm | null>(null);
  const failed = linkError ?? scanLinkErrorId(scan.error);

  let content;
  if (failed) content = <ScanLinkError id={failed} />;
  else if (done) content = <ThankYou form={done} />;
  else if (scan.isPending) content = <Loading label={t('competencies.scan.loading')} />;
  else if (scan.isError || !scan.data) content = <ErrorState error={scan.error} onRetry={() => void scan.refetch()} />;
  else content = <ScanFormView token={token} form={scan.data} onLinkError={setLinkError} onDone={setDone} />;

  return (
    <AppShell me={null}>
      <div className="scan-layout">{content}</div>
    </AppShell>
  );
}

function ScanFormView({
  token,
  form,
  onLinkError,
  onDone,
}: {
  token: string;
  form: ScanForm;
  onLinkError: (id: ScanLinkErrorId) => void;
  onDone: (form: ScanForm) => void;
}) {
  const { t } = useTranslation();
  const guard = useCallback(
    async <T,>(call: () => Promise<T>): Promise<T> => {
      try {
        return await call();
      } catch (error) {
        const id = scanLinkErrorId(error);
        if (id) onLinkError(id);
        throw error;
      }
    },
    [onLinkError],
  );
  const save = useCallback((answers: AnswerPatch) => guard(() => saveScanAnswers(token, answers)), [guard, token]);
  const submit = useCallback(async () => onDone(await guard(() => submitScan(token))), [guard, onDone, token]);

  return (
    <Page
      title={t('competencies.scan.title', { name: form.studentName })}
      intro={
        <>
          <p>{t('competencies.scan.greeting', { name: form.supervisorName })}</p>
          <p>{t('competencies.scan.intro', { student: form.studentName, date: formatDate(form.expiresAt) })}</p>
        </>
      }
    >
      <Questionnaire
        instrument={form.response.instrument}
        initialAnswers={form.response.answers}
        save={save}
        submit={submit}
        submitLabel={t('competencies.scan.submit')}
      />
    </Page>
  );
}

function ThankYou({ form }: { form: ScanForm }) {
  const { t } = useTranslation();
  const heading = useRef<HTMLDivElement>(null);
  useEffect(() => {
    heading.current?.querySelector<HTMLElement>('[data-page-heading]')?.focus();
  }, []);
  return (
    <div ref={heading}>
      <Page title={t('competencies.scan.thanksTitle', { name: form.supervisorName })}>
        <div className="card prose" role="status">
          <p>{t('competencies.scan.thanksText', { student: form.studentName })}</p>
          <p>{t('competencies.scan.thanksClose')}</p>
        </div>
      </Page>
    </div>
  );
}

