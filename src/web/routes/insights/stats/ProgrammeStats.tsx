import { useTranslation } from 'react-i18next';
import type { CompetencyGroupStats, CompetencyStats } from '../../../../shared/competencies';
import { Section } from '../../../components/Page';
import { TableWrap } from '../../../components/Table';
import { formatNumber } from '../../../lib/format';
import { formatScore, localized } from '../format';
import { GroupDistribution } from './GroupDistribution';

interface Props {
  programme: string;
  groups: CompetencyGroupStats[];
  stats: CompetencyStats;
  bandLabels: string[];
}

/** One programme: the means of each class side by side, then the spread within each class. */
export function ProgrammeStats({ programme, groups, stats, bandLabels }: Props) {
  const { t } = useTranslation();
  const shown = groups.filter((group) => !group.suppressed && group.n !== null);
  const tableLabel = `${programme}: ${t('insights.stats.means')}`;

  return (
    <Section title={programme}>
      <TableWrap label={tableLabel}>
        <table className="table-sticky wide-table">
          <thead>
            <tr>
              <th scope="col" className="sticky-col">
                {t('insights.stats.cohort')}
              </th>
              <th scope="col" className="num">
                {t('insights.stats.n')}
              </th>
              {stats.scales.map((scale) => (
                <th scope="col" className="num" key={scale.code}>
                  {localized(scale.title)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {groups.map((group) => (
              <tr key={group.cohort.id} className={group.suppressed ? 'is-suppressed' : undefined}>
                <th scope="row" className="sticky-col">
                  {group.cohort.name}
                </th>
                {group.suppressed || group.n === null ? (
                  <td colSpan={stats.scales.length + 1} className="suppressed">
                    <span className="suppressed-text">{t('insights.stats.suppressed', { min: stats.minGroupSize })}</span>
                  </td>
                ) : (
                  <>
                    <td className="num">{formatNumber(group.n)}</td>
                    {stats.scales.map((scale) => {
                      const mean = group.scales.find((s) => s.code === scale.code)?.mean;
                      return (
                        <td className="num" key={scale.code}>
                          {mean === undefined ? '—' : formatScore(mean)}
                        </td>
                      );
                    })}
                  </>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </TableWrap>
      {shown.length > 0 && (
        <div className="distribution-grid">
          {shown.map((group) => (
            <GroupDistribution key={group.cohort.id} group={group} stats={stats} bandLabels={bandLabels} />
          ))}
        </div>
      )}
    </Section>
  );
}
