import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReferralStep, ReferralView } from '../../../../shared/guidance';
import { FormError } from '../../../components/Feedback';
import { formatDate } from '../../../lib/format';
import { referralChanged, referralKey, setStepDone } from '../guidanceApi';

/**
 * The step plan shared with the student, the counsellor and (when allowed) the parents. The
 * specialist handling the referral ticks steps off; everyone else reads whether a step is done.
 */
export function StepPlan({ referral, editable }: { referral: ReferralView; editable: boolean }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  // A controlled checkbox snaps back until the cache update renders; the pending tick keeps it put.
  const [pending, setPending] = useState<Record<string, boolean>>({});
  // The tick shows at once; a refusal puts the referral back as the server has it.
  const mutation = useMutation({
    mutationFn: ({ step, done }: { step: ReferralStep; done: boolean }) => setStepDone(step.id, done),
    onMutate: ({ step, done }) => {
      queryClient.setQueryData<ReferralView>(referralKey(referral.id), (current) =>
        current ? { ...current, steps: current.steps.map((s) => (s.id === step.id ? { ...s, done } : s)) } : current,
      );
    },
    onSuccess: (view) => referralChanged(queryClient, view),
    onError: () => queryClient.invalidateQueries({ queryKey: referralKey(referral.id) }),
    onSettled: (_data, _error, { step }) =>
      setPending((current) => {
        const { [step.id]: _settled, ...rest } = current;
        return rest;
      }),
  });
  if (referral.steps.length === 0) return <p className="muted">{t('guidance.steps.none')}</p>;
  const done = referral.steps.filter((step) => step.done).length;
  return (
    <>
      <p>{t('guidance.steps.progress', { done, total: referral.steps.length })}</p>
      <FormError error={mutation.error} />
      <ol className="step-plan">
        {referral.steps.map((step) => (
          <li key={step.id} className={step.done ? 'step-item-done' : undefined}>
            {editable ? (
              <div className="field-checkbox">
                <input
                  id={`step-${step.id}`}
                  type="checkbox"
                  checked={pending[step.id] ?? step.done}
                  onChange={(e) => {
                    const done = e.target.checked;
                    setPending((current) => ({ ...current, [step.id]: done }));
                    mutation.mutate({ step, done });
                  }}
                  aria-describedby={`step-${step.id}-meta`}
                />
                <label htmlFor={`step-${step.id}`}>{step.what}</label>
                <StepMeta step={step} />
              </div>
            ) : (
              <>
                <span className={`step-state ${step.done ? 'step-state-done' : ''}`}>
                  <span aria-hidden="true">{step.done ? '✓ ' : '○ '}</span>
                  {step.done ? t('guidance.steps.done') : t('guidance.steps.open')}
                </span>{' '}
                <strong>{step.what}</strong>
                <StepMeta step={step} />
              </>
            )}
          </li>
        ))}
      </ol>
    </>
  );
}

function StepMeta({ step }: { step: ReferralStep }) {
  const { t } = useTranslation();
  return (
    <span className="field-hint block" id={`step-${step.id}-meta`}>
      {t('guidance.steps.who', { who: step.who })}
      {step.dueDate && ` · ${t('guidance.steps.due', { date: formatDate(step.dueDate) })}`}
    </span>
  );
}
