import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ScanInvitationView } from '../../../shared/competencies';
import { FormError } from '../../components/Feedback';
import { formatDate } from '../../lib/format';
import { competenciesKey, invitationsKey, revokeInvitation } from './competencyApi';

const STATUS_BADGE: Record<ScanInvitationView['status'], string> = {
  open: 'badge badge-info',
  used: 'badge badge-ok',
  expired: 'badge',
  revoked: 'badge',
};

/** Invitations sent for this student, newest first, with the status in words. */
export function InvitationList({ studentId, items }: { studentId: string; items: ScanInvitationView[] }) {
  return (
    <ul className="invite-list">
      {items.map((invitation) => (
        <InvitationRow key={invitation.id} studentId={studentId} invitation={invitation} />
      ))}
    </ul>
  );
}

function InvitationRow({ studentId, invitation }: { studentId: string; invitation: ScanInvitationView }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [confirming, setConfirming] = useState(false);
  const revoke = useMutation({
    mutationFn: () => revokeInvitation(invitation.id),
    onSuccess: async () => {
      setConfirming(false);
      await queryClient.invalidateQueries({ queryKey: invitationsKey(studentId) });
      await queryClient.invalidateQueries({ queryKey: competenciesKey(studentId) });
    },
  });
  const when =
    invitation.status === 'used' && invitation.usedAt
      ? t('competencies.invite.usedOn', { date: formatDate(invitation.usedAt) })
      : invitation.status === 'revoked' && invitation.revokedAt
        ? t('competencies.invite.revokedOn', { date: formatDate(invitation.revokedAt) })
        : invitation.status === 'expired'
          ? t('competencies.invite.expiredOn', { date: formatDate(invitation.expiresAt) })
          : t('competencies.invite.validUntil', { date: formatDate(invitation.expiresAt) });

  return (
    <li className="invite-row">
      <div className="invite-who">
        <strong>{invitation.name}</strong>
        <span className={STATUS_BADGE[invitation.status]}>{t(`competencies.invite.status.${invitation.status}`)}</span>
        <span className="muted break">{invitation.email}</span>
        <span className="muted small">
          {t('competencies.invite.sentBy', { name: invitation.invitedBy, date: formatDate(invitation.createdAt) })} · {when}
        </span>
      </div>
      {invitation.status === 'open' && !confirming && (
        <button
          type="button"
          className="button button-secondary button-small"
          onClick={() => setConfirming(true)}
          aria-label={t('competencies.invite.revokeFor', { name: invitation.name })}
        >
          {t('competencies.invite.revoke')}
        </button>
      )}
      {confirming && (
        <div className="inline-editor invite-confirm" role="group" aria-label={t('competencies.invite.revokeFor', { name: invitation.name })}>
          <p>{t('competencies.invite.revokeConfirm', { name: invitation.name })}</p>
          <FormError error={revoke.error} />
          <div className="button-row">
            <button type="button" className="button button-small" onClick={() => revoke.mutate()} disabled={revoke.isPending} autoFocus>
              {t('competencies.invite.revokeYes')}
            </button>
            <button type="button" className="button button-small button-secondary" onClick={() => setConfirming(false)}>
              {t('common.cancel')}
            </button>
          </div>
        </div>
      )}
    </li>
  );
}
