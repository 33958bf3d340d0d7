import { useMutation } from '@tanstack/react-query';
import { Link, useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { Competencies } from '../../../shared/competencies';
import { FormError } from '../../components/Feedback';
import { startResponse } from './competencyApi';

/**
 * Starts a questionnaire (or picks up the open draft: the server returns that one if there is
 * one) and opens it. With a known draft it is a plain link that says how far it got.
 */
export function StartButton({
  instrument,
  studentId,
  draft,
  label,
  secondary,
}: {
  instrument: string;
  studentId?: string;
  draft?: Competencies['draft'];
  label: string;
  secondary?: boolean;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const start = useMutation({
    mutationFn: () => startResponse(instrument, studentId),
    onSuccess: (response) => navigate({ to: '/competenties/invullen/$responseId', params: { responseId: response.id } }),
  });
  const className = secondary ? 'button button-secondary' : 'button';

  if (draft) {
    return (
      <div className="start-action">
        <Link to="/competenties/invullen/$responseId" params={{ responseId: draft.id }} className={className}>
          {t('competencies.start.continue')}
        </Link>
        <span className="muted">{t('competencies.start.draftProgress', { answered: draft.answered, total: draft.total })}</span>
      </div>
    );
  }
  return (
    <div className="start-action">
      <FormError error={start.error} />
      <button type="button" className={className} onClick={() => start.mutate()} disabled={start.isPending} aria-busy={start.isPending || undefined}>
        {label}
      </button>
    </div>
  );
}
