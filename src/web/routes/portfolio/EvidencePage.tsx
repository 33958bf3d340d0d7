import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { EvidenceDetail } from '../../../shared/portfolio';
import { Page, Section } from '../../components/Page';
import { QueryState } from '../../components/States';
import { formatDate } from '../../lib/format';
import { EvidenceEditor } from './EvidenceEditor';
import { itemQuery } from './portfolioApi';
import { PortfolioTabs } from './PortfolioTabs';
import { fieldsFor, usePortfolioText } from './portfolioTexts';

/** `/portfolio/bewijs/$evidenceId`: the student edits their item; guidance staff read it. */
export function EvidencePage({ evidenceId }: { evidenceId: string }) {
  const { t } = useTranslation();
  const item = useQuery(itemQuery(evidenceId));
  const owner = item.data?.view === 'owner';
  return (
    <Page title={item.data?.title || t('portfolio.evidence.untitled')}>
      {owner && <PortfolioTabs />}
      <QueryState query={item}>
        {(data) => (
          <div className="stack">
            {data.view === 'owner' ? <EvidenceEditor item={data} /> : <EvidenceReadOnly item={data} />}
            <FeedbackOnItem item={data} />
          </div>
        )}
      </QueryState>
    </Page>
  );
}

export function EvidenceReadOnly({ item }: { item: EvidenceDetail }) {
  const { t } = useTranslation();
  const text = usePortfolioText();
  return (
    <Section title={item.kind === 'reflection' && item.template ? text.template(item.template) : t(`portfolio.evidence.kind.${item.kind}`)}>
      {item.organisation && <p className="muted">{item.organisation}</p>}
      {item.happenedOn && <p className="muted">{formatDate(item.happenedOn)}</p>}
      <dl className="evidence-body">
        {fieldsFor(item.kind, item.template)
          .filter((f) => (item.body[f.code] ?? '').trim())
          .map((f) => (
            <div key={f.code}>
              <dt>{text.pick(f.label)}</dt>
              <dd>{item.body[f.code]}</dd>
            </div>
          ))}
      </dl>
      {item.competencies.length > 0 && <p>{item.competencies.map((c) => text.competency(c)).join(', ')}</p>}
    </Section>
  );
}

function FeedbackOnItem({ item }: { item: EvidenceDetail }) {
  const { t } = useTranslation();
  return (
    <Section
      title={t('portfolio.feedback.onItem')}
      actions={
        item.view === 'owner' && (
          <Link to="/portfolio/feedback" search={{ evidence: item.id }} className="button button-secondary button-small">
            {t('portfolio.feedback.ask')}
          </Link>
        )
      }
    >
      {item.feedback.length === 0 ? (
        <p className="muted">{t('portfolio.feedback.noneOnItem')}</p>
      ) : (
        <ul className="feedback-list">
          {item.feedback.map((f) => (
            <li key={f.id}>
              <blockquote>{f.body}</blockquote>
              <p className="muted">
                {f.authorName}, {formatDate(f.createdAt)}
              </p>
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}
