import { useTranslation } from 'react-i18next';
import { useMe } from '../../api/queries';
import { Page, Section } from '../../components/Page';

const INSIDE = ['plan', 'evidence', 'showcase', 'measurements', 'conversations', 'history'] as const;

/** The student's own loopbaandossier: what is in it, and a plain download link (the browser streams the zip). */
export function DossierExportPage() {
  const { t } = useTranslation();
  const me = useMe();
  return (
    <Page title={t('dossier.export.title')} intro={<p>{t('dossier.export.intro')}</p>}>
      <Section title={t('dossier.export.insideTitle')}>
        <ul>
          {INSIDE.map((key) => (
            <li key={key}>{t(`dossier.export.inside.${key}`)}</li>
          ))}
        </ul>
        <p>{t('dossier.export.notInside')}</p>
        <p className="muted">{t('dossier.export.format')}</p>
        <p>
          <a className="button" href={`/api/students/${me.id}/dossier`} download>
            {t('dossier.export.download')}
          </a>
        </p>
      </Section>
    </Page>
  );
}
