import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormError, StatusMessage } from '../../components/Feedback';
import { SelectField, TextField } from '../../components/Fields';
import { Section } from '../../components/Page';
import { TableWrap } from '../../components/Table';
import { formatDate } from '../../lib/format';
import { addAction, removeAction, savePriorities, score, updateAction, type LobScanAction, type LobScanResults } from './lobScanApi';

type Lang = 'nl' | 'en';
const useLang = (): Lang => (useTranslation().i18n.language === 'en' ? 'en' : 'nl');

function themeTitle(data: LobScanResults, code: string, lang: Lang) {
  return data.themes.find((t) => t.code === code)?.title[lang] ?? code;
}

function ActionsTable({ data, actions, review }: { data: LobScanResults; actions: LobScanAction[]; review: boolean }) {
  const { t } = useTranslation();
  const lang = useLang();
  const client = useQueryClient();
  const [notes, setNotes] = useState<Record<string, string>>({});
  const refresh = () => client.invalidateQueries({ queryKey: ['lob-scans', data.campaign.id] });
  const save = useMutation({ mutationFn: (a: { id: string; status?: LobScanAction['status']; reviewNote?: string }) => updateAction(a.id, a), onSuccess: refresh });
  const remove = useMutation({ mutationFn: removeAction, onSuccess: refresh });
  if (actions.length === 0) return <p className="muted">{t('lobscan.noActions')}</p>;
  return (
    <TableWrap label={review ? t('lobscan.previousActions') : t('lobscan.actionsTitle')}>
      <table className="table-compact">
        <thead>
          <tr>
            <th scope="col">{t('lobscan.theme')}</th>
            <th scope="col">{t('lobscan.what')}</th>
            <th scope="col">{t('lobscan.who')}</th>
            <th scope="col">{t('lobscan.dueOn')}</th>
            <th scope="col">{t('lobscan.statusLabel')}</th>
            {review && <th scope="col">{t('lobscan.reviewNote')}</th>}
            <th scope="col"><span className="visually-hidden">{t('lobscan.rowActions')}</span></th>
          </tr>
        </thead>
        <tbody>
          {actions.map((a) => (
            <tr key={a.id}>
              <td>{themeTitle(data, a.themeCode, lang)}</td>
              <td>{a.what}</td>
              <td>{a.who}</td>
              <td>{formatDate(a.dueOn)}</td>
              <td>
                <select aria-label={t('lobscan.statusFor', { what: a.what })} value={a.status} onChange={(e) => save.mutate({ id: a.id, status: e.target.value as LobScanAction['status'] })}>
                  {(['open', 'done', 'dropped'] as const).map((s) => (
                    <option key={s} value={s}>{t(`lobscan.actionStatus.${s}`)}</option>
                  ))}
                </select>
              </td>
              {review && (
                <td>
                  <input
                    aria-label={t('lobscan.reviewFor', { what: a.what })}
                    value={notes[a.id] ?? a.reviewNote ?? ''}
                    onChange={(e) => setNotes({ ...notes, [a.id]: e.target.value })}
                    onBlur={() => notes[a.id] !== undefined && save.mutate({ id: a.id, reviewNote: notes[a.id] ?? '' })}
                  />
                </td>
              )}
              <td>
                {!review && (
                  <button type="button" className="button-link" onClick={() => remove.mutate(a.id)}>
                    {t('lobscan.remove')}<span className="visually-hidden"> {a.what}</span>
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <FormError error={save.error ?? remove.error} />
    </TableWrap>
  );
}

/** Last cycle's priorities and plan, to look back on: what came of each action. */
export function PreviousPlan({ data }: { data: LobScanResults }) {
  const { t } = useTranslation();
  const lang = useLang();
  const previous = data.previous;
  if (!previous) return null;
  return (
    <Section title={t('lobscan.previousTitle', { title: previous.title })} description={<p>{t('lobscan.previousIntro')}</p>}>
      <ol className="lobscan-priorities">
        {previous.priorities.map((p) => (
          <li key={p.themeCode}>
            {themeTitle(data, p.themeCode, lang)} — {t('lobscan.thenNow', { then: score(previous.means.find((m) => m.code === p.themeCode)?.mean ?? null, lang), now: score(data.themes.find((x) => x.code === p.themeCode)?.mean ?? null, lang) })}
          </li>
        ))}
      </ol>
      <ActionsTable data={data} actions={previous.actions} review />
    </Section>
  );
}

export function LobScanPlan({ data }: { data: LobScanResults }) {
  const { t } = useTranslation();
  const lang = useLang();
  const client = useQueryClient();
  const refresh = () => client.invalidateQueries({ queryKey: ['lob-scans', data.campaign.id] });
  const [chosen, setChosen] = useState<string[]>(data.priorities.map((p) => p.themeCode));
  const priorities = useMutation({ mutationFn: () => savePriorities(data.campaign.id, chosen.map((themeCode, i) => ({ themeCode, rank: i + 1, rationale: data.priorities.find((p) => p.themeCode === themeCode)?.rationale ?? '' }))), onSuccess: refresh });
  const [form, setForm] = useState({ themeCode: chosen[0] ?? data.themes[0]?.code ?? '', what: '', who: '', dueOn: '' });
  const create = useMutation({
    mutationFn: () => addAction(data.campaign.id, form),
    onSuccess: async () => {
      setForm({ ...form, what: '', who: '', dueOn: '' });
      await refresh();
    },
  });
  const toggle = (code: string) => setChosen(chosen.includes(code) ? chosen.filter((c) => c !== code) : [...chosen, code]);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    create.mutate();
  };
  return (
    <>
      <Section title={t('lobscan.prioritiesTitle')} description={<p>{t('lobscan.prioritiesIntro')}</p>}>
        <fieldset className="lobscan-choice">
          <legend>{t('lobscan.chooseThemes')}</legend>
          {data.themes.map((theme) => (
            <label key={theme.code}>
              <input type="checkbox" checked={chosen.includes(theme.code)} onChange={() => toggle(theme.code)} />{' '}
              {chosen.includes(theme.code) ? `${chosen.indexOf(theme.code) + 1}. ` : ''}
              {theme.title[lang]}
            </label>
          ))}
        </fieldset>
        <button type="button" className="button" onClick={() => priorities.mutate()} disabled={priorities.isPending}>
          {t('lobscan.savePriorities')}
        </button>
        <FormError error={priorities.error} />
        {priorities.isSuccess && <StatusMessage>{t('lobscan.saved')}</StatusMessage>}
      </Section>
      <Section title={t('lobscan.actionsTitle')} description={<p>{t('lobscan.actionsIntro')}</p>}>
        <ActionsTable data={data} actions={data.actions} review={false} />
        <form className="lobscan-action-form" onSubmit={submit}>
          <SelectField label={t('lobscan.theme')} value={form.themeCode} onChange={(e) => setForm({ ...form, themeCode: e.target.value })}>
            {data.themes.map((theme) => (
              <option key={theme.code} value={theme.code}>{theme.title[lang]}</option>
            ))}
          </SelectField>
          <TextField label={t('lobscan.what')} required value={form.what} onChange={(e) => setForm({ ...form, what: e.target.value })} />
          <TextField label={t('lobscan.who')} required value={form.who} onChange={(e) => setForm({ ...form, who: e.target.value })} />
          <TextField label={t('lobscan.dueOn')} type="date" required value={form.dueOn} onChange={(e) => setForm({ ...form, dueOn: e.target.value })} />
          <button type="submit" className="button" disabled={create.isPending}>{t('lobscan.addAction')}</button>
          <FormError error={create.error} />
        </form>
      </Section>
    </>
  );
}
