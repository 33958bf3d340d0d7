import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * A horizontally scrollable, keyboard-reachable frame around a table, named for assistive
 * technology. Narrow screens scroll the table instead of squeezing it.
 */
export function TableWrap({ label, children }: { label: string; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <div className="table-wrap" role="region" aria-label={t('common.tableLabel', { label })} tabIndex={0}>
      {children}
    </div>
  );
}

/** "Meer laden" under a paged list. */
export function LoadMore({
  hasMore,
  loading,
  onLoad,
  shown,
}: {
  hasMore: boolean;
  loading: boolean;
  onLoad: () => void;
  shown: number;
}) {
  const { t } = useTranslation();
  return (
    <div className="load-more">
      <p className="muted" role="status">
        {t('common.shown', { count: shown })}
      </p>
      {hasMore && (
        <button type="button" className="button button-secondary" onClick={onLoad} disabled={loading} aria-busy={loading}>
          {loading ? t('common.loading') : t('common.loadMore')}
        </button>
      )}
    </div>
  );
}
