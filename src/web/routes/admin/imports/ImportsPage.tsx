import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportUpload } from '../../../api/types';
import { Page, Section } from '../../../components/Page';
import { ImportHistory } from './ImportHistory';
import { MappingStep } from './MappingStep';
import { Steps } from './Steps';
import { UploadStep } from './UploadStep';

/** Roster import: 1 choose a CSV file, 2 map its columns and check, 3 start (then progress). */
export function ImportsPage() {
  const { t } = useTranslation();
  const [upload, setUpload] = useState<ImportUpload | null>(null);

  return (
    <Page
      title={t('imports.title')}
      intro={<p>{t('imports.intro')}</p>}
      actions={
        <a className="button button-secondary" href="/api/admin/exports/students.csv" download>
          {t('imports.export')}
        </a>
      }
    >
      <Steps current={upload ? 2 : 1} />
      {upload ? (
        <MappingStep upload={upload} onRestart={() => setUpload(null)} />
      ) : (
        <>
          <UploadStep onUploaded={setUpload} />
          <Section title={t('imports.history')}>
            <ImportHistory />
          </Section>
        </>
      )}
    </Page>
  );
}
