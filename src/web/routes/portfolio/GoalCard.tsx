import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { REVIEW_PROGRESS, type GoalView } from '../../../shared/portfolio';
import { FormError } from '../../components/Feedback';
import { SelectField, TextField } from '../../components/Fields';
import { TextAreaField } from '../../components/TextAreaField';
import { formatDate, formatDateTime } from '../../lib/format';
import { addAction, addReview, goalQuery, portfolioKeys, setActionStatus, updateGoal } from './portfolioApi';
import { usePortfolioText } from './portfolioTexts';
import { SmartFeedback } from './SmartFeedback';

/** One goal: competencies, SMART feedback, actions, progress reviews and its history. */
export function GoalCard({ goal, owner, canReview }: { goal: GoalView; owner: boolean; canReview: boolean }) {
  const { t } = useTranslation();
  const text = usePortfolioText();
  const id = useId();
  const queryClient = useQueryClient();
  const refresh = () => queryClient.invalidateQueries({ queryKey: portfolioKeys.all });
  const status = useMutation({ mutationFn: (next: GoalView['status']) => updateGoal(goal.id, { version: goal.version, status: next }), onSettled: refresh });
  const actionStatus = useMutation({ mutationFn: (v: { actionId: string; status: 'open' | 'done' | 'dropped' }) => setActionStatus(goal.id, v.actionId, v.status), onSettled: refresh });

  return (
    <article className="goal-card card" aria-labelledby={`${id}-title`}>
      <header className="goal-head">
        <h3 id={`${id}-title`}>{goal.title}</h3>
        <span className={`badge goal-status-${goal.status}`}>{t(`portfolio.goal.status.${goal.status}`)}</span>
      </header>
      {goal.description && <p>{goal.description}</p>}
      <p className="muted">
        {goal.dueOn ? t('portfolio.goal.dueLine', { date: formatDate(goal.dueOn) }) : t('portfolio.goal.noDue')} · {goal.competencies.map((c) => text.competency(c)).join(', ')} ·{' '}
        {t('portfolio.goal.evidenceCount', { count: goal.evidenceCount })}
      </p>
      {goal.status === 'active' && (
        <details className="goal-smart">
          <summary>{goal.smart.ok ? t('portfolio.smart.allOk') : t('portfolio.smart.score', { passed: goal.smart.checks.filter((c) => c.ok).length, total: goal.smart.checks.length })}</summary>
          <SmartFeedback id={`${id}-smart`} result={goal.smart} />
        </details>
      )}

      <h4>{t('portfolio.actions.title')}</h4>
      {goal.actions.length === 0 ? (
        <p className="muted">{t('portfolio.actions.none')}</p>
      ) : (
        <ul className="goal-actions">
          {goal.actions.map((a) => (
            <li key={a.id} className={`goal-action action-${a.status}`}>
              {owner ? (
                <label className="check">
                  <input type="checkbox" checked={a.status === 'done'} onChange={(e) => actionStatus.mutate({ actionId: a.id, status: e.target.checked ? 'done' : 'open' })} /> {a.description}
                </label>
              ) : (
                <span>{a.description}</span>
              )}
              <span className="muted">
                {' '}
                · {t(`portfolio.actions.status.${a.status}`)}
                {a.dueOn && ` · ${formatDate(a.dueOn)}`}
              </span>
            </li>
          ))}
        </ul>
      )}
      {owner && goal.status === 'active' && <ActionForm goalId={goal.id} onSaved={refresh} />}

      <h4>{t('portfolio.reviews.title')}</h4>
      {goal.reviews.length === 0 ? (
        <p className="muted">{t('portfolio.reviews.none')}</p>
      ) : (
        <ul className="goal-reviews">
          {goal.reviews.map((r) => (
            <li key={r.id}>
              <strong>{t(`portfolio.reviews.progress.${r.progress}`)}</strong> — {r.author?.name ?? ''}, {formatDate(r.createdAt)}
              {r.note && <p>{r.note}</p>}
            </li>
          ))}
        </ul>
      )}
      {canReview && <ReviewForm goalId={goal.id} onSaved={refresh} />}

      <History goalId={goal.id} />

      {owner && goal.status === 'active' && (
        <div className="button-row">
          <button type="button" className="button button-small button-secondary" onClick={() => status.mutate('achieved')}>
            {t('portfolio.goal.markAchieved')}
          </button>
          <button type="button" className="button button-small button-secondary" onClick={() => status.mutate('stopped')}>
            {t('portfolio.goal.markStopped')}
          </button>
        </div>
      )}
      <FormError error={status.error ?? actionStatus.error} />
    </article>
  );
}

function ActionForm({ goalId, onSaved }: { goalId: string; onSaved: () => void }) {
  const { t } = useTranslation();
  const [description, setDescription] = useState('');
  const [dueOn, setDueOn] = useState('');
  const save = useMutation({
    mutationFn: () => addAction(goalId, { description, dueOn: dueOn || null }),
    onSuccess: () => {
      setDescription('');
      setDueOn('');
      onSaved();
    },
  });
  return (
    <form
      className="inline-form"
      onSubmit={(e) => {
        e.preventDefault();
        if (description.trim()) save.mutate();
      }}
    >
      <TextField label={t('portfolio.actions.new')} maxLength={1000} value={description} onChange={(e) => setDescription(e.target.value)} />
      <TextField label={t('portfolio.actions.dueOn')} type="date" optional value={dueOn} onChange={(e) => setDueOn(e.target.value)} />
      <button type="submit" className="button button-small" disabled={save.isPending}>
        {t('portfolio.actions.add')}
      </button>
      <FormError error={save.error} />
    </form>
  );
}

function ReviewForm({ goalId, onSaved }: { goalId: string; onSaved: () => void }) {
  const { t } = useTranslation();
  const [progress, setProgress] = useState<string>('on_track');
  const [note, setNote] = useState('');
  const save = useMutation({
    mutationFn: () => addReview(goalId, { progress, note }),
    onSuccess: () => {
      setNote('');
      onSaved();
    },
  });
  return (
    <form
      className="review-form stack"
      onSubmit={(e) => {
        e.preventDefault();
        save.mutate();
      }}
    >
      <SelectField label={t('portfolio.reviews.progressLabel')} value={progress} onChange={(e) => setProgress(e.target.value)}>
        {REVIEW_PROGRESS.map((p) => (
          <option key={p} value={p}>
            {t(`portfolio.reviews.progress.${p}`)}
          </option>
        ))}
      </SelectField>
      <TextAreaField label={t('portfolio.reviews.note')} optional rows={2} maxLength={4000} value={note} onChange={(e) => setNote(e.target.value)} />
      <button type="submit" className="button button-small" disabled={save.isPending}>
        {t('portfolio.reviews.add')}
      </button>
      <FormError error={save.error} />
    </form>
  );
}

/** Loaded only when opened: most visits do not need the history. */
function History({ goalId }: { goalId: string }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const detail = useQuery({ ...goalQuery(goalId), enabled: open });
  return (
    <details className="goal-history" onToggle={(e) => setOpen((e.target as HTMLDetailsElement).open)}>
      <summary>{t('portfolio.history.title')}</summary>
      {detail.data &&
        (detail.data.revisions.length === 0 ? (
          <p className="muted">{t('portfolio.history.none')}</p>
        ) : (
          <ol>
            {detail.data.revisions.map((r) => (
              <li key={r.id}>
                {t('portfolio.history.line', { when: formatDateTime(r.changedAt), who: r.changedBy ?? '' })}: <q>{r.before.title}</q>
                {r.before.dueOn && ` (${formatDate(r.before.dueOn)})`} — {t(`portfolio.goal.status.${r.before.status}`)}
              </li>
            ))}
          </ol>
        ))}
    </details>
  );
}
