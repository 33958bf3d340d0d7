import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Home } from '../../api/types';
import { Section } from '../../components/Page';
import { EmptyState } from '../../components/States';
import { formatNumber } from '../../lib/format';
import { TableWrap } from '../../components/Table';

type ManagerHomeData = Extract<Home, { kind: 'manager' }>;

/** Aggregates only; groups below the threshold come as null and are shown as "< N". */
export function ManagerHome({ home }: { home: ManagerHomeData }) {
  const { t } = useTranslation();
  const noteId = useId();
  const threshold = home.suppressionThreshold;
  const anySuppressed = home.bySector.some((row) => row.students === null);

  return (
    <>
      <ul className="stat-grid" aria-label={t('home.manager.totals')}>
        <Stat label={t('home.manager.students')} value={home.totals.students} />
        <Stat label={t('home.manager.counsellors')} value={home.totals.counsellors} />
        <Stat label={t('home.manager.programmes')} value={home.totals.programmes} />
      </ul>
      <Section
        title={t('home.manager.bySector')}
        description={
          <p id={noteId} className="note">
            {t('home.manager.suppressionNote', { count: threshold })}
          </p>
        }
      >
        {home.bySector.length === 0 ? (
          <EmptyState title={t('home.manager.noSectors')} />
        ) : (
          <TableWrap label={t('home.manager.bySector')}>
            <table aria-describedby={anySuppressed ? noteId : undefined}>
              <thead>
                <tr>
                  <th scope="col">{t('fields.sector')}</th>
                  <th scope="col" className="num">
                    {t('home.manager.students')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {home.bySector.map((row) => (
                  <tr key={row.sector}>
                    <th scope="row">{row.sector}</th>
                    <td className="num">
                      {row.students === null ? (
                        <span title={t('home.manager.suppressedTitle', { count: threshold })}>
                          {`< ${formatNumber(threshold)}`}
                          <span className="visually-hidden"> ({t('home.manager.suppressedTitle', { count: threshold })})</span>
                        </span>
                      ) : (
                        formatNumber(row.students)
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableWrap>
        )}
      </Section>
    </>
  );
}

function Stat({ label, value }: { label: string; value: number }) {
  return (
    <li className="stat card">
      <span className="stat-value">{formatNumber(value)}</span>
      <span className="stat-label">{label}</span>
    </li>
  );
}
