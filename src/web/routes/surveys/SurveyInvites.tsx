import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { Section } from '../../components/Page';
import { formatDate } from '../../lib/format';
import { mySurveysQuery } from './surveyApi';

/** On the start page: open questionnaires this user was invited to. Shows nothing when there are none. */
export function SurveyInvites() {
  const { t } = useTranslation();
  const query = useQuery(mySurveysQuery);
  const items = query.data?.items ?? [];
  if (items.length === 0) return null;
  return (
    <Section title={t('surveys.answer.invitesTitle')} description={<p>{t('surveys.answer.invitesText')}</p>}>
      <ul className="survey-invites">
        {items.map((item) => (
          <li key={item.invitationId}>
            <Link to="/vragenlijsten/$invitationId" params={{ invitationId: item.invitationId }} className="button">
              {t(item.started ? 'surveys.answer.resume' : 'surveys.answer.start', { title: item.title })}
            </Link>{' '}
            <span className="muted">{t('surveys.answer.until', { date: formatDate(item.closesOn) })}</span>
          </li>
        ))}
      </ul>
    </Section>
  );
}
