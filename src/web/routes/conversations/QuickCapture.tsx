import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { NoteTier } from '../../../shared/conversations';
import { FormError, StatusMessage } from '../../components/Feedback';
import { addNote, conversationKey } from './conversationApi';
import type { CompetencyCode, PhaseCode } from './domainTexts';
import { TierChoice } from './TierChoice';

/**
 * Writing down a key point without leaving the conversation: saved as a note of this phase. Shared
 * with the student unless the counsellor chooses otherwise, because the student should be able to
 * read back what was said. Ctrl+Enter saves.
 */
export function QuickCapture({
  conversationId,
  phase,
  phaseTitle,
  competency,
  draft,
  onDraft,
}: {
  conversationId: string;
  phase: PhaseCode;
  phaseTitle: string;
  competency: CompetencyCode | null;
  draft: string;
  onDraft: (text: string) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const queryClient = useQueryClient();
  const field = useRef<HTMLTextAreaElement>(null);
  const [tier, setTier] = useState<NoteTier>('student');
  const [saved, setSaved] = useState('');
  const mutation = useMutation({
    mutationFn: (body: string) => addNote(conversationId, { tier, phase, body, competencies: competency ? [competency] : [] }),
    onSuccess: async (note) => {
      onDraft('');
      setSaved(t('conversations.conduct.captured', { tier: t(`conversations.tier.badge.${note.tier}`) }));
      field.current?.focus();
      await queryClient.invalidateQueries({ queryKey: conversationKey(conversationId) });
    },
  });
  const submit = (event?: FormEvent) => {
    event?.preventDefault();
    setSaved('');
    if (draft.trim() && !mutation.isPending) mutation.mutate(draft.trim());
  };
  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) submit();
  };

  return (
    <form className="quick-capture" onSubmit={submit} aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('conversations.conduct.captureTitle')}</h3>
      <div className="field field-textarea">
        <label htmlFor={`${id}-body`} className="field-label">
          {t('conversations.conduct.captureLabel', { phase: phaseTitle })}
        </label>
        <p className="field-hint" id={`${id}-hint`}>
          {t('conversations.conduct.captureHint')}
        </p>
        <textarea
          ref={field}
          id={`${id}-body`}
          rows={3}
          maxLength={10000}
          value={draft}
          aria-describedby={`${id}-hint`}
          onChange={(e) => onDraft(e.target.value)}
          onKeyDown={onKeyDown}
        />
      </div>
      <TierChoice value={tier} onChange={setTier} compact />
      <FormError error={mutation.error} />
      <div className="form-actions">
        <button type="submit" className="button" disabled={mutation.isPending || !draft.trim()}>
          {t('conversations.conduct.capture')}
        </button>
      </div>
      <StatusMessage>{saved}</StatusMessage>
    </form>
  );
}
