import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReferralAction, ReferralView } from '../../../../shared/guidance';
import { ApiError, fieldErrors } from '../../../api/client';
import { FormError, StatusMessage } from '../../../components/Feedback';
import { Section } from '../../../components/Page';
import { dashboardKey, referralAction, referralChanged, referralKey } from '../guidanceApi';
import { RadioGroup } from '../RadioGroup';
import { TextAreaField } from '../../../components/TextAreaField';
import { PlanForm } from './PlanForm';

/** Body of an action without the version: the version is always the one on screen. */
type Move = ReferralAction extends infer A ? (A extends ReferralAction ? Omit<A, 'version'> : never) : never;

/**
 * The specialist's moves on a referral: take it, record the first contact, make a step plan, close
 * it with feedback to the referrer. Every move carries the version on screen; when someone else got
 * there first (409) the message stays and the referral is loaded again.
 */
export function SpecialistActions({ referral, meId }: { referral: ReferralView; meId: string }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [done, setDone] = useState('');
  const mutation = useMutation({
    mutationFn: ({ move }: { move: Move; message: string }) => referralAction(referral.id, { ...move, version: referral.version } as ReferralAction),
    onSuccess: async (view, { message }) => {
      setDone(message);
      await referralChanged(queryClient, view);
    },
    onError: async (error) => {
      setDone('');
      if (error instanceof ApiError && error.status === 409) {
        await queryClient.invalidateQueries({ queryKey: referralKey(referral.id) });
        await queryClient.invalidateQueries({ queryKey: dashboardKey });
      }
    },
  });
  const run = (move: Move, message: string) => {
    setDone('');
    mutation.mutate({ move, message });
  };
  const errors = fieldErrors(mutation.error);
  const open = referral.status === 'in_behandeling' || referral.status === 'stappenplan';
  const mine = referral.specialist?.id === meId;

  let body: React.ReactNode;
  if (referral.status === 'ingediend') {
    body = (
      <>
        <p>{t('guidance.actions.acceptText')}</p>
        <button type="button" className="button" disabled={mutation.isPending} onClick={() => run({ action: 'accept' }, t('guidance.actions.accepted'))}>
          {t('guidance.actions.accept')}
        </button>
      </>
    );
  } else if (open && mine) {
    body = (
      <div className="stack">
        {!referral.firstContactAt && <ContactForm pending={mutation.isPending} onSubmit={(note) => run({ action: 'contact', note }, t('guidance.actions.contacted'))} />}
        {referral.status === 'in_behandeling' && (
          <PlanForm pending={mutation.isPending} serverErrors={errors} onSubmit={(steps) => run({ action: 'plan', steps }, t('guidance.actions.planned'))} />
        )}
        <CloseForm pending={mutation.isPending} serverError={errors.feedback} onSubmit={(outcome, feedback) => run({ action: 'close', outcome, feedback }, t('guidance.actions.closed'))} />
      </div>
    );
  } else if (open && referral.specialist) {
    body = <p>{t('guidance.actions.takenBy', { name: referral.specialist.name })}</p>;
  } else {
    body = <p>{t('guidance.actions.nothing')}</p>;
  }

  return (
    <Section title={t('guidance.actions.title')} className="referral-actions">
      <FormError error={mutation.error} />
      <StatusMessage>{done}</StatusMessage>
      {body}
    </Section>
  );
}

function ContactForm({ pending, onSubmit }: { pending: boolean; onSubmit: (note: string) => void }) {
  const { t } = useTranslation();
  const [note, setNote] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit(note.trim());
  };
  return (
    <form className="form sub-form" onSubmit={submit} noValidate>
      <h3>{t('guidance.actions.contactTitle')}</h3>
      <TextAreaField label={t('guidance.actions.contactNote')} optional value={note} maxLength={2000} rows={3} onChange={(e) => setNote(e.target.value)} />
      <button type="submit" className="button" disabled={pending}>
        {t('guidance.actions.contact')}
      </button>
    </form>
  );
}

type Outcome = 'afgerond' | 'terugverwezen';

function CloseForm({ pending, serverError, onSubmit }: { pending: boolean; serverError?: string; onSubmit: (outcome: Outcome, feedback: string) => void }) {
  const { t } = useTranslation();
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [feedback, setFeedback] = useState('');
  const [errors, setErrors] = useState<{ outcome?: string; feedback?: string }>({});
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = {
      outcome: outcome ? undefined : t('guidance.actions.errors.outcome'),
      feedback: feedback.trim().length >= 10 ? undefined : t('guidance.actions.errors.feedback'),
    };
    setErrors(found);
    if (outcome && !found.feedback) onSubmit(outcome, feedback.trim());
  };
  return (
    <form className="form sub-form" onSubmit={submit} noValidate>
      <h3>{t('guidance.actions.closeTitle')}</h3>
      <RadioGroup
        legend={t('guidance.actions.outcome')}
        value={outcome}
        onChange={setOutcome}
        error={errors.outcome}
        options={[
          { value: 'afgerond', label: t('guidance.status.afgerond'), hint: t('guidance.actions.outcomeDone') },
          { value: 'terugverwezen', label: t('guidance.status.terugverwezen'), hint: t('guidance.actions.outcomeBack') },
        ]}
      />
      <TextAreaField
        label={t('guidance.actions.feedback')}
        hint={t('guidance.actions.feedbackHint')}
        value={feedback}
        maxLength={5000}
        rows={4}
        onChange={(e) => setFeedback(e.target.value)}
        error={errors.feedback ?? serverError}
      />
      <button type="submit" className="button" disabled={pending}>
        {t('guidance.actions.close')}
      </button>
    </form>
  );
}
