import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../lib/format';

/** Previous/next through a server-paged list, with where you are in words. */
export function Pager({
  offset,
  limit,
  shown,
  total,
  onPage,
}: {
  offset: number;
  limit: number;
  shown: number;
  total: number;
  onPage: (offset: number) => void;
}) {
  const { t } = useTranslation();
  if (total <= limit && offset === 0) return null;
  const from = shown === 0 ? 0 : offset + 1;
  return (
    <nav className="pager" aria-label={t('insights.caseload.pagination')}>
      <button type="button" className="button button-secondary" disabled={offset === 0} onClick={() => onPage(Math.max(0, offset - limit))}>
        {t('insights.caseload.previous')}
      </button>
      <p className="pager-range">
        {t('insights.caseload.range', { from: formatNumber(from), to: formatNumber(offset + shown), total: formatNumber(total) })}
      </p>
      <button type="button" className="button button-secondary" disabled={offset + limit >= total} onClick={() => onPage(offset + limit)}>
        {t('insights.caseload.next')}
      </button>
    </nav>
  );
}
