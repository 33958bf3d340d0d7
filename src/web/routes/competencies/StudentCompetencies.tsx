import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Competencies, InstrumentView } from '../../../shared/competencies';
import { Section } from '../../components/Page';
import { EmptyState, QueryState } from '../../components/States';
import { ComparisonView } from './ComparisonView';
import { competenciesQuery, instrumentsQuery, SCAN_INSTRUMENT, SELF_INSTRUMENT } from './competencyApi';
import { HistoryTable } from './HistoryTable';
import { ScanInvitations } from './ScanInvitations';
import { bySource, scaleList } from './scores';
import { isNonEmpty, SelfResult } from './SelfResult';
import { StartButton } from './StartButton';

/**
 * The counsellor's view of a student's career competencies in the student file: the latest
 * self-assessment with its change, the three views side by side, their own scan and the 360°.
 */
export function StudentCompetencies({ studentId, studentName }: { studentId: string; studentName: string }) {
  const { t } = useTranslation();
  const instruments = useQuery(instrumentsQuery);
  const competencies = useQuery(competenciesQuery(studentId));

  return (
    <>
      <Section
        title={t('competencies.staff.title')}
        actions={<StartButton instrument={SCAN_INSTRUMENT} studentId={studentId} label={t('competencies.staff.fillScan')} secondary />}
      >
        <QueryState query={instruments} loadingLabel={t('competencies.page.loading')}>
          {(loaded) => {
            const instrument = loaded.items.find((item) => item.code === SELF_INSTRUMENT);
            if (!instrument) return <p className="notice notice-warning">{t('competencies.page.noInstrument')}</p>;
            return (
              <QueryState query={competencies} loadingLabel={t('competencies.page.loading')}>
                {(data) => <Content instrument={instrument} data={data} studentName={studentName} />}
              </QueryState>
            );
          }}
        </QueryState>
      </Section>
      <ScanInvitations studentId={studentId} studentName={studentName} />
    </>
  );
}

function Content({ instrument, data, studentName }: { instrument: InstrumentView; data: Competencies; studentName: string }) {
  const { t } = useTranslation();
  const scales = scaleList(instrument);
  const self = bySource(data.measurements, 'self');
  return (
    <div className="staff-competencies">
      <h3>{t('competencies.staff.latestSelf')}</h3>
      {isNonEmpty(self) ? (
        <SelfResult instrument={instrument} scales={scales} selfMeasurements={self} />
      ) : (
        <EmptyState title={t('competencies.staff.noSelf', { name: studentName })}>
          {data.draft && <p>{t('competencies.staff.draft', { name: studentName, answered: data.draft.answered, total: data.draft.total })}</p>}
        </EmptyState>
      )}
      {data.measurements.length > 0 && (
        <>
          <h3>{t('competencies.compare.titleStaff')}</h3>
          <p className="muted">{t('competencies.compare.introStaff', { name: studentName })}</p>
          <ComparisonView scales={scales} measurements={data.measurements} perspective={{ kind: 'staff', studentName }} />
          <h3>{t('competencies.history.title')}</h3>
          <HistoryTable scales={scales} measurements={data.measurements} />
        </>
      )}
    </div>
  );
}
