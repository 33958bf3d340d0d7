import { useTranslation } from 'react-i18next';

export type SortDir = 'asc' | 'desc';

/**
 * A column header that sorts the table. The state lives in `aria-sort` on the header (only on the
 * sorted column, as screen readers expect); the button itself only says what it does.
 */
export function SortHeader({
  label,
  active,
  dir,
  onSort,
  className,
}: {
  label: string;
  active: boolean;
  dir: SortDir;
  onSort: () => void;
  className?: string;
}) {
  const { t } = useTranslation();
  const icon = !active ? '↕' : dir === 'asc' ? '↑' : '↓';
  return (
    <th scope="col" className={className} aria-sort={active ? (dir === 'asc' ? 'ascending' : 'descending') : undefined}>
      <button type="button" className="sort-button" onClick={onSort}>
        <span>{label}</span>
        <span className="visually-hidden"> ({t('insights.caseload.sortHint')})</span>
        <span className={`sort-icon ${active ? 'is-active' : ''}`} aria-hidden="true">
          {icon}
        </span>
      </button>
    </th>
  );
}
