import { useTranslation } from 'react-i18next';
import type { ImportStatus } from '../../../api/types';

const TONE: Record<ImportStatus, string> = {
  uploaded: 'badge',
  queued: 'badge badge-info',
  running: 'badge badge-info',
  done: 'badge badge-ok',
  failed: 'badge badge-error',
};

export function StatusBadge({ status }: { status: ImportStatus }) {
  const { t } = useTranslation();
  return <span className={TONE[status] ?? 'badge'}>{t(`imports.status.${status}`)}</span>;
}
