import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, fieldErrors } from '../../api/client';
import { structureQuery } from '../../api/queries';
import { FormError, StatusMessage } from '../../components/Feedback';
import { SelectField, TextField } from '../../components/Fields';
import { Section } from '../../components/Page';
import { today } from '../../lib/format';

/** Administrator: place the student in a class (a new enrolment from the start date on). */
export function EnrolForm({ studentId }: { studentId: string }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const structure = useQuery(structureQuery);
  const [cohortId, setCohortId] = useState('');
  const [startDate, setStartDate] = useState(today());
  const [done, setDone] = useState(false);

  const enrol = useMutation({
    mutationFn: () => api('/admin/enrolments', { method: 'POST', json: { studentId, cohortId, startDate } }),
    onSuccess: async () => {
      setDone(true);
      setCohortId('');
      await queryClient.invalidateQueries({ queryKey: ['student', studentId] });
      await queryClient.invalidateQueries({ queryKey: structureQuery.queryKey });
      await queryClient.invalidateQueries({ queryKey: ['students'] });
    },
  });
  const errors = fieldErrors(enrol.error);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setDone(false);
    enrol.mutate();
  };

  return (
    <Section title={t('enrol.title')} description={<p>{t('enrol.intro')}</p>}>
      <form className="form form-inline" onSubmit={submit}>
        <FormError error={enrol.error} />
        <SelectField
          label={t('fields.cohort')}
          required
          value={cohortId}
          onChange={(event) => setCohortId(event.target.value)}
          error={errors.cohortId}
          disabled={structure.isPending}
        >
          <option value="">{structure.isPending ? t('common.loading') : t('enrol.chooseCohort')}</option>
          {structure.data?.sectors.flatMap((sector) =>
            sector.programmes.map((programme) => (
              <optgroup key={programme.id} label={`${sector.name} – ${programme.name}`}>
                {programme.cohorts.map((cohort) => (
                  <option key={cohort.id} value={cohort.id}>
                    {cohort.name} ({cohort.schoolYear})
                  </option>
                ))}
              </optgroup>
            )),
          )}
        </SelectField>
        <TextField
          label={t('fields.startDate')}
          type="date"
          required
          value={startDate}
          onChange={(event) => setStartDate(event.target.value)}
          error={errors.startDate}
        />
        <div className="form-actions">
          <button type="submit" className="button" disabled={enrol.isPending || !cohortId || !startDate}>
            {t('enrol.submit')}
          </button>
        </div>
        <StatusMessage>{done ? t('enrol.done') : null}</StatusMessage>
      </form>
    </Section>
  );
}
