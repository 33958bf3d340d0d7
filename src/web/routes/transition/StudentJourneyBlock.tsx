import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { getJourney, journeyKey } from './intakeApi';
import { JourneyTimeline } from './JourneyTimeline';

/** "Mijn eerste 100 dagen" on the student's start page, while the start of the study is recent. */
export function StudentJourneyBlock({ studentId }: { studentId: string }) {
  const { t } = useTranslation();
  const query = useQuery({ queryKey: journeyKey(studentId), queryFn: () => getJourney(studentId) });
  // Shown a few weeks past day 100, so late milestones stay in view; later students have other priorities.
  if (!query.data || query.data.day === null || query.data.day > 140 || query.data.items.length === 0) return null;
  return (
    <div className="stack">
      <JourneyTimeline studentId={studentId} own />
      <p>
        <Link to="/students/$studentId/intake" params={{ studentId }}>
          {t('transition.home.link')}
        </Link>
      </p>
    </div>
  );
}
