import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate } from '@tanstack/react-router';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Close, ConversationDetail } from '../../../shared/conversations';
import { fieldErrors, isApiError } from '../../api/client';
import { useMe } from '../../api/queries';
import { CheckboxField } from '../../components/Fields';
import { FormError } from '../../components/Feedback';
import { Page, Section } from '../../components/Page';
import { QueryState } from '../../components/States';
import { ForbiddenPage } from '../NotFoundPage';
import { ActionRows, emptyAction, type ActionDraft, type RowErrors } from './ActionRows';
import { closeConversation, conversationKey, conversationQuery, conversationsKey } from './conversationApi';
import { COMPETENCY_CODES, useDomainText, type CompetencyCode } from './domainTexts';
import { conversationPaths } from './paths';
import { ProposalFields, slotToProposal, type SlotValue } from './ProposalFields';
import { defaultSlot } from './when';

/** Closing a talk: the actions agreed (checked for SMART as they are typed), topics, the next talk. */
export function ClosePage({ conversationId }: { conversationId: string }) {
  const { t } = useTranslation();
  const me = useMe();
  const query = useQuery(conversationQuery(conversationId));
  if (query.data && query.data.counsellor.id !== me.id) return <ForbiddenPage />;
  return (
    <Page title={t('conversations.close.title')} intro={query.data && <p>{t('conversations.close.intro', { name: query.data.student.name })}</p>}>
      <QueryState query={query} loadingLabel={t('conversations.detail.loading')}>
        {(conversation) =>
          conversation.status === 'held' || conversation.status === 'cancelled' ? (
            <div className="card">
              <p>{t(conversation.status === 'held' ? 'conversations.close.alreadyHeld' : 'conversations.close.cancelled')}</p>
              <Link to={conversationPaths.detail(conversation.id)}>{t('conversations.close.toConversation')}</Link>
            </div>
          ) : (
            <CloseForm conversation={conversation} />
          )
        }
      </QueryState>
    </Page>
  );
}

function CloseForm({ conversation: c }: { conversation: ConversationDetail }) {
  const { t } = useTranslation();
  const text = useDomainText();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [rows, setRows] = useState<ActionDraft[]>([emptyAction()]);
  // Competencies already tagged on notes during the talk are a good first guess.
  const [topics, setTopics] = useState<CompetencyCode[]>(() => [...new Set(c.notes.flatMap((n) => n.competencies))]);
  const [planNext, setPlanNext] = useState(true);
  const [next, setNext] = useState<SlotValue>({ type: c.type === 'kennismaking' ? 'loopbaangesprek' : c.type, ...defaultSlot(), durationMinutes: c.durationMinutes, location: c.location, online: c.online });
  const [rowErrors, setRowErrors] = useState<Record<number, RowErrors>>({});
  const [nextError, setNextError] = useState<'date' | 'time' | null>(null);

  const mutation = useMutation({
    mutationFn: (body: Close) => closeConversation(c.id, body),
    onSuccess: async (closed) => {
      queryClient.setQueryData(conversationKey(c.id), closed);
      await queryClient.invalidateQueries({ queryKey: conversationsKey });
      await navigate({ to: conversationPaths.detail(c.id) });
    },
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const filled = rows.filter((row) => row.what.trim() || row.dueDate);
    const errors: Record<number, RowErrors> = {};
    rows.forEach((row, index) => {
      if (!filled.includes(row)) return;
      const e: RowErrors = {};
      if (row.what.trim().length < 3) e.what = t('conversations.close.whatMissing');
      if (!/^\d{4}-\d{2}-\d{2}$/.test(row.dueDate)) e.dueDate = t('conversations.close.dueMissing');
      if (e.what || e.dueDate) errors[index] = e;
    });
    setRowErrors(errors);
    let nextProposal: Close['next'];
    if (planNext) {
      const checked = slotToProposal(next);
      setNextError(checked.ok ? null : checked.field);
      if (!checked.ok) return;
      nextProposal = { type: next.type, startsAt: checked.startsAt, durationMinutes: next.durationMinutes, location: next.location.trim(), online: next.online };
    }
    if (Object.keys(errors).length > 0) return;
    mutation.mutate({
      version: c.version,
      actions: filled.map((row) => ({ what: row.what.trim(), owner: row.owner, dueDate: row.dueDate })),
      topics,
      next: nextProposal,
    });
  };

  // The server names fields like "actions.0.what"; rows map back by position among the filled ones.
  const server = fieldErrors(mutation.error);
  const filledIndexes = rows.map((row, i) => (row.what.trim() || row.dueDate ? i : -1)).filter((i) => i >= 0);
  const shownErrors: Record<number, RowErrors> = { ...rowErrors };
  filledIndexes.forEach((rowIndex, sentIndex) => {
    const what = server[`actions.${sentIndex}.what`];
    const due = server[`actions.${sentIndex}.dueDate`];
    if (what || due) shownErrors[rowIndex] = { what: what ?? shownErrors[rowIndex]?.what, dueDate: due ?? shownErrors[rowIndex]?.dueDate };
  });
  const stale = isApiError(mutation.error, 'conversation_changed');

  return (
    <form className="form close-form" onSubmit={submit} noValidate>
      <Section title={t('conversations.close.actionsTitle')} description={<p>{t('conversations.close.actionsIntro')}</p>}>
        <ActionRows rows={rows} onChange={setRows} errors={shownErrors} />
      </Section>
      <Section title={t('conversations.close.topicsTitle')} description={<p>{t('conversations.close.topicsIntro')}</p>}>
        <fieldset className="field choice-group">
          <legend className="visually-hidden">{t('conversations.close.topicsTitle')}</legend>
          {COMPETENCY_CODES.map((code) => (
            <CheckboxField
              key={code}
              label={text.competency(code)}
              checked={topics.includes(code)}
              onChange={(e) => setTopics((current) => (e.target.checked ? [...current, code] : current.filter((x) => x !== code)))}
            />
          ))}
        </fieldset>
      </Section>
      <Section title={t('conversations.close.nextTitle')}>
        <CheckboxField label={t('conversations.close.planNext')} hint={t('conversations.close.planNextHint')} checked={planNext} onChange={(e) => setPlanNext(e.target.checked)} />
        {planNext && (
          <ProposalFields
            value={next}
            onChange={setNext}
            errors={{ date: nextError === 'date' ? t('conversations.plan.dateMissing') : server['next.startsAt'], time: nextError === 'time' ? t('conversations.plan.timeMissing') : undefined }}
          />
        )}
      </Section>
      <div className="card close-submit">
        <FormError error={mutation.error} />
        {stale && (
          <p>
            <button type="button" className="button button-secondary" onClick={() => void queryClient.invalidateQueries({ queryKey: conversationKey(c.id) }).then(() => mutation.reset())}>
              {t('conversations.close.reload')}
            </button>
          </p>
        )}
        <div className="form-actions">
          <button type="submit" className="button" disabled={mutation.isPending} aria-busy={mutation.isPending}>
            {t('conversations.close.submit')}
          </button>
          <Link to={conversationPaths.detail(c.id)} className="button button-secondary">
            {t('common.cancel')}
          </Link>
        </div>
      </div>
    </form>
  );
}
