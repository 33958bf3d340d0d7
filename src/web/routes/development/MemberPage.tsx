import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Page } from '../../components/Page';
import { QueryState } from '../../components/States';
import { memberDevelopmentQuery } from './developmentApi';
import { Feedback360Section } from './Feedback360Section';
import { GoalsSection } from './GoalsSection';
import { LogSection } from './LogSection';
import { RatingsSection } from './RatingsSection';
import { ReviewsSection } from './ReviewsSection';

/** `/team/medewerker/$counsellorId`: the team leader reads a member's plan and holds the yearly review. */
export function MemberPage({ counsellorId }: { counsellorId: string }) {
  const { t } = useTranslation();
  const query = useQuery(memberDevelopmentQuery(counsellorId));
  return (
    <Page title={query.data ? t('development.member.title', { name: query.data.counsellor.name }) : t('development.member.loadingTitle')}>
      <QueryState query={query}>
        {(data) => (
          <div className="stack">
            <RatingsSection data={data} />
            {data.ratingsVisible && <Feedback360Section data={data} />}
            <GoalsSection data={data} />
            <LogSection data={data} />
            <ReviewsSection data={data} />
          </div>
        )}
      </QueryState>
    </Page>
  );
}
