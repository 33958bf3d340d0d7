import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Competencies, InstrumentView } from '../../../shared/competencies';
import { useMe } from '../../api/queries';
import { Page, Section } from '../../components/Page';
import { QueryState } from '../../components/States';
import { formatDate } from '../../lib/format';
import { ComparisonView } from './ComparisonView';
import { competenciesQuery, instrumentsQuery, SELF_INSTRUMENT } from './competencyApi';
import { Explanations } from './Explanations';
import { HistoryTable } from './HistoryTable';
import { clearJustSubmitted, wasJustSubmitted } from './justSubmitted';
import { ScanInvitations } from './ScanInvitations';
import { bySource, local, scaleList } from './scores';
import { isNonEmpty, SelfResult } from './SelfResult';
import { StartButton } from './StartButton';

/** `/competenties`: the student's own career competencies: start, result, growth, 360°. */
export function CompetenciesPage() {
  const { t } = useTranslation();
  const [justSubmitted] = useState(wasJustSubmitted);
  useEffect(clearJustSubmitted, []);
  const me = useMe();
  const instruments = useQuery(instrumentsQuery);
  const competencies = useQuery(competenciesQuery(me.id));

  return (
    <Page title={t('competencies.page.title')} intro={<p>{t('competencies.page.intro')}</p>}>
      <QueryState query={instruments} loadingLabel={t('competencies.page.loading')}>
        {(loaded) => {
          const instrument = loaded.items.find((item) => item.code === SELF_INSTRUMENT);
          if (!instrument) return <p className="notice notice-warning">{t('competencies.page.noInstrument')}</p>;
          return (
            <QueryState query={competencies} loadingLabel={t('competencies.page.loading')}>
              {(data) => <Content instrument={instrument} data={data} studentId={me.id} justSubmitted={justSubmitted} />}
            </QueryState>
          );
        }}
      </QueryState>
    </Page>
  );
}

function Content({
  instrument,
  data,
  studentId,
  justSubmitted,
}: {
  instrument: InstrumentView;
  data: Competencies;
  studentId: string;
  justSubmitted: boolean;
}) {
  const { t } = useTranslation();
  const scales = scaleList(instrument);
  const self = bySource(data.measurements, 'self');
  const othersExist = data.measurements.some((measurement) => measurement.source !== 'self');

  return (
    <div className="stack">
      {isNonEmpty(self) ? (
        <>
          {justSubmitted && (
            <div className="notice notice-success" role="status">
              {t('competencies.page.thanks')}
            </div>
          )}
          <Section
            title={t('competencies.result.title')}
            description={<p>{t('competencies.result.measuredOn', { date: formatDate(self[0].submittedAt) })}</p>}
          >
            <SelfResult instrument={instrument} scales={scales} selfMeasurements={self} />
            <StartButton instrument={SELF_INSTRUMENT} draft={data.draft} label={t('competencies.start.again')} secondary />
          </Section>
          <Section title={t('competencies.result.meaningTitle')}>
            <Explanations instrument={instrument} latest={self[0]} />
          </Section>
        </>
      ) : (
        <Welcome instrument={instrument} draft={data.draft} />
      )}
      {othersExist && (
        <Section title={t('competencies.compare.title')} description={<p>{t('competencies.compare.introStudent')}</p>}>
          <ComparisonView scales={scales} measurements={data.measurements} perspective={{ kind: 'student' }} />
        </Section>
      )}
      <ScanInvitations studentId={studentId} />
      {data.measurements.length > 0 && (
        <Section title={t('competencies.history.title')}>
          <HistoryTable scales={scales} measurements={data.measurements} />
        </Section>
      )}
    </div>
  );
}

/** Before the first self-assessment: what the five competencies are, and an inviting start. */
function Welcome({ instrument, draft }: { instrument: InstrumentView; draft: Competencies['draft'] }) {
  const { t } = useTranslation();
  const items = instrument.scales.reduce((sum, scale) => sum + scale.items.length, 0);
  return (
    <Section title={t('competencies.welcome.title')} className="welcome">
      <div className="prose">
        <p>{t('competencies.welcome.text')}</p>
      </div>
      <ol className="competency-list">
        {instrument.scales.map((scale) => (
          <li key={scale.code}>
            <strong>{local(scale.title)}</strong>
            <span>{local(scale.explanation)}</span>
          </li>
        ))}
      </ol>
      <p className="muted">{t('competencies.welcome.howLong', { count: items })}</p>
      <StartButton instrument={SELF_INSTRUMENT} draft={draft} label={t('competencies.start.first')} />
    </Section>
  );
}
