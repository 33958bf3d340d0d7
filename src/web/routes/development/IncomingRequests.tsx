import { useMutation, useQuery } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { FormError } from '../../components/Feedback';
import { Section } from '../../components/Page';
import { formatDate } from '../../lib/format';
import { incomingQuery, startRating } from './developmentApi';

/** Colleagues who asked the reader to rate them; opening one shows only that form. */
export function IncomingRequests() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const query = useQuery(incomingQuery);
  const open = useMutation({
    mutationFn: startRating,
    onSuccess: (response) => navigate({ to: '/ontwikkeling/beoordelen/$responseId', params: { responseId: response.id } }),
  });
  const items = query.data?.items ?? [];
  if (items.length === 0) return null;
  return (
    <Section title={t('development.incoming.title')} description={<p>{t('development.incoming.intro')}</p>}>
      <ul className="plain-list dev-requests">
        {items.map((r) => (
          <li key={r.id}>
            <span>{t('development.incoming.item', { name: r.subject.name, date: formatDate(r.createdAt) })}</span>
            <button type="button" className="button button-small" onClick={() => open.mutate(r.id)} disabled={open.isPending}>
              {r.status === 'started' ? t('development.incoming.continue') : t('development.incoming.open')}
              <span className="visually-hidden"> {r.subject.name}</span>
            </button>
          </li>
        ))}
      </ul>
      <FormError error={open.error} />
    </Section>
  );
}
