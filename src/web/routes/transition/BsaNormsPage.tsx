import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { BsaNorm, BsaNormView } from '../../../shared/study-progress';
import { api, fieldErrors } from '../../api/client';
import { structureQuery } from '../../api/queries';
import { FormError, StatusMessage } from '../../components/Feedback';
import { SelectField, TextField } from '../../components/Fields';
import { Page, Section } from '../../components/Page';
import { EmptyState, QueryState } from '../../components/States';
import { TableWrap } from '../../components/Table';
import { formatDate } from '../../lib/format';

/** Admin: the BSA threshold and dates per programme and school year. */
export function BsaNormsPage() {
  const { t } = useTranslation();
  const client = useQueryClient();
  const norms = useQuery({ queryKey: ['bsa', 'norms'], queryFn: () => api<BsaNormView[]>('/bsa/norms') });
  const structure = useQuery(structureQuery);
  const programmes = (structure.data?.sectors ?? []).flatMap((s) => s.programmes);
  const year = new Date().getMonth() >= 7 ? new Date().getFullYear() : new Date().getFullYear() - 1;
  const [form, setForm] = useState({ programmeId: '', schoolYear: `${year}-${year + 1}`, thresholdCredits: '45', yearCredits: '60', warningOn: `${year + 1}-01-31`, finalOn: `${year + 1}-07-15` });
  const save = useMutation({
    mutationFn: (body: BsaNorm) => api<BsaNormView[]>('/bsa/norms', { method: 'PUT', json: body }),
    onSuccess: (data) => client.setQueryData(['bsa', 'norms'], data),
  });
  const errors = fieldErrors(save.error);
  const set = (key: keyof typeof form) => (e: { target: { value: string } }) => setForm((f) => ({ ...f, [key]: e.target.value }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate({ ...form, thresholdCredits: Number(form.thresholdCredits), yearCredits: Number(form.yearCredits) });
  };
  return (
    <Page title={t('study-progress.norms.title')} intro={<p>{t('study-progress.norms.intro')}</p>}>
      <div className="stack">
        <form className="form card" onSubmit={submit} aria-label={t('study-progress.norms.form')}>
          <SelectField label={t('study-progress.norms.programme')} required value={form.programmeId} onChange={set('programmeId')}>
            <option value="">—</option>
            {programmes.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </SelectField>
          <TextField label={t('study-progress.norms.schoolYear')} required pattern="\d{4}-\d{4}" value={form.schoolYear} onChange={set('schoolYear')} error={errors.schoolYear} />
          <TextField label={t('study-progress.norms.threshold')} type="number" min={1} required value={form.thresholdCredits} onChange={set('thresholdCredits')} error={errors.thresholdCredits} />
          <TextField label={t('study-progress.norms.yearCredits')} type="number" min={1} required value={form.yearCredits} onChange={set('yearCredits')} />
          <TextField label={t('study-progress.norms.warningOn')} type="date" required value={form.warningOn} onChange={set('warningOn')} error={errors.warningOn} />
          <TextField label={t('study-progress.norms.finalOn')} type="date" required value={form.finalOn} onChange={set('finalOn')} error={errors.finalOn} />
          <div className="form-actions">
            <button type="submit" className="button" disabled={save.isPending || !form.programmeId}>
              {t('study-progress.norms.save')}
            </button>
          </div>
          <FormError error={save.error} />
          <StatusMessage>{save.isSuccess ? t('study-progress.norms.saved') : null}</StatusMessage>
        </form>
        <Section title={t('study-progress.norms.list')}>
          <QueryState query={norms}>
            {(rows) =>
              rows.length === 0 ? (
                <EmptyState title={t('study-progress.norms.empty')} />
              ) : (
                <TableWrap label={t('study-progress.norms.list')}>
                  <table className="table-compact">
                    <thead>
                      <tr>
                        <th scope="col">{t('study-progress.norms.programme')}</th>
                        <th scope="col">{t('study-progress.norms.schoolYear')}</th>
                        <th scope="col" className="num">{t('study-progress.norms.threshold')}</th>
                        <th scope="col">{t('study-progress.norms.warningOn')}</th>
                        <th scope="col">{t('study-progress.norms.finalOn')}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {rows.map((n) => (
                        <tr key={`${n.programmeId}-${n.schoolYear}`}>
                          <th scope="row">{n.programme}</th>
                          <td>{n.schoolYear}</td>
                          <td className="num">{n.thresholdCredits} / {n.yearCredits}</td>
                          <td>{formatDate(n.warningOn)}</td>
                          <td>{formatDate(n.finalOn)}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </TableWrap>
              )
            }
          </QueryState>
        </Section>
      </div>
    </Page>
  );
}
