import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { checkSmart, type SmartCriterion } from '../../../domain/conversations/smart';
import { fieldErrors } from '../../api/client';
import { FormError, StatusMessage } from '../../components/Feedback';
import { TextField } from '../../components/Fields';
import { Section } from '../../components/Page';
import { formatDate, today } from '../../lib/format';
import { CompetencyChoice, CompetencyTags } from './CompetencyChoice';
import { addGoal, changeGoal, ownDevelopmentKey, pick, type Development, type GoalView, type SlbCompetency } from './developmentApi';
import { TextArea } from './TextArea';

type Check = { criterion: SmartCriterion; ok: boolean; feedback: { nl: string; en: string } };

/** All five SMART criteria in words, each marked in text as well as by colour. */
export function SmartList({ checks, id }: { checks: Check[]; id?: string }) {
  const { t } = useTranslation();
  const passed = checks.filter((c) => c.ok).length;
  return (
    <div className="dev-smart">
      <p id={id} className="dev-smart-summary" aria-live="polite">
        {passed === checks.length ? t('development.goals.smartAllOk') : t('development.goals.smartScore', { passed, total: checks.length })}
      </p>
      <ul className="dev-smart-checks">
        {checks.map((check) => (
          <li key={check.criterion} className={check.ok ? 'dev-smart-ok' : 'dev-smart-todo'}>
            <span aria-hidden="true">{check.ok ? '✓' : '!'}</span>{' '}
            <strong>
              {t(`development.smart.${check.criterion}`)} — {check.ok ? t('development.goals.smartOk') : t('development.goals.smartTodo')}:
            </strong>{' '}
            {pick(check.feedback)}
          </li>
        ))}
      </ul>
    </div>
  );
}

function GoalForm({ data }: { data: Development }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const feedbackId = useId();
  const [what, setWhat] = useState('');
  const [dueDate, setDueDate] = useState('');
  const [competencies, setCompetencies] = useState<SlbCompetency[]>([]);
  const [saved, setSaved] = useState('');
  const save = useMutation({
    mutationFn: () => addGoal({ what, dueDate, competencies }),
    onSuccess: async () => {
      setWhat('');
      setDueDate('');
      setCompetencies([]);
      setSaved(t('development.goals.saved'));
      await queryClient.invalidateQueries({ queryKey: ownDevelopmentKey });
    },
  });
  const errors = fieldErrors(save.error);
  // The same check as for students' actions, live while typing; the owner is always the counsellor.
  const smart = what.trim() ? checkSmart({ what, owner: 'counsellor', due: dueDate || null, today: today() }) : null;
  return (
    <form
      className="form dev-goal-form"
      onSubmit={(e) => {
        e.preventDefault();
        setSaved('');
        save.mutate();
      }}
    >
      <TextArea
        label={t('development.goals.what')}
        hint={t('development.goals.whatHint')}
        value={what}
        onChange={(e) => setWhat(e.target.value)}
        required
        maxLength={1000}
        aria-describedby={smart ? feedbackId : undefined}
      />
      <TextField label={t('development.goals.due')} type="date" value={dueDate} onChange={(e) => setDueDate(e.target.value)} required error={errors.dueDate} className="field-short" />
      <CompetencyChoice meetlat={data.meetlat} value={competencies} onChange={setCompetencies} legend={t('development.goals.competencies')} error={errors.competencies} />
      {smart ? <SmartList checks={smart.checks} id={feedbackId} /> : <p className="muted">{t('development.goals.smartEmpty')}</p>}
      <FormError error={save.error} />
      <StatusMessage>{saved}</StatusMessage>
      <div className="form-actions">
        <button type="submit" className="button" disabled={save.isPending}>
          {t('development.goals.add')}
        </button>
      </div>
    </form>
  );
}

function GoalItem({ goal, data }: { goal: GoalView; data: Development }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const change = useMutation({
    mutationFn: (status: GoalView['status']) => changeGoal(goal.id, { status }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ownDevelopmentKey }),
  });
  return (
    <li className="card dev-goal">
      <p className="dev-goal-what">{goal.what}</p>
      <p className="muted">
        {t('development.goals.dueOn', { date: formatDate(goal.dueDate) })} · {t(`development.goals.status.${goal.status}`)}
      </p>
      <CompetencyTags meetlat={data.meetlat} codes={goal.competencies} />
      {goal.status === 'open' && !goal.smart.ok && (
        <details className="details">
          <summary>{t('development.goals.smartScore', { passed: goal.smart.checks.filter((c) => c.ok).length, total: goal.smart.checks.length })}</summary>
          <SmartList checks={goal.smart.checks} />
        </details>
      )}
      {data.reader === 'self' && goal.status === 'open' && (
        <div className="button-row">
          <button type="button" className="button button-small" onClick={() => change.mutate('done')} disabled={change.isPending}>
            {t('development.goals.markDone')}
          </button>
          <button type="button" className="button button-small button-secondary" onClick={() => change.mutate('dropped')} disabled={change.isPending}>
            {t('development.goals.drop')}
          </button>
        </div>
      )}
      <FormError error={change.error} />
    </li>
  );
}

export function GoalsSection({ data }: { data: Development }) {
  const { t } = useTranslation();
  return (
    <Section title={t('development.goals.title')} description={<p>{t('development.goals.intro')}</p>}>
      {data.reader === 'self' && <GoalForm data={data} />}
      {data.goals.length === 0 ? (
        <p className="muted">{t('development.goals.none')}</p>
      ) : (
        <ul className="plain-list dev-goal-list">
          {data.goals.map((goal) => (
            <GoalItem key={goal.id} goal={goal} data={data} />
          ))}
        </ul>
      )}
    </Section>
  );
}
