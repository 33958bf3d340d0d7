import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActionView } from '../../../shared/conversations';
import { FormError } from '../../components/Feedback';
import { formatDate, today } from '../../lib/format';
import { conversationsKey, setActionStatus } from './conversationApi';

/** Agreed actions with a tick box for "gedaan"; `readOnly` lists them without the boxes. */
export function ActionsList({ actions, side, readOnly = false }: { actions: ActionView[]; side: 'student' | 'counsellor' | null; readOnly?: boolean }) {
  const { t } = useTranslation();
  if (actions.length === 0) return <p className="muted">{t('conversations.actions.none')}</p>;
  return (
    <ul className="action-list">
      {actions.map((action) => (
        <ActionItem key={action.id} action={action} side={side} readOnly={readOnly} />
      ))}
    </ul>
  );
}

function ActionItem({ action, side, readOnly }: { action: ActionView; side: 'student' | 'counsellor' | null; readOnly: boolean }) {
  const { t } = useTranslation();
  const id = useId();
  const queryClient = useQueryClient();
  const mutation = useMutation({
    mutationFn: (done: boolean) => setActionStatus(action.id, done ? 'done' : 'open'),
    onSuccess: async () => {
      // The action may be shown under a later talk too (open actions when preparing): refresh all.
      await queryClient.invalidateQueries({ queryKey: ['conversation'] });
      await queryClient.invalidateQueries({ queryKey: conversationsKey });
    },
  });
  const done = action.status === 'done';
  // Shows the new state at once while it is being saved; a failure puts the old one back.
  const [optimistic, setOptimistic] = useState<boolean | null>(null);
  const toggle = (checked: boolean) => {
    setOptimistic(checked);
    mutation.mutate(checked, { onSettled: () => setOptimistic(null) });
  };
  const late = action.status === 'open' && action.dueDate < today();
  const owner = action.owner === 'student' && side === 'student' ? t('conversations.actions.ownerYou') : t(`conversations.actions.owner.${action.owner}`);
  const meta = `${owner} · ${t('conversations.actions.due', { date: formatDate(action.dueDate) })}`;

  return (
    <li className={`action-item ${done ? 'is-done' : ''}`}>
      {readOnly ? (
        <p className="action-what">{action.what}</p>
      ) : (
        <div className="field-checkbox action-check">
          <input
            id={id}
            type="checkbox"
            checked={optimistic ?? done}
            disabled={mutation.isPending || action.status === 'dropped'}
            onChange={(e) => toggle(e.target.checked)}
            aria-describedby={`${id}-meta`}
          />
          <label htmlFor={id}>{action.what}</label>
        </div>
      )}
      <p className="action-meta" id={`${id}-meta`}>
        {meta}
        {done && <span className="badge badge-ok">{t('conversations.actions.done')}</span>}
        {late && <span className="badge badge-error">{t('conversations.actions.late')}</span>}
        {action.status === 'dropped' && <span className="badge">{t('conversations.actions.dropped')}</span>}
      </p>
      <FormError error={mutation.error} />
    </li>
  );
}
