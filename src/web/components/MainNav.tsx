import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { Me } from '../api/types';

type NavKey =
  | 'home'
  | 'myFile'
  | 'myCompetencies'
  | 'myStudents'
  | 'caseloadCompetencies'
  | 'insight'
  | 'instruments'
  | 'students'
  | 'structure'
  | 'users'
  | 'assignments'
  | 'imports'
  | 'audit'
  | 'outbox'
  | 'guidanceCaseload'
  | 'secondLine'
  | 'guidanceInsight'
  | 'handover'
  | 'signals'
  | 'testResults'
  | 'conversations'
  | 'conversationInsight'
  | 'conversationNorms'
  | 'development'
  | 'teams';

/** The main navigation for the user's role. */
export function MainNav({ me, open, onNavigate }: { me: Me; open: boolean; onNavigate: () => void }) {
  const { t } = useTranslation();
  const item = (key: NavKey, link: React.ReactNode) => <li key={key}>{link}</li>;
  const props = { onClick: onNavigate, className: 'nav-link' } as const;

  const items: React.ReactNode[] = [
    item(
      'home',
      <Link to="/" activeOptions={{ exact: true }} {...props}>
        {t('nav.home')}
      </Link>,
    ),
  ];
  if (me.role === 'student') {
    items.push(
      item(
        'myFile',
        <Link to="/students/$studentId" params={{ studentId: me.id }} {...props}>
          {t('nav.myFile')}
        </Link>,
      ),
      item(
        'myCompetencies',
        <Link to="/competenties" {...props}>
          {t('insights.nav.myCompetencies')}
        </Link>,
      ),
    );
  }
  if (me.role === 'counsellor') {
    items.push(
      item(
        'myStudents',
        <Link to="/students" {...props}>
          {t('nav.myStudents')}
        </Link>,
      ),
      item(
        'caseloadCompetencies',
        <Link to="/competenties/caseload" {...props}>
          {t('insights.nav.caseload')}
        </Link>,
      ),
    );
  }
  if (me.role === 'counsellor') {
    items.push(
      item(
        'guidanceCaseload',
        <Link to="/caseload" search={{}} {...props}>
          {t('guidance.nav.caseload')}
        </Link>,
      ),
    );
  }
  if (me.role === 'specialist') {
    items.push(
      item(
        'secondLine',
        <Link to="/tweedelijn" {...props}>
          {t('guidance.nav.secondLine')}
        </Link>,
      ),
    );
  }
  const guidanceInsight = item(
    'guidanceInsight',
    <Link to="/inzicht/begeleiding" {...props}>
      {t('guidance.nav.insight')}
    </Link>,
  );
  const insight = item(
    'insight',
    <Link to="/inzicht/competenties" {...props}>
      {t('insights.nav.insight')}
    </Link>,
  );
  if (me.role === 'manager') items.push(insight, guidanceInsight);
  if (me.role === 'admin') {
    items.push(
      item(
        'students',
        <Link to="/students" {...props}>
          {t('nav.students')}
        </Link>,
      ),
      insight,
      guidanceInsight,
      item(
        'structure',
        <Link to="/admin/structure" {...props}>
          {t('nav.structure')}
        </Link>,
      ),
      item(
        'users',
        <Link to="/admin/users" {...props}>
          {t('nav.users')}
        </Link>,
      ),
      item(
        'assignments',
        <Link to="/admin/assignments" search={{ counsellorId: undefined }} {...props}>
          {t('nav.assignments')}
        </Link>,
      ),
      item(
        'imports',
        <Link to="/admin/imports" {...props}>
          {t('nav.imports')}
        </Link>,
      ),
      item(
        'instruments',
        <Link to="/admin/instrumenten" {...props}>
          {t('insights.nav.instruments')}
        </Link>,
      ),
      item(
        'audit',
        <Link to="/admin/audit" {...props}>
          {t('nav.audit')}
        </Link>,
      ),
      item(
        'outbox',
        <Link to="/admin/outbox" {...props}>
          {t('nav.outbox')}
        </Link>,
      ),
      item(
        'handover',
        <Link to="/overdracht" {...props}>
          {t('guidance.nav.handover')}
        </Link>,
      ),
      item(
        'signals',
        <Link to="/admin/signalen" {...props}>
          {t('guidance.nav.signals')}
        </Link>,
      ),
      item(
        'testResults',
        <Link to="/admin/toetsresultaten" {...props}>
          {t('guidance.testResults.nav')}
        </Link>,
      ),
    );
  }

  // Conversations: the student's own, the counsellor's overview, feedback for managers, norms for admins.
  if (me.role === 'student' || me.role === 'counsellor') {
    items.push(
      item(
        'conversations',
        <Link to={me.role === 'student' ? '/gesprekken' : '/gesprekken/overzicht'} {...props}>
          {t(me.role === 'student' ? 'conversations.nav.mine' : 'conversations.nav.caseload')}
        </Link>,
      ),
    );
  }
  if (me.role === 'manager' || me.role === 'admin') {
    items.push(
      item(
        'conversationInsight',
        <Link to="/inzicht/gesprekken" {...props}>
          {t('conversations.nav.insight')}
        </Link>,
      ),
    );
  }
  if (me.role === 'admin') {
    items.push(
      item(
        'conversationNorms',
        <Link to="/admin/gespreksnormen" {...props}>
          {t('conversations.nav.norms')}
        </Link>,
      ),
    );
  }

  // Professional development: the counsellor's own page, the team leader's team overview, teams for the admin.
  if (me.role === 'admin') {
    items.push(
      item(
        'teams',
        <Link to="/admin/teams" {...props}>
          {t('development.nav.teams')}
        </Link>,
      ),
    );
  }
  if (me.role === 'counsellor' || me.role === 'manager') {
    items.push(
      item(
        'development',
        <Link to={me.role === 'counsellor' ? '/ontwikkeling' : '/team'} {...props}>
          {t(me.role === 'counsellor' ? 'development.nav.myDevelopment' : 'development.nav.team')}
        </Link>,
      ),
    );
  }

  return (
    <nav id="main-nav" className={`main-nav ${open ? 'is-open' : ''}`} aria-label={t('shell.mainNav')}>
      <ul>{items}</ul>
    </nav>
  );
}
