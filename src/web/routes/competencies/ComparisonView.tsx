import { useTranslation } from 'react-i18next';
import { RESPONDENT_SOURCES, type Measurement, type Source } from '../../../shared/competencies';
import { TableWrap } from '../../components/Table';
import { formatDate } from '../../lib/format';
import { differences, formatScore, latestBySource, scoreOf, type Difference } from './scores';

export type Perspective = { kind: 'student' } | { kind: 'staff'; studentName: string };

/**
 * The student's own view next to the latest views of counsellor and placement supervisor. Where
 * they differ by a point or more the row is marked "Gespreksstof" in words, and the list below
 * the table says who sees it higher: a starting point for a conversation, not a verdict.
 */
export function ComparisonView({
  scales,
  measurements,
  perspective,
}: {
  scales: { code: string; title: string }[];
  measurements: Measurement[];
  perspective: Perspective;
}) {
  const { t } = useTranslation();
  const latest = latestBySource(measurements);
  const rows = scales.map((scale) => {
    const scores = {
      self: scoreOf(latest.self?.scales, scale.code),
      counsellor: scoreOf(latest.counsellor?.scales, scale.code),
      supervisor: scoreOf(latest.supervisor?.scales, scale.code),
    };
    return { ...scale, scores, talk: differences(scores) };
  });
  const talkRows = rows.filter((row) => row.talk.length > 0);
  const sourceLabel = (source: Source) =>
    perspective.kind === 'student' ? t(`competencies.compare.student.${source}`) : t(`competencies.compare.staff.${source}`);
  const note = (difference: Difference) => {
    const other = difference.higher === 'self' ? difference.lower : difference.higher;
    const direction = difference.higher === 'self' ? 'selfHigher' : 'otherHigher';
    const name = perspective.kind === 'staff' ? perspective.studentName : '';
    return t(`competencies.compare.talk.${perspective.kind}.${direction}_${other as 'counsellor' | 'supervisor'}`, { name });
  };
  const caption = t('competencies.compare.caption');

  return (
    <div className="comparison">
      <TableWrap label={caption}>
        <table className="comparison-table">
          <caption className="visually-hidden">{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{t('competencies.result.competency')}</th>
              {RESPONDENT_SOURCES.map((source) => (
                <th scope="col" className="num" key={source}>
                  {sourceLabel(source)}
                  <span className="th-sub">
                    {latest[source]
                      ? [latest[source].respondentName, formatDate(latest[source].submittedAt)].filter(Boolean).join(' · ')
                      : t('competencies.compare.none')}
                  </span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.code} className={row.talk.length > 0 ? 'has-talk' : undefined}>
                <th scope="row">
                  {row.title}
                  {row.talk.length > 0 && <span className="badge badge-talk">{t('competencies.compare.talkBadge')}</span>}
                </th>
                {RESPONDENT_SOURCES.map((source) => (
                  <td className="num" key={source}>
                    {formatScore(row.scores[source])}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </TableWrap>
      {talkRows.length > 0 ? (
        <div className="talk">
          <h3>{t('competencies.compare.talkTitle')}</h3>
          <ul className="talk-list">
            {talkRows.flatMap((row) =>
              row.talk.map((difference) => (
                <li key={`${row.code}-${difference.higher}-${difference.lower}`}>
                  <strong>{row.title}:</strong> {note(difference)}{' '}
                  <span className="muted">
                    ({t('competencies.compare.difference', { amount: formatScore(difference.amount) })})
                  </span>
                </li>
              )),
            )}
          </ul>
        </div>
      ) : (
        (latest.counsellor || latest.supervisor) &&
        latest.self && <p className="muted">{t('competencies.compare.noTalk')}</p>
      )}
    </div>
  );
}
