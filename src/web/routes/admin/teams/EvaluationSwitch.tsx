import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormError, StatusMessage } from '../../../components/Feedback';
import { CheckboxField } from '../../../components/Fields';
import { Section } from '../../../components/Page';
import { QueryState } from '../../../components/States';
import { evaluationSettingsKey, evaluationSettingsQuery, switchEvaluation } from '../../development/evaluationApi';

const nextYear = (year: string) => `${Number(year.slice(0, 4)) + 1}-${Number(year.slice(0, 4)) + 2}`;

/** Whether the school runs the end-of-year student evaluation of guidance, for this and the coming school year. */
export function EvaluationSwitch() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const query = useQuery(evaluationSettingsQuery);
  const [status, setStatus] = useState('');
  const save = useMutation({
    mutationFn: (v: { schoolYear: string; enabled: boolean }) => switchEvaluation(v.schoolYear, v.enabled),
    onSuccess: (data, v) => {
      queryClient.setQueryData(evaluationSettingsKey, data);
      setStatus(t(v.enabled ? 'development.adminEvaluation.on' : 'development.adminEvaluation.off', { year: v.schoolYear }));
    },
  });
  return (
    <Section title={t('development.adminEvaluation.title')} description={<p>{t('development.adminEvaluation.intro')}</p>}>
      <QueryState query={query}>
        {(data) => (
          <div className="stack">
            {[data.currentSchoolYear, nextYear(data.currentSchoolYear)].map((year) => (
              <CheckboxField
                key={year}
                label={t('development.adminEvaluation.label', { year })}
                checked={data.years.find((y) => y.schoolYear === year)?.enabled ?? false}
                disabled={save.isPending}
                onChange={(e) => {
                  setStatus('');
                  save.mutate({ schoolYear: year, enabled: e.target.checked });
                }}
              />
            ))}
            <StatusMessage>{status}</StatusMessage>
            <FormError error={save.error} />
          </div>
        )}
      </QueryState>
    </Section>
  );
}
