import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { IntakeView } from '../../../shared/intake';
import { Section } from '../../components/Page';
import { formatDate } from '../../lib/format';

/** What came in with an imported loopbaandossier; the import itself is the dossier import screen's. */
export function DossierBlock({ view }: { view: IntakeView }) {
  const { t } = useTranslation();
  return (
    <Section title={t('transition.dossier.title')}>
      {view.dossierImports.length === 0 ? (
        <p>{t('transition.dossier.none')}</p>
      ) : (
        view.dossierImports.map((d) => (
          <div key={d.id} className="dossier-summary">
            <p>
              <strong>{t('transition.dossier.from', { school: d.sourceInstitution })}</strong> {t('transition.dossier.importedOn', { date: formatDate(d.importedAt), name: d.importedBy })}
            </p>
            <p>{t('transition.dossier.counts', { goals: d.counts.goals ?? 0, evidence: d.counts.evidence ?? 0, files: d.counts.files ?? 0, measurements: d.counts.measurements ?? 0 })}</p>
            {d.goals.length > 0 && (
              <>
                <h3>{t('transition.dossier.goals')}</h3>
                <ul>{d.goals.map((g, i) => <li key={i}>{g}</li>)}</ul>
              </>
            )}
            {d.educationHistory.length > 0 && (
              <>
                <h3>{t('transition.dossier.history')}</h3>
                <ul>{d.educationHistory.map((e, i) => <li key={i}>{`${e.institution} · ${e.programme} (${e.level}) · ${e.schoolYear}`}</li>)}</ul>
              </>
            )}
          </div>
        ))
      )}
      {view.canEdit && (
        <Link to="/intake/loopbaandossier" className="button button-secondary">
          {t('transition.dossier.import')}
        </Link>
      )}
    </Section>
  );
}
