import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../api/client';

export interface InstrumentProblem {
  path: string;
  message: string;
}

/** The problems of an `instrument_invalid` answer, or null for any other error. */
export function problemsOf(error: unknown): InstrumentProblem[] | null {
  if (!isApiError(error, 'instrument_invalid')) return null;
  const list = (error.details as { problems?: unknown } | null | undefined)?.problems;
  if (!Array.isArray(list)) return null;
  return list.flatMap((item: unknown) => {
    const problem = item as { path?: unknown; message?: unknown };
    return typeof problem.message === 'string' ? [{ path: typeof problem.path === 'string' ? problem.path : '', message: problem.message }] : [];
  });
}

/** Every problem at once, each with where it is in the file, so one round of fixing is enough. */
export function InstrumentProblems({ problems }: { problems: InstrumentProblem[] }) {
  const { t } = useTranslation();
  return (
    <div className="notice notice-error problem-summary" role="alert">
      <p>{t('insights.instruments.problems', { count: problems.length })}</p>
      <ul className="problem-list">
        {problems.map((problem, index) => (
          <li key={`${problem.path}-${index}`}>
            <code className="problem-path">{problem.path || t('insights.instruments.wholeFile')}</code>
            {': '}
            <span className="problem-message">{problem.message}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
