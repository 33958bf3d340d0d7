import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DROPOUT_GROUPS, EXIT_REASONS, type DropoutAnalysis, type DropoutGroup, type DropoutGroupBy } from '../../../shared/study-progress';
import { api, apiPath } from '../../api/client';
import { SelectField } from '../../components/Fields';
import { Page, Section } from '../../components/Page';
import { EmptyState, QueryState } from '../../components/States';
import { TableWrap } from '../../components/Table';
import { locale } from '../../i18n';
import { formatNumber } from '../../lib/format';
import { DropoutChart } from './DropoutChart';

const percent = (share: number) => new Intl.NumberFormat(locale(), { style: 'percent', maximumFractionDigits: 1 }).format(share);

/** Managers and admins: first-year switches and dropouts with reasons, aggregates only. */
export function DropoutPage() {
  const { t } = useTranslation();
  const [groupBy, setGroupBy] = useState<DropoutGroupBy>('year');
  const query = useQuery({ queryKey: ['analytics', 'dropout', groupBy], queryFn: () => api<DropoutAnalysis>('/analytics/dropout', {}, { groupBy }) });
  return (
    <Page title={t('study-progress.dropout.title')} intro={<p>{t('study-progress.dropout.intro')}</p>}>
      <div className="card form dropout-controls">
        <SelectField label={t('study-progress.dropout.groupBy')} value={groupBy} onChange={(e) => setGroupBy(e.target.value as DropoutGroupBy)}>
          {DROPOUT_GROUPS.map((g) => (
            <option key={g} value={g}>
              {t(`study-progress.dropout.by.${g}`)}
            </option>
          ))}
        </SelectField>
        <a className="button button-secondary" href={apiPath('/analytics/dropout.csv', { groupBy })} download>
          {t('study-progress.dropout.csv')}
        </a>
      </div>
      <div aria-busy={query.isFetching}>
        <QueryState query={query}>{(data) => <DropoutContent data={data} />}</QueryState>
      </div>
    </Page>
  );
}

function DropoutContent({ data }: { data: DropoutAnalysis }) {
  const { t } = useTranslation();
  const label = (key: string) => (data.groupBy === 'gender' || data.groupBy === 'prior_education' ? t(`study-progress.values.${key}`, { defaultValue: key }) : key);
  const shown = data.groups.filter((g) => !g.suppressed && g.switchRate !== null && g.dropoutRate !== null);
  if (data.groups.length === 0) return <EmptyState title={t('study-progress.dropout.empty')} />;
  return (
    <div className="stack">
      <p className="card prose">{t('study-progress.dropout.privacy', { min: data.minGroupSize })}</p>
      {shown.length > 0 && (
        <Section title={t('study-progress.dropout.chart')}>
          <DropoutChart
            rows={shown.map((g) => ({ label: label(g.key), switchRate: g.switchRate ?? 0, dropoutRate: g.dropoutRate ?? 0 }))}
            labels={{ switches: t('study-progress.dropout.switchRate'), dropouts: t('study-progress.dropout.dropoutRate') }}
          />
        </Section>
      )}
      <Section title={t('study-progress.dropout.table')}>
        <GroupTable groups={[...data.groups, { ...data.total, key: t('study-progress.dropout.total') }]} label={label} caption={t(`study-progress.dropout.by.${data.groupBy}`)} />
      </Section>
      <Section title={t('study-progress.dropout.reasons')} description={<p>{t('study-progress.dropout.reasonsNote')}</p>}>
        <ReasonTable groups={[...data.groups, { ...data.total, key: t('study-progress.dropout.total') }]} label={label} caption={t(`study-progress.dropout.by.${data.groupBy}`)} />
      </Section>
      <p className="card prose">{t('study-progress.dropout.story')}</p>
    </div>
  );
}

function GroupTable({ groups, label, caption }: { groups: DropoutGroup[]; label: (key: string) => string; caption: string }) {
  const { t } = useTranslation();
  const hidden = <span className="guidance-suppressed">{t('study-progress.dropout.suppressed')}</span>;
  const n = (x: number | null) => (x === null ? hidden : formatNumber(x));
  const p = (x: number | null) => (x === null ? hidden : percent(x));
  return (
    <TableWrap label={t('study-progress.dropout.table')}>
      <table className="table-compact">
        <thead>
          <tr>
            <th scope="col">{caption}</th>
            <th scope="col" className="num">{t('study-progress.dropout.starters')}</th>
            <th scope="col" className="num">{t('study-progress.dropout.switches')}</th>
            <th scope="col" className="num">{t('study-progress.dropout.switchRate')}</th>
            <th scope="col" className="num">{t('study-progress.dropout.dropouts')}</th>
            <th scope="col" className="num">{t('study-progress.dropout.dropoutRate')}</th>
          </tr>
        </thead>
        <tbody>
          {groups.map((g) => (
            <tr key={g.key}>
              <th scope="row">{label(g.key)}</th>
              <td className="num">{n(g.starters)}</td>
              <td className="num">{n(g.switches)}</td>
              <td className="num">{p(g.switchRate)}</td>
              <td className="num">{n(g.dropouts)}</td>
              <td className="num">{p(g.dropoutRate)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableWrap>
  );
}

function ReasonTable({ groups, label, caption }: { groups: DropoutGroup[]; label: (key: string) => string; caption: string }) {
  const { t } = useTranslation();
  return (
    <TableWrap label={t('study-progress.dropout.reasons')}>
      <table className="table-compact">
        <thead>
          <tr>
            <th scope="col">{caption}</th>
            {EXIT_REASONS.map((r) => (
              <th key={r} scope="col" className="num">
                {t(`study-progress.reason.${r}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {groups.map((g) => (
            <tr key={g.key}>
              <th scope="row">{label(g.key)}</th>
              {EXIT_REASONS.map((r) => (
                <td key={r} className="num">
                  {g.reasons ? formatNumber(g.reasons[r]) : <span className="guidance-suppressed">{t('study-progress.dropout.suppressed')}</span>}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </TableWrap>
  );
}
