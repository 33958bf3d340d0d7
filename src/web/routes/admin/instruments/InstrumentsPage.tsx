import '../../../styles/insights.css';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { AdminInstrumentVersion } from '../../../../shared/competencies';
import { Page, Section } from '../../../components/Page';
import { EmptyState, QueryState } from '../../../components/States';
import { TableWrap } from '../../../components/Table';
import { formatDate, formatNumber } from '../../../lib/format';
import { localized } from '../../insights/format';
import { ImportInstrument } from './ImportInstrument';
import { instrumentsQuery } from './queries';

/** Questionnaires: every published version, importing a new one, and the way to its reliability. */
export function InstrumentsPage() {
  const { t } = useTranslation();
  const list = useQuery(instrumentsQuery);

  return (
    <Page title={t('insights.instruments.title')} intro={<p>{t('insights.instruments.intro')}</p>}>
      <Section title={t('insights.instruments.list')}>
        <div aria-busy={list.isFetching}>
          <QueryState query={list}>
            {({ items }) => (items.length === 0 ? <EmptyState title={t('insights.instruments.empty')} /> : <VersionsTable items={items} />)}
          </QueryState>
        </div>
      </Section>
      <ImportInstrument />
    </Page>
  );
}

function VersionsTable({ items }: { items: AdminInstrumentVersion[] }) {
  const { t } = useTranslation();
  return (
    <TableWrap label={t('insights.instruments.list')}>
      <table className="table-compact">
        <thead>
          <tr>
            <th scope="col">{t('insights.instruments.name')}</th>
            <th scope="col" className="num">
              {t('insights.instruments.version')}
            </th>
            <th scope="col">{t('insights.instruments.origin')}</th>
            <th scope="col">{t('insights.instruments.publishedAt')}</th>
            <th scope="col" className="num">
              {t('insights.instruments.responses')}
            </th>
            <th scope="col">{t('insights.instruments.reliability')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <tr key={item.id}>
              <th scope="row">
                {localized(item.title)}
                <span className="code block">{item.code}</span>
              </th>
              <td className="num">{item.version}</td>
              <td>
                <span className={`badge ${item.builtin ? 'badge-info' : ''}`}>
                  {item.builtin ? t('insights.instruments.builtin') : t('insights.instruments.imported')}
                </span>
              </td>
              <td className="nowrap">{formatDate(item.publishedAt)}</td>
              <td className="num">{formatNumber(item.responses)}</td>
              <td>
                <Link to="/admin/instrumenten/$instrumentId" params={{ instrumentId: item.id }}>
                  {t('insights.instruments.reliability')}
                  <span className="visually-hidden"> {t('insights.instruments.reliabilityFor', { code: item.code, version: item.version })}</span>
                </Link>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableWrap>
  );
}
