import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/client';
import { Page } from '../../components/Page';

const LINK_ERRORS = ['scan_link_invalid', 'scan_link_used', 'scan_link_expired', 'scan_link_revoked'] as const;
export type ScanLinkErrorId = (typeof LINK_ERRORS)[number];

/** The error id when a scan link cannot (or can no longer) be used; null for any other failure. */
export function scanLinkErrorId(error: unknown): ScanLinkErrorId | null {
  if (!isApiError(error)) return null;
  return (LINK_ERRORS as readonly string[]).includes(error.id) ? (error.id as ScanLinkErrorId) : null;
}

/** A calm page per reason, saying what happened and what the supervisor can do about it. */
export function ScanLinkError({ id }: { id: ScanLinkErrorId }) {
  const { t } = useTranslation();
  return (
    <Page title={t(`competencies.scan.errors.${id}.title`)}>
      <div className="card prose">
        <p>{t(`competencies.scan.errors.${id}.text`)}</p>
        <p>{t(`competencies.scan.errors.${id}.next`)}</p>
      </div>
    </Page>
  );
}
