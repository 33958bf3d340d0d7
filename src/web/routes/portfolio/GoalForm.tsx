import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldErrors } from '../../api/client';
import { FormError } from '../../components/Feedback';
import { TextField } from '../../components/Fields';
import { TextAreaField } from '../../components/TextAreaField';
import { today } from '../../lib/format';
import { createGoal, portfolioKeys } from './portfolioApi';
import { checkGoalSmart, COMPETENCY_CODES, usePortfolioText, type CompetencyCode } from './portfolioTexts';
import { SmartFeedback } from './SmartFeedback';

/** A new POP goal: the SMART feedback follows the typing, so the student sees what is missing. */
export function GoalForm({ studentId, onDone }: { studentId: string; onDone: () => void }) {
  const { t } = useTranslation();
  const text = usePortfolioText();
  const id = useId();
  const queryClient = useQueryClient();
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const [dueOn, setDueOn] = useState('');
  const [competencies, setCompetencies] = useState<CompetencyCode[]>([]);
  const save = useMutation({
    mutationFn: () => createGoal(studentId, { title, description, dueOn: dueOn || null, competencies }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: portfolioKeys.goals(studentId) });
      onDone();
    },
  });
  const errors = fieldErrors(save.error);
  const smart = title.trim() ? checkGoalSmart({ title, description, dueOn: dueOn || null }, today()) : null;
  const toggle = (code: CompetencyCode) => setCompetencies((c) => (c.includes(code) ? c.filter((x) => x !== code) : [...c, code]));

  return (
    <form
      className="goal-form stack"
      onSubmit={(e) => {
        e.preventDefault();
        save.mutate();
      }}
    >
      <TextField label={t('portfolio.goal.title')} hint={t('portfolio.goal.titleHint')} required maxLength={300} value={title} error={errors.title} onChange={(e) => setTitle(e.target.value)} aria-describedby={`${id}-smart`} />
      <TextAreaField label={t('portfolio.goal.description')} hint={t('portfolio.goal.descriptionHint')} optional rows={3} maxLength={4000} value={description} onChange={(e) => setDescription(e.target.value)} />
      <TextField label={t('portfolio.goal.dueOn')} type="date" optional value={dueOn} error={errors.dueOn} onChange={(e) => setDueOn(e.target.value)} />
      <SmartFeedback id={`${id}-smart`} result={smart} />
      <fieldset className="field competency-choice">
        <legend className="field-label">{t('portfolio.goal.competencies')}</legend>
        {errors.competencies && (
          <p className="field-error" role="alert">
            {errors.competencies}
          </p>
        )}
        {COMPETENCY_CODES.map((code) => (
          <label key={code} className="check">
            <input type="checkbox" checked={competencies.includes(code)} onChange={() => toggle(code)} /> {text.competency(code)}
          </label>
        ))}
      </fieldset>
      <FormError error={save.error} />
      <div className="button-row">
        <button type="submit" className="button" disabled={save.isPending}>
          {t('portfolio.goal.save')}
        </button>
        <button type="button" className="button button-secondary" onClick={onDone}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
