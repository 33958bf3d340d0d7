import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, fieldErrors } from '../../../api/client';
import type { Assignment } from '../../../api/types';
import { FormError } from '../../../components/Feedback';
import { TextField } from '../../../components/Fields';
import { today } from '../../../lib/format';

/** Ends one assignment on a chosen date (it then moves to the history). */
export function EndAssignment({
  assignment,
  counsellorId,
  onDone,
}: {
  assignment: Assignment;
  counsellorId: string;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [endDate, setEndDate] = useState(today());
  const end = useMutation({
    mutationFn: () =>
      api(`/admin/assignments/${encodeURIComponent(assignment.id)}/end`, { method: 'POST', json: { endDate } }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['assignments', counsellorId] });
      await queryClient.invalidateQueries({ queryKey: ['student', assignment.student.id] });
      onDone();
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    end.mutate();
  };
  return (
    <form className="form form-compact" onSubmit={submit} aria-label={t('assignments.endFor', { name: assignment.student.name })}>
      <FormError error={end.error} />
      <TextField
        label={t('fields.endDate')}
        type="date"
        required
        min={assignment.startDate}
        value={endDate}
        onChange={(event) => setEndDate(event.target.value)}
        error={fieldErrors(end.error).endDate}
        autoFocus
      />
      <div className="button-row">
        <button type="submit" className="button button-small" disabled={end.isPending || !endDate}>
          {t('assignments.confirmEnd')}
        </button>
        <button type="button" className="button button-small button-secondary" onClick={onDone}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
