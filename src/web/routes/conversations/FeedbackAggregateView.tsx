import { useTranslation } from 'react-i18next';
import { FEEDBACK_TOPICS } from '../../../shared/conversations';
import { formatNumber } from '../../lib/format';
import type { FeedbackAggregate } from './conversationApi';
import { FEEDBACK_TOPIC_LABELS, useDomainText } from './domainTexts';

const percent = (part: number, n: number) => (n > 0 ? Math.round((part / n) * 100) : 0);

/** What students said about their talks, as shares of the answers; nothing about one student. */
export function FeedbackAggregateView({ aggregate: a }: { aggregate: FeedbackAggregate }) {
  const { t } = useTranslation();
  const text = useDomainText();
  const mean = a.helpingVsReflectiveMean;
  return (
    <div className="feedback-aggregate">
      <p>{t('conversations.aggregate.answers', { count: a.n })}</p>
      <h3>{t('conversations.aggregate.formTitle')}</h3>
      <p className="aggregate-mean">
        <strong>{formatNumber(Math.round(mean * 10) / 10)}</strong> {t('conversations.aggregate.meanOf')}
      </p>
      <div className="mean-scale" aria-hidden="true">
        <span className="mean-track">
          <span className="mean-marker" style={{ left: `${((mean - 1) / 4) * 100}%` }} />
        </span>
        <span className="scale-ends">
          <span>1 · {t('conversations.aggregate.helpingShort')}</span>
          <span>5 · {t('conversations.aggregate.reflectiveShort')}</span>
        </span>
      </div>
      <p className="visually-hidden">{t('conversations.aggregate.meanExplained', { mean: formatNumber(mean) })}</p>
      <div className="grid grid-2 aggregate-lists">
        <div>
          <h3>{t('conversations.aggregate.agendaTitle')}</h3>
          <ul className="share-list">
            {(['mine', 'both', 'counsellor'] as const).map((key) => (
              <li key={key}>
                <span>{t(`conversations.aggregate.agenda.${key}`)}</span>
                <strong>{t('conversations.aggregate.percent', { value: percent(a.whoseAgenda[key], a.n) })}</strong>
              </li>
            ))}
          </ul>
        </div>
        <div>
          <h3>{t('conversations.aggregate.topicsTitle')}</h3>
          <ul className="share-list">
            {FEEDBACK_TOPICS.map((topic) => (
              <li key={topic}>
                <span>{text.pick(FEEDBACK_TOPIC_LABELS[topic])}</span>
                <strong>{t('conversations.aggregate.percent', { value: percent(a.topics[topic], a.n) })}</strong>
              </li>
            ))}
          </ul>
        </div>
      </div>
    </div>
  );
}
