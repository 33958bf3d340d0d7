import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConversationSummary } from '../../../shared/conversations';
import { fieldErrors } from '../../api/client';
import { FormError } from '../../components/Feedback';
import { conversationsKey, proposeConversation } from './conversationApi';
import { ProposalFields, slotToProposal, type SlotValue } from './ProposalFields';
import { defaultSlot } from './when';

/** Proposing a talk; the other side then accepts or proposes another time. */
export function PlanForm({
  studentId,
  forStudent,
  onDone,
  onCancel,
}: {
  studentId: string;
  /** The student plans their own talk (texts speak to them). */
  forStudent: boolean;
  onDone: (created: ConversationSummary) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const titleId = useId();
  const queryClient = useQueryClient();
  const [value, setValue] = useState<SlotValue>({ type: forStudent ? 'loopbaangesprek' : 'voortgang', ...defaultSlot(), durationMinutes: 30, location: '', online: false });
  const [missing, setMissing] = useState<'date' | 'time' | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);

  const mutation = useMutation({
    mutationFn: (startsAt: string) =>
      proposeConversation(studentId, { type: value.type, startsAt, durationMinutes: value.durationMinutes, location: value.location.trim(), online: value.online }),
    onSuccess: async (created) => {
      await queryClient.invalidateQueries({ queryKey: conversationsKey });
      onDone(created);
    },
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const checked = slotToProposal(value);
    if (!checked.ok) {
      setMissing(checked.field);
      return;
    }
    setMissing(null);
    mutation.mutate(checked.startsAt);
  };

  const server = fieldErrors(mutation.error);
  const errors = {
    date: missing === 'date' ? t('conversations.plan.dateMissing') : server.startsAt,
    time: missing === 'time' ? t('conversations.plan.timeMissing') : undefined,
    location: server.location,
  };

  return (
    <form className="card form plan-form" aria-labelledby={titleId} onSubmit={submit} noValidate>
      <h2 id={titleId} ref={heading} tabIndex={-1}>
        {t('conversations.plan.title')}
      </h2>
      <p className="section-description">{forStudent ? t('conversations.plan.introStudent') : t('conversations.plan.introCounsellor')}</p>
      <ProposalFields value={value} onChange={setValue} errors={errors} />
      <FormError error={mutation.error} />
      <div className="form-actions">
        <button type="submit" className="button" disabled={mutation.isPending} aria-busy={mutation.isPending}>
          {mutation.isPending ? t('conversations.plan.sending') : t('conversations.plan.submit')}
        </button>
        <button type="button" className="button button-secondary" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
