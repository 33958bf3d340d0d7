import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { PHASE_CODES, useDomainText } from './domainTexts';
import type { NoteTier, NoteView } from '../../../shared/conversations';
import { isApiError } from '../../api/client';
import { FormError } from '../../components/Feedback';
import { formatDateTime } from '../../lib/format';
import { conversationKey, updateNote } from './conversationApi';
import { TextAreaField } from '../../components/TextAreaField';
import { TierBadge, TierChoice } from './TierChoice';

/** Notes of a talk, oldest first, each with who sees it; the author can correct their own. */
export function NotesList({ notes, conversationId, showTier = true }: { notes: NoteView[]; conversationId: string; showTier?: boolean }) {
  const { t } = useTranslation();
  if (notes.length === 0) return <p className="muted">{t('conversations.notes.none')}</p>;
  // In the order of the talk: by phase of the cycle, then by time; notes outside a phase last.
  const rank = (note: NoteView) => (note.phase ? PHASE_CODES.indexOf(note.phase) : PHASE_CODES.length);
  const sorted = [...notes].sort((a, b) => rank(a) - rank(b) || a.createdAt.localeCompare(b.createdAt));
  return (
    <ul className="note-list">
      {sorted.map((note) => (
        <NoteItem key={note.id} note={note} conversationId={conversationId} showTier={showTier} />
      ))}
    </ul>
  );
}

function NoteItem({ note, conversationId, showTier }: { note: NoteView; conversationId: string; showTier: boolean }) {
  const { t } = useTranslation();
  const text = useDomainText();
  const [editing, setEditing] = useState(false);
  return (
    <li className={`note-item tier-${note.tier}`}>
      <p className="note-meta">
        {showTier && <TierBadge tier={note.tier} />}
        {note.phase && <span className="badge badge-info">{text.phaseTitle(note.phase)}</span>}
        <span>
          {note.author.name} · {formatDateTime(note.createdAt)}
        </span>
      </p>
      {editing ? (
        <NoteEditor note={note} conversationId={conversationId} onDone={() => setEditing(false)} />
      ) : (
        <>
          <p className="note-body">{note.body}</p>
          {note.mine && (
            <button type="button" className="button button-small button-link" onClick={() => setEditing(true)}>
              {t('common.edit')}
              <span className="visually-hidden"> {t('conversations.notes.editWhich', { date: formatDateTime(note.createdAt) })}</span>
            </button>
          )}
        </>
      )}
    </li>
  );
}

function NoteEditor({ note, conversationId, onDone }: { note: NoteView; conversationId: string; onDone: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [body, setBody] = useState(note.body);
  const [tier, setTier] = useState<NoteTier>(note.tier);
  const [refreshed, setRefreshed] = useState(false);
  const mutation = useMutation({
    mutationFn: () => updateNote(note.id, { version: note.version, body: body.trim(), tier }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: conversationKey(conversationId) });
      onDone();
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (body.trim()) mutation.mutate();
  };
  const stale = isApiError(mutation.error, 'conversation_changed');
  // The newer version comes in through the props; what was typed stays in the field.
  const refresh = async () => {
    await queryClient.invalidateQueries({ queryKey: conversationKey(conversationId) });
    mutation.reset();
    setRefreshed(true);
  };
  return (
    <form className="form inline-editor" onSubmit={submit} aria-label={t('conversations.notes.editTitle')}>
      {/* Opened on purpose with the edit button, so the text takes focus. */}
      <TextAreaField label={t('conversations.notes.body')} rows={4} maxLength={10000} value={body} autoFocus onChange={(e) => setBody(e.target.value)} />
      <TierChoice value={tier} onChange={setTier} compact />
      <FormError error={mutation.error} />
      {stale && (
        <p>
          <button type="button" className="button button-small button-secondary" onClick={() => void refresh()}>
            {t('conversations.notes.reload')}
          </button>
        </p>
      )}
      {refreshed && !mutation.error && (
        <p className="notice notice-warning" role="status">
          {t('conversations.notes.refreshed', { body: note.body })}
        </p>
      )}
      <div className="form-actions">
        <button type="submit" className="button button-small" disabled={mutation.isPending || !body.trim()}>
          {t('common.save')}
        </button>
        <button type="button" className="button button-small button-secondary" onClick={onDone}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
