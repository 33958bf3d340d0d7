import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConversationSummary, Respond } from '../../../shared/conversations';
import { isApiError } from '../../api/client';
import { FormError } from '../../components/Feedback';
import { conversationKey, conversationsKey, respondToConversation } from './conversationApi';
import { ProposalFields, slotToProposal, type SlotValue } from './ProposalFields';
import { localParts } from './when';

type Mode = 'choose' | 'counter' | 'cancel';

/** "Wacht op jouw reactie": accept, propose another time, or cancel. */
export function RespondPanel({ conversation, onDone }: { conversation: ConversationSummary; onDone: (message: string) => void }) {
  const { t } = useTranslation();
  const headingId = useId();
  const queryClient = useQueryClient();
  const [mode, setMode] = useState<Mode>('choose');
  const [slot, setSlot] = useState<SlotValue>({
    type: conversation.type,
    ...localParts(conversation.startsAt),
    durationMinutes: conversation.durationMinutes,
    location: conversation.location,
    online: conversation.online,
  });
  const [missing, setMissing] = useState<'date' | 'time' | null>(null);
  const editorTitle = useRef<HTMLParagraphElement>(null);
  // The button that opened an editor is gone: focus moves to the editor's title.
  useEffect(() => {
    if (mode !== 'choose') editorTitle.current?.focus();
  }, [mode]);

  const mutation = useMutation({
    mutationFn: (body: Respond) => respondToConversation(conversation.id, body),
    onSuccess: async (_result, body) => {
      // The panel goes away once answered, so the page announces the result.
      onDone(t(`conversations.respond.done.${body.action}`));
      setMode('choose');
      await queryClient.invalidateQueries({ queryKey: conversationsKey });
      await queryClient.invalidateQueries({ queryKey: conversationKey(conversation.id) });
    },
    onError: async (error) => {
      // Someone else answered first: show the conversation as it is now.
      if (isApiError(error, 'conversation_changed')) {
        await queryClient.invalidateQueries({ queryKey: conversationsKey });
        await queryClient.invalidateQueries({ queryKey: conversationKey(conversation.id) });
      }
    },
  });
  const version = conversation.version;

  const counter = (event: FormEvent) => {
    event.preventDefault();
    const checked = slotToProposal(slot);
    if (!checked.ok) return setMissing(checked.field);
    setMissing(null);
    mutation.mutate({ action: 'counter', version, startsAt: checked.startsAt, durationMinutes: slot.durationMinutes, location: slot.location.trim(), online: slot.online });
  };

  return (
    <section className="respond-panel" aria-labelledby={headingId}>
      <h3 id={headingId} className="respond-title">
        {t('conversations.respond.title')}
      </h3>
      <p>{t('conversations.respond.proposedBy', { name: conversation.proposedBy.name })}</p>
      {mode === 'choose' && (
        <div className="button-row">
          <button type="button" className="button" disabled={mutation.isPending} onClick={() => mutation.mutate({ action: 'accept', version })}>
            {t('conversations.respond.accept')}
          </button>
          <button type="button" className="button button-secondary" onClick={() => setMode('counter')}>
            {t('conversations.respond.counter')}
          </button>
          <button type="button" className="button button-link" onClick={() => setMode('cancel')}>
            {t('conversations.respond.cancel')}
          </button>
        </div>
      )}
      {mode === 'counter' && (
        <form className="form inline-editor" onSubmit={counter} noValidate aria-label={t('conversations.respond.counterTitle')}>
          <p className="inline-editor-title" ref={editorTitle} tabIndex={-1}>
            {t('conversations.respond.counterTitle')}
          </p>
          <ProposalFields
            value={slot}
            onChange={setSlot}
            withType={false}
            errors={{ date: missing === 'date' ? t('conversations.plan.dateMissing') : undefined, time: missing === 'time' ? t('conversations.plan.timeMissing') : undefined }}
          />
          <div className="form-actions">
            <button type="submit" className="button" disabled={mutation.isPending}>
              {t('conversations.respond.sendCounter')}
            </button>
            <button type="button" className="button button-secondary" onClick={() => setMode('choose')}>
              {t('common.cancel')}
            </button>
          </div>
        </form>
      )}
      {mode === 'cancel' && (
        <div className="inline-editor" role="group" aria-label={t('conversations.respond.cancelTitle')}>
          <p className="inline-editor-title" ref={editorTitle} tabIndex={-1}>
            {t('conversations.respond.cancelTitle')}
          </p>
          <p>{t('conversations.respond.cancelText')}</p>
          <div className="button-row">
            <button type="button" className="button" disabled={mutation.isPending} onClick={() => mutation.mutate({ action: 'cancel', version })}>
              {t('conversations.respond.cancelConfirm')}
            </button>
            <button type="button" className="button button-secondary" onClick={() => setMode('choose')}>
              {t('conversations.respond.keep')}
            </button>
          </div>
        </div>
      )}
      <FormError error={mutation.error} />
    </section>
  );
}
