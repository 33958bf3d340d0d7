import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SHARE_DAYS, type OwnPageView } from '../../../shared/showcase';
import { FormError, StatusMessage } from '../../components/Feedback';
import { TextField } from '../../components/Fields';
import { Section } from '../../components/Page';
import { TableWrap } from '../../components/Table';
import { useDebounced } from '../../lib/hooks';
import { formatDate, formatDateTime } from '../../lib/format';
import { CopyButton } from '../competencies/CopyButton';
import { createShare, revokeShare, searchPeople, showcaseKeys } from './ShowcaseApi';

/** Sharing one page: a link that expires, or a person of the school; the list of shares; who looked. */
export function SharePanel({ page }: { page: OwnPageView }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const refresh = () => queryClient.invalidateQueries({ queryKey: showcaseKeys.page(page.id) });
  const [label, setLabel] = useState('');
  const [days, setDays] = useState(14);
  const [url, setUrl] = useState<string | null>(null);
  const [search, setSearch] = useState('');
  const q = useDebounced(search.trim());
  const people = useQuery({ queryKey: ['showcase', 'people', q], queryFn: () => searchPeople(q), enabled: q.length >= 2 });
  const [done, setDone] = useState<string | null>(null);

  const link = useMutation({
    mutationFn: () => createShare(page.id, { kind: 'link', label, days }),
    onSuccess: async (created) => {
      setUrl(created.url);
      setLabel('');
      await refresh();
    },
  });
  const person = useMutation({
    mutationFn: (user: { id: string; name: string }) => createShare(page.id, { kind: 'user', userId: user.id }),
    onSuccess: async (_created, user) => {
      setDone(t('showcase.share.sharedWith', { name: user.name }));
      setSearch('');
      await refresh();
    },
  });
  const revoke = useMutation({
    mutationFn: revokeShare,
    onSuccess: async () => {
      setDone(t('showcase.share.revoked'));
      await refresh();
    },
  });

  return (
    <>
      <Section title={t('showcase.share.title')} description={t('showcase.share.intro')}>
        <form
          className="form-inline"
          onSubmit={(event) => {
            event.preventDefault();
            link.mutate();
          }}
        >
          <TextField label={t('showcase.share.label')} hint={t('showcase.share.labelHint')} value={label} onChange={(e) => setLabel(e.target.value)} maxLength={100} required />
          <TextField
            label={t('showcase.share.days')}
            type="number"
            min={SHARE_DAYS.min}
            max={SHARE_DAYS.max}
            value={days}
            onChange={(e) => setDays(Number(e.target.value))}
            hint={t('showcase.share.daysHint', { min: SHARE_DAYS.min, max: SHARE_DAYS.max })}
            required
          />
          <button type="submit" className="button" disabled={link.isPending}>
            {t('showcase.share.makeLink')}
          </button>
        </form>
        <FormError error={link.error} />
        {url && (
          <div className="notice notice-success showcase-link" role="status">
            <p>{t('showcase.share.linkMade')}</p>
            <p>
              <code data-testid="share-url">{url}</code> <CopyButton text={url} label={t('showcase.share.copy')} done={t('showcase.share.copied')} />
            </p>
          </div>
        )}
        <div className="picker">
          <TextField label={t('showcase.share.person')} type="search" value={search} onChange={(e) => setSearch(e.target.value)} autoComplete="off" hint={t('showcase.share.personHint')} />
          {people.isSuccess && people.data.items.length === 0 && <p className="muted">{t('showcase.share.nobody')}</p>}
          {people.isSuccess && people.data.items.length > 0 && (
            <ul className="picker-results">
              {people.data.items.map((p) => (
                <li key={p.id}>
                  <button type="button" className="picker-option" onClick={() => person.mutate(p)}>
                    <span>{t('showcase.share.shareWith', { name: p.name })}</span>
                    <span className="muted">{t(`roles.${p.role}`, { defaultValue: p.role })}</span>
                  </button>
                </li>
              ))}
            </ul>
          )}
        </div>
        <FormError error={person.error ?? revoke.error} />
        <StatusMessage>{done}</StatusMessage>
        {page.shares.length > 0 && (
          <TableWrap label={t('showcase.share.listTitle')}>
            <table>
              <caption className="visually-hidden">{t('showcase.share.listTitle')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('showcase.share.with')}</th>
                  <th scope="col">{t('showcase.share.until')}</th>
                  <th scope="col">{t('showcase.share.status')}</th>
                  <th scope="col">
                    <span className="visually-hidden">{t('showcase.share.actions')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {page.shares.map((s) => {
                  const who = s.kind === 'link' ? t('showcase.share.viaLink', { label: s.label }) : (s.userName ?? '');
                  return (
                    <tr key={s.id}>
                      <td>{who}</td>
                      <td>{s.expiresAt ? formatDate(s.expiresAt) : t('showcase.share.noEnd')}</td>
                      <td>{s.active ? t('showcase.share.active') : s.revokedAt ? t('showcase.share.isRevoked') : t('showcase.share.expired')}</td>
                      <td>
                        {s.active && (
                          <button type="button" className="button button-small button-secondary" onClick={() => revoke.mutate(s.id)}>
                            {t('showcase.share.revoke')}
                            <span className="visually-hidden"> {who}</span>
                          </button>
                        )}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </TableWrap>
        )}
      </Section>
      <Section title={t('showcase.views.title')}>
        {page.views.length === 0 ? (
          <p className="muted">{t('showcase.views.none')}</p>
        ) : (
          <TableWrap label={t('showcase.views.title')}>
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('showcase.views.when')}</th>
                  <th scope="col">{t('showcase.views.who')}</th>
                </tr>
              </thead>
              <tbody>
                {page.views.map((v, i) => (
                  <tr key={`${v.viewedAt}-${i}`}>
                    <td>{formatDateTime(v.viewedAt)}</td>
                    <td>{v.via === 'link' ? t('showcase.share.viaLink', { label: v.who }) : v.who}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableWrap>
        )}
      </Section>
    </>
  );
}
