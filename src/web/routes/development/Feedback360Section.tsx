import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormError, StatusMessage } from '../../components/Feedback';
import { TextField } from '../../components/Fields';
import { Section } from '../../components/Page';
import { TableWrap } from '../../components/Table';
import { formatDate } from '../../lib/format';
import { useDebounced } from '../../lib/hooks';
import { colleaguesQuery, formatScore, ownDevelopmentKey, pick, requestRating, revokeRequest, type Development } from './developmentApi';

/** Own view, colleagues' mean and the team leader's view next to each other, per competency. */
export function ComparisonTable({ data }: { data: Development }) {
  const { t } = useTranslation();
  const c = data.comparison;
  if (!c || (!c.colleagues && !c.manager)) return <p className="muted">{t('development.feedback360.none')}</p>;
  const score = (list: { code: string; score: number | null }[] | undefined, code: string) => formatScore(list?.find((s) => s.code === code)?.score);
  return (
    <TableWrap label={t('development.feedback360.tableLabel')}>
      <table className="table-compact">
        <caption className="visually-hidden">{t('development.feedback360.tableLabel')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('development.feedback360.competency')}</th>
            <th scope="col" className="num">{t('development.feedback360.self')}</th>
            <th scope="col" className="num">{c.colleagues ? t('development.feedback360.colleagues', { count: c.colleagues.n }) : t('development.feedback360.colleaguesNone')}</th>
            <th scope="col" className="num">{c.manager ? t('development.feedback360.manager', { name: c.manager.name }) : t('development.feedback360.managerNone')}</th>
          </tr>
        </thead>
        <tbody>
          {data.meetlat.competencies.map((m) => (
            <tr key={m.code}>
              <th scope="row">{pick(m.title)}</th>
              <td className="num">{score(c.self?.scales, m.code)}</td>
              <td className="num">{score(c.colleagues?.scales, m.code)}</td>
              <td className="num">{score(c.manager?.scales, m.code)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableWrap>
  );
}

function InviteRater() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [search, setSearch] = useState('');
  const [done, setDone] = useState('');
  const q = useDebounced(search.trim());
  const listId = useId();
  const options = useQuery({ ...colleaguesQuery(q), enabled: q.length > 0 });
  const ask = useMutation({
    mutationFn: (person: { id: string; name: string }) => requestRating(person.id).then(() => person),
    onSuccess: async (person) => {
      setDone(t('development.feedback360.asked', { name: person.name }));
      setSearch('');
      await queryClient.invalidateQueries({ queryKey: ownDevelopmentKey });
    },
  });
  const items = options.data?.items ?? [];
  return (
    <div className="picker">
      <TextField
        label={t('development.feedback360.searchLabel')}
        hint={t('development.feedback360.searchHint')}
        type="search"
        value={search}
        autoComplete="off"
        aria-controls={listId}
        onChange={(e) => setSearch(e.target.value)}
      />
      <div id={listId}>
        {options.isSuccess && q && items.length === 0 && <p className="muted">{t('development.feedback360.noMatch')}</p>}
        {items.length > 0 && (
          <ul className="picker-results">
            {items.map((person) => (
              <li key={person.id}>
                <button type="button" className="picker-option" onClick={() => ask.mutate(person)} disabled={ask.isPending}>
                  <span>{t('development.feedback360.askPerson', { name: person.name })}</span>
                  <span className="muted">{t(`development.feedback360.role.${person.role}`)}</span>
                </button>
              </li>
            ))}
          </ul>
        )}
      </div>
      <FormError error={ask.error} />
      <StatusMessage>{done}</StatusMessage>
    </div>
  );
}

export function Feedback360Section({ data }: { data: Development }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const revoke = useMutation({
    mutationFn: revokeRequest,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ownDevelopmentKey }),
  });
  return (
    <Section title={t('development.feedback360.title')} description={<p>{t('development.feedback360.intro')}</p>}>
      {data.ratingsVisible && <ComparisonTable data={data} />}
      {data.reader === 'self' && (
        <>
          <h3>{t('development.feedback360.askTitle')}</h3>
          <InviteRater />
          {data.requests.length > 0 && (
            <ul className="plain-list dev-requests">
              {data.requests.map((r) => (
                <li key={r.id}>
                  <span>
                    {r.rater.name} · {t(`development.feedback360.relation.${r.relation}`)} · {t(`development.feedback360.status.${r.status}`)} · {formatDate(r.submittedAt ?? r.createdAt)}
                  </span>
                  {(r.status === 'open' || r.status === 'started') && (
                    <button type="button" className="button button-small button-secondary" onClick={() => revoke.mutate(r.id)} disabled={revoke.isPending}>
                      {t('development.feedback360.revoke')}
                      <span className="visually-hidden"> {r.rater.name}</span>
                    </button>
                  )}
                </li>
              ))}
            </ul>
          )}
          <FormError error={revoke.error} />
        </>
      )}
    </Section>
  );
}
