import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { Page, Section } from '../../components/Page';
import { QueryState } from '../../components/States';
import { TableWrap } from '../../components/Table';
import { formatDate } from '../../lib/format';
import { CompetencyTags } from './CompetencyChoice';
import { EvaluationResults } from './EvaluationResults';
import { competencyTitle, formatScore, pick, teamOverviewQuery, type TeamOverview } from './developmentApi';

function Distribution({ o }: { o: TeamOverview }) {
  const { t } = useTranslation();
  const levels = o.meetlat.labels.map((_, i) => o.meetlat.min + i);
  return (
    <Section title={t('development.overview.distributionTitle')} description={<p>{t('development.overview.distributionIntro', { rated: o.rated })}</p>}>
      {o.withheld > 0 && <p className="notice">{t('development.overview.withheld', { count: o.withheld, min: o.minGroupSize })}</p>}
      {o.rated === 0 ? (
        <p className="muted">{t('development.overview.noRatings')}</p>
      ) : (
        <TableWrap label={t('development.overview.distributionTitle')}>
          <table className="table-compact">
            <caption className="visually-hidden">{t('development.overview.distributionCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('development.feedback360.competency')}</th>
                {levels.map((level) => (
                  <th key={level} scope="col" className="num">
                    {t('development.overview.level', { level })}
                  </th>
                ))}
                <th scope="col" className="num">{t('development.overview.mean')}</th>
              </tr>
            </thead>
            <tbody>
              {o.distribution.map((d) => (
                <tr key={d.code}>
                  <th scope="row">{competencyTitle(o.meetlat, d.code)}</th>
                  {d.counts.map((count, i) => (
                    <td key={i} className="num">
                      {count}
                    </td>
                  ))}
                  <td className="num">{formatScore(d.mean)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      )}
    </Section>
  );
}

function Needs({ o }: { o: TeamOverview }) {
  const { t } = useTranslation();
  const sorted = [...o.needs].sort((a, b) => b.lowRatings + b.openGoals - (a.lowRatings + a.openGoals));
  return (
    <Section title={t('development.overview.needsTitle')} description={<p>{t('development.overview.needsIntro', { below: o.meetlat.trainingNeedBelow })}</p>}>
      <TableWrap label={t('development.overview.needsTitle')}>
        <table className="table-compact">
          <thead>
            <tr>
              <th scope="col">{t('development.feedback360.competency')}</th>
              <th scope="col" className="num">{t('development.overview.lowRatings')}</th>
              <th scope="col" className="num">{t('development.overview.openGoals')}</th>
            </tr>
          </thead>
          <tbody>
            {sorted.map((n) => (
              <tr key={n.code}>
                <th scope="row">{competencyTitle(o.meetlat, n.code)}</th>
                <td className="num">{n.lowRatings}</td>
                <td className="num">{n.openGoals}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableWrap>
    </Section>
  );
}

function Members({ o }: { o: TeamOverview }) {
  const { t } = useTranslation();
  return (
    <Section title={t('development.overview.membersTitle')} description={<p>{t('development.overview.membersIntro')}</p>}>
      <TableWrap label={t('development.overview.membersTitle')}>
        <table className="table-compact">
          <thead>
            <tr>
              <th scope="col">{t('development.overview.member')}</th>
              {o.meetlat.competencies.map((c) => (
                <th key={c.code} scope="col" className="num">
                  {pick(c.short)}
                </th>
              ))}
              <th scope="col">{t('development.overview.lastRated')}</th>
              <th scope="col" className="num">{t('development.overview.openGoals')}</th>
              <th scope="col">{t('development.overview.lastReview')}</th>
            </tr>
          </thead>
          <tbody>
            {o.members.map((m) => (
              <tr key={m.member.id}>
                <th scope="row">
                  <Link to="/team/medewerker/$counsellorId" params={{ counsellorId: m.member.id }}>
                    {m.member.name}
                  </Link>
                </th>
                {m.scales
                  ? m.scales.map((s) => (
                      <td key={s.code} className="num">
                        {formatScore(s.score)}
                      </td>
                    ))
                  : (
                    <td colSpan={o.meetlat.competencies.length} className="muted">
                      {m.consent ? t('development.overview.notRated') : t('development.overview.noConsent')}
                    </td>
                  )}
                <td>{m.lastRatedAt ? formatDate(m.lastRatedAt) : '–'}</td>
                <td className="num">{m.openGoals}</td>
                <td>{m.lastReviewOn ? formatDate(m.lastReviewOn) : '–'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableWrap>
    </Section>
  );
}

function Trainings({ o }: { o: TeamOverview }) {
  const { t } = useTranslation();
  return (
    <Section title={t('development.overview.trainingsTitle')}>
      {o.trainings.length === 0 ? (
        <p className="muted">{t('development.overview.noTrainings')}</p>
      ) : (
        <ul className="plain-list dev-log">
          {o.trainings.map((tr, i) => (
            <li key={`${tr.member.id}-${i}`} className="dev-log-item">
              <p>
                <strong>{tr.member.name}</strong> · {tr.title} · {formatDate(tr.heldOn)}
              </p>
              <CompetencyTags meetlat={o.meetlat} codes={tr.competencies} />
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}

/** `/team/$teamId`: the team leader's overview of one team. */
export function TeamOverviewPage({ teamId }: { teamId: string }) {
  const { t } = useTranslation();
  const query = useQuery(teamOverviewQuery(teamId));
  return (
    <Page title={query.data ? query.data.team.name : t('development.overview.title')} intro={<p>{t('development.overview.intro')}</p>}>
      <QueryState query={query} loadingLabel={t('development.overview.loading')}>
        {(o) => (
          <div className="stack">
            <Distribution o={o} />
            <Needs o={o} />
            <Members o={o} />
            <Trainings o={o} />
            <EvaluationResults summary={o.studentEvaluation} team />
          </div>
        )}
      </QueryState>
    </Page>
  );
}
