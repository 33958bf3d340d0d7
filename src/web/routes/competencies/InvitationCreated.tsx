import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { ScanInvitationCreated } from '../../../shared/competencies';
import { formatDate } from '../../lib/format';
import { CopyButton } from './CopyButton';

/** Shown once after inviting: the link (stored only as a hash, so never shown again) and the message. */
export function InvitationCreated({ created, onAnother }: { created: ScanInvitationCreated; onAnother: () => void }) {
  const { t } = useTranslation();
  const id = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const { invitation, link, message, mailSent } = created;
  const fullText = `${message.subject}\n\n${message.body}`;

  return (
    <div className="invite-created inline-editor">
      <h3 ref={heading} tabIndex={-1}>
        {t('competencies.invite.createdTitle', { name: invitation.name })}
      </h3>
      {mailSent ? (
        <p>{t('competencies.invite.mailSent', { email: invitation.email, date: formatDate(invitation.expiresAt) })}</p>
      ) : (
        <div className="notice notice-warning">
          {t('competencies.invite.mailNotSent', { email: invitation.email, date: formatDate(invitation.expiresAt) })}
        </div>
      )}
      <div className="field">
        <label className="field-label" htmlFor={`${id}-link`}>
          {t('competencies.invite.link')}
        </label>
        <div className="field-hint" id={`${id}-link-hint`}>
          {t('competencies.invite.linkOnce')}
        </div>
        <input id={`${id}-link`} className="invite-link" type="text" readOnly value={link} aria-describedby={`${id}-link-hint`} onFocus={(e) => e.currentTarget.select()} />
      </div>
      <div className="button-row">
        <CopyButton text={fullText} label={t('competencies.invite.copyText')} done={t('competencies.invite.copiedText')} />
        <CopyButton text={link} label={t('competencies.invite.copyLink')} done={t('competencies.invite.copiedLink')} />
      </div>
      <h4 className="invite-message-title">{t('competencies.invite.message')}</h4>
      <p className="invite-subject">
        <span className="muted">{t('competencies.invite.subject')}:</span> {message.subject}
      </p>
      <pre className="mail-body">{message.body}</pre>
      <p>
        <button type="button" className="button button-link" onClick={onAnother}>
          {t('competencies.invite.another')}
        </button>
      </p>
    </div>
  );
}
