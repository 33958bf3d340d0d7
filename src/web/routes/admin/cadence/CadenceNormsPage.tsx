import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldErrors } from '../../../api/client';
import { FormError } from '../../../components/Feedback';
import { SelectField } from '../../../components/Fields';
import { Page, Section } from '../../../components/Page';
import { EmptyState, QueryState } from '../../../components/States';
import { TableWrap } from '../../../components/Table';
import { cadenceNormsQuery, saveCadenceNorm, type NormRow } from '../../conversations/conversationApi';
import { currentSchoolYear } from '../structure/useSave';

function nearbyYears(): string[] {
  const start = Number(currentSchoolYear().slice(0, 4));
  return [start - 1, start, start + 1].map((y) => `${y}-${y + 1}`);
}

/** Functioneel beheer: how many conversations of how long each programme holds per school year. */
export function CadenceNormsPage() {
  const { t } = useTranslation();
  const [schoolYear, setSchoolYear] = useState(currentSchoolYear());
  const query = useQuery(cadenceNormsQuery(schoolYear));
  return (
    <Page title={t('conversations.norms.title')} intro={<p>{t('conversations.norms.intro')}</p>}>
      <Section title={t('conversations.norms.tableTitle', { year: schoolYear })}>
        <div className="toolbar">
          <SelectField label={t('conversations.norms.schoolYear')} value={schoolYear} onChange={(e) => setSchoolYear(e.target.value)}>
            {nearbyYears().map((year) => (
              <option key={year} value={year}>
                {year}
              </option>
            ))}
          </SelectField>
        </div>
        <div aria-busy={query.isFetching}>
          <QueryState query={query}>
            {({ items }) =>
              items.length === 0 ? (
                <EmptyState title={t('conversations.norms.empty')} />
              ) : (
                <TableWrap label={t('conversations.norms.tableTitle', { year: schoolYear })}>
                  <table className="table-compact norms-table">
                    <thead>
                      <tr>
                        <th scope="col">{t('conversations.norms.programme')}</th>
                        <th scope="col">{t('conversations.norms.perYear')}</th>
                        <th scope="col">{t('conversations.norms.minutes')}</th>
                        <th scope="col">{t('conversations.norms.description')}</th>
                        <th scope="col">
                          <span className="visually-hidden">{t('common.save')}</span>
                        </th>
                      </tr>
                    </thead>
                    <tbody>
                      {[...items]
                        .sort((a, b) => (a.programmeName ?? '').localeCompare(b.programmeName ?? ''))
                        .map((norm) => (
                          <NormRowForm key={`${schoolYear}-${norm.programmeId}`} norm={{ ...norm, schoolYear }} />
                        ))}
                    </tbody>
                  </table>
                </TableWrap>
              )
            }
          </QueryState>
        </div>
      </Section>
    </Page>
  );
}

/** One programme's norm: its own small form, saved on its own. */
function NormRowForm({ norm }: { norm: NormRow }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [perYear, setPerYear] = useState(String(norm.conversationsPerYear));
  const [minutes, setMinutes] = useState(String(norm.minutesEach));
  const [description, setDescription] = useState(norm.description ?? '');
  const [saved, setSaved] = useState(false);
  const name = norm.programmeName ?? norm.programmeId;
  const formId = `norm-${norm.programmeId}`;
  const mutation = useMutation({
    mutationFn: () =>
      saveCadenceNorm({ programmeId: norm.programmeId, schoolYear: norm.schoolYear, conversationsPerYear: Number(perYear), minutesEach: Number(minutes), description: description.trim() }),
    onSuccess: async () => {
      setSaved(true);
      await queryClient.invalidateQueries({ queryKey: cadenceNormsQuery(norm.schoolYear).queryKey });
    },
  });
  const errors = fieldErrors(mutation.error);
  const perYearOk = /^\d+$/.test(perYear) && Number(perYear) >= 1 && Number(perYear) <= 20;
  const minutesOk = /^\d+$/.test(minutes) && Number(minutes) >= 5 && Number(minutes) <= 240;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    if (perYearOk && minutesOk) mutation.mutate();
  };
  const edit = <T,>(set: (v: T) => void) => (v: T) => {
    setSaved(false);
    set(v);
  };
  return (
    <tr>
      <th scope="row">
        {name}
        {norm.isDefault && <span className="block muted small">{t('conversations.norms.default')}</span>}
      </th>
      <td>
        <input form={formId} className="norm-input" type="number" inputMode="numeric" min={1} max={20} required value={perYear} aria-label={t('conversations.norms.perYearFor', { name })} aria-invalid={!perYearOk || !!errors.conversationsPerYear || undefined} onChange={(e) => edit(setPerYear)(e.target.value)} />
      </td>
      <td>
        <input form={formId} className="norm-input" type="number" inputMode="numeric" min={5} max={240} step={5} required value={minutes} aria-label={t('conversations.norms.minutesFor', { name })} aria-invalid={!minutesOk || !!errors.minutesEach || undefined} onChange={(e) => edit(setMinutes)(e.target.value)} />
      </td>
      <td>
        <input form={formId} className="norm-text" type="text" maxLength={500} value={description} aria-label={t('conversations.norms.descriptionFor', { name })} onChange={(e) => edit(setDescription)(e.target.value)} />
      </td>
      <td>
        <form id={formId} onSubmit={submit} noValidate>
          <button type="submit" className="button button-small" disabled={mutation.isPending}>
            {t('common.save')}
            <span className="visually-hidden"> {name}</span>
          </button>
        </form>
        <span role="status" className="small">
          {saved && t('conversations.norms.saved')}
          {(!perYearOk || !minutesOk) && <span className="field-error">{t('conversations.norms.invalid')}</span>}
        </span>
        <FormError error={mutation.error} />
      </td>
    </tr>
  );
}
