import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { NoteTier } from '../../../shared/conversations';
import { FormError, StatusMessage } from '../../components/Feedback';
import { addNote, conversationKey } from './conversationApi';
import { TextAreaField } from '../../components/TextAreaField';
import { TierChoice } from './TierChoice';

/**
 * A note outside the flow of the talk (preparing, afterwards). Who will see it is chosen on
 * purpose: there is no default, so nothing private ends up shared by accident.
 */
export function NoteForm({ conversationId }: { conversationId: string }) {
  const { t } = useTranslation();
  const titleId = useId();
  const queryClient = useQueryClient();
  const [body, setBody] = useState('');
  const [tier, setTier] = useState<NoteTier | null>(null);
  const [tried, setTried] = useState(false);
  const [saved, setSaved] = useState('');
  const mutation = useMutation({
    mutationFn: (chosen: NoteTier) => addNote(conversationId, { tier: chosen, phase: null, body: body.trim(), competencies: [] }),
    onSuccess: async (note) => {
      setBody('');
      setTier(null);
      setTried(false);
      setSaved(t('conversations.notes.saved', { tier: t(`conversations.tier.badge.${note.tier}`) }));
      await queryClient.invalidateQueries({ queryKey: conversationKey(conversationId) });
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    setSaved('');
    if (!body.trim() || !tier) return;
    mutation.mutate(tier);
  };
  return (
    <form className="form note-form" onSubmit={submit} aria-labelledby={titleId} noValidate>
      <h3 id={titleId}>{t('conversations.notes.addTitle')}</h3>
      <TextAreaField
        label={t('conversations.notes.body')}
        rows={4}
        maxLength={10000}
        value={body}
        error={tried && !body.trim() ? t('conversations.notes.bodyMissing') : undefined}
        onChange={(e) => setBody(e.target.value)}
      />
      <TierChoice value={tier} onChange={setTier} error={tried && !tier ? t('conversations.notes.tierMissing') : undefined} />
      <FormError error={mutation.error} />
      <div className="form-actions">
        <button type="submit" className="button" disabled={mutation.isPending}>
          {t('conversations.notes.add')}
        </button>
      </div>
      <StatusMessage>{saved}</StatusMessage>
    </form>
  );
}
