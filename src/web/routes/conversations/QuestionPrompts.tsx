import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { intakeQuestionsFor } from '../../../domain/transition/intake-questions';
import { questionsFor, useDomainText, type CompetencyCode, type PhaseCode, type Question } from './domainTexts';

const SHOWN = 3;

/** A changing order; the bank's own order is kept for the first view, so it opens gently. */
function shuffled<T>(items: readonly T[]): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

/**
 * A few open questions for this phase, narrowed to the chosen competency. The counsellor can ask
 * for others and pick one to keep in view; nothing has to be asked. An intake has its own questions.
 */
export function QuestionPrompts({ phase, competency, intake = false }: { phase: PhaseCode; competency: CompetencyCode | null; intake?: boolean }) {
  const { t } = useTranslation();
  const text = useDomainText();
  const all = useMemo(() => (intake ? intakeQuestionsFor : questionsFor)(phase, competency ?? undefined), [phase, competency, intake]);
  const [round, setRound] = useState(0);
  const [picked, setPicked] = useState<string | null>(null);
  const shown: Question[] = useMemo(() => {
    if (round === 0) return competency ? all.slice(0, SHOWN) : firstPerCompetency(all).slice(0, SHOWN);
    return shuffled(all).slice(0, SHOWN);
  }, [all, round, competency]);
  const pickedQuestion = all.find((q) => q.id === picked);

  return (
    <div className="question-prompts">
      {pickedQuestion && (
        <p className="picked-question" aria-live="polite">
          <span className="picked-label">{t('conversations.conduct.pickedLabel')}</span> {text.pick(pickedQuestion.text)}
        </p>
      )}
      <ul className="question-list">
        {shown.map((q) => (
          <li key={q.id}>
            <button type="button" className="question-button" aria-pressed={picked === q.id} onClick={() => setPicked(picked === q.id ? null : q.id)}>
              {text.pick(q.text)}
              {!competency && <span className="question-competency">{text.competency(q.competency)}</span>}
            </button>
          </li>
        ))}
      </ul>
      {all.length > SHOWN && (
        <button type="button" className="button button-secondary button-small" onClick={() => setRound((r) => r + 1)}>
          {t('conversations.conduct.otherQuestions')}
        </button>
      )}
    </div>
  );
}

/** Without a chosen competency: the opening question of each competency first. */
function firstPerCompetency(questions: Question[]): Question[] {
  const seen = new Set<string>();
  const first = questions.filter((q) => (seen.has(q.competency) ? false : (seen.add(q.competency), true)));
  return [...first, ...questions.filter((q) => !first.includes(q))];
}
