import '../../styles/guidance.css';
import '../../styles/guidance-referrals.css';
import { createRoute } from '@tanstack/react-router';
import { Light, SIGNAL_CODES, type SignalCode } from '../../../shared/guidance';
import { appRoute, optionalString } from '../base';
import { RequireRole } from '../NotFoundPage';
import { CaseloadPage, type CaseloadSearch } from './caseload/CaseloadPage';
import type { CaseloadSort } from './guidanceApi';
import { HandoverPage } from './handover/HandoverPage';
import { ReferralFormPage } from './referrals/ReferralFormPage';
import { ReferralPage } from './referrals/ReferralPage';
import { SecondLinePage } from './secondline/SecondLinePage';
import { GuidanceStatsPage } from './stats/GuidanceStatsPage';

const SORTS: readonly string[] = ['light', 'name', 'lastConversation'] satisfies CaseloadSort[];

/** Unknown values in a hand-typed or old address are dropped rather than sent to the server. */
function validateCaseloadSearch(search: Record<string, unknown>): CaseloadSearch {
  const pick = <T extends string>(value: unknown, allowed: readonly string[]) => (typeof value === 'string' && allowed.includes(value) ? (value as T) : undefined);
  return {
    q: optionalString(search.q),
    light: pick<Light>(search.light, Light.options),
    signal: pick<SignalCode>(search.signal, SIGNAL_CODES),
    sort: pick<CaseloadSort>(search.sort, SORTS),
  };
}

const caseloadRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/caseload',
  validateSearch: validateCaseloadSearch,
  component: function CaseloadRoute() {
    const search = caseloadRoute.useSearch();
    return (
      <RequireRole roles={['counsellor']}>
        <CaseloadPage search={search} />
      </RequireRole>
    );
  },
});

const referralFormRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/students/$studentId/verwijzen',
  component: function ReferralFormRoute() {
    const { studentId } = referralFormRoute.useParams();
    return (
      <RequireRole roles={['counsellor']}>
        <ReferralFormPage studentId={studentId} />
      </RequireRole>
    );
  },
});

/** Everyone involved in a referral reads it here; the server decides who that is and what they see. */
const referralRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/verwijzingen/$referralId',
  validateSearch: (search: Record<string, unknown>) => ({ created: search.created === true || search.created === 'true' ? true : undefined }),
  component: function ReferralRoute() {
    const { referralId } = referralRoute.useParams();
    const { created } = referralRoute.useSearch();
    return <ReferralPage key={referralId} referralId={referralId} created={!!created} />;
  },
});

const secondLineRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/tweedelijn',
  component: function SecondLineRoute() {
    return (
      <RequireRole roles={['specialist']}>
        <SecondLinePage />
      </RequireRole>
    );
  },
});

const handoverRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/overdracht',
  component: function HandoverRoute() {
    return (
      <RequireRole roles={['admin', 'counsellor']}>
        <HandoverPage />
      </RequireRole>
    );
  },
});

const guidanceStatsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/inzicht/begeleiding',
  component: function GuidanceStatsRoute() {
    return (
      <RequireRole roles={['manager', 'admin']}>
        <GuidanceStatsPage />
      </RequireRole>
    );
  },
});

export const guidanceRoutes = [caseloadRoute, referralFormRoute, referralRoute, secondLineRoute, handoverRoute, guidanceStatsRoute] as const;
