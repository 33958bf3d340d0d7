import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { CaseloadCompetencies, CaseloadCompetencyRow } from '../../../../shared/competencies';
import { TableWrap } from '../../../components/Table';
import { formatDate } from '../../../lib/format';
import { localized, scoreFor } from '../format';
import { ScoreCell } from './ScoreCell';
import { SortHeader, type SortDir } from './SortHeader';

interface Props {
  data: CaseloadCompetencies;
  label: string;
  sort: string;
  dir: SortDir;
  onSort: (column: string) => void;
}

/** Students as rows, competencies as columns; the name column stays in view when the table scrolls sideways. */
export function CaseloadTable({ data, label, sort, dir, onSort }: Props) {
  const { t } = useTranslation();
  const sortedColumn = sort === 'name' ? t('insights.caseload.student') : localized(data.scales.find((s) => s.code === sort)?.title ?? { nl: sort, en: sort });

  return (
    <>
      <p className="visually-hidden" role="status">
        {t('insights.caseload.sortedBy', {
          column: sortedColumn,
          direction: dir === 'asc' ? t('insights.caseload.ascending') : t('insights.caseload.descending'),
        })}
      </p>
      <TableWrap label={label}>
        <table className="table-sticky wide-table">
          <thead>
            <tr>
              <SortHeader label={t('insights.caseload.student')} active={sort === 'name'} dir={dir} onSort={() => onSort('name')} className="sticky-col" />
              {data.scales.map((scale) => (
                <SortHeader
                  key={scale.code}
                  label={localized(scale.title)}
                  active={sort === scale.code}
                  dir={dir}
                  onSort={() => onSort(scale.code)}
                  className="num"
                />
              ))}
              <th scope="col">{t('insights.caseload.lastMeasured')}</th>
            </tr>
          </thead>
          <tbody>
            {data.items.map((row) => (
              <CaseloadRow key={row.student.id} row={row} scales={data.scales} />
            ))}
          </tbody>
        </table>
      </TableWrap>
    </>
  );
}

function CaseloadRow({ row, scales }: { row: CaseloadCompetencyRow; scales: CaseloadCompetencies['scales'] }) {
  const { t } = useTranslation();
  const { student, latest, change } = row;
  return (
    <tr>
      <th scope="row" className="sticky-col">
        <Link to="/students/$studentId" params={{ studentId: student.id }}>
          {student.name}
        </Link>
        {student.cohort && <span className="block small muted">{student.cohort}</span>}
      </th>
      {latest ? (
        <>
          {scales.map((scale) => (
            <ScoreCell key={scale.code} score={scoreFor(latest.scales, scale.code)} change={change ? scoreFor(change, scale.code) : null} />
          ))}
          <td className="nowrap">
            {formatDate(latest.submittedAt)}
            {!change && <span className="block small muted">{t('insights.caseload.firstMeasurement')}</span>}
          </td>
        </>
      ) : (
        <td colSpan={scales.length + 1} className="muted no-measurement">
          {t('insights.caseload.noMeasurement')}
        </td>
      )}
    </tr>
  );
}
