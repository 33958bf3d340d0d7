import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { Me } from '../api/types';

type NavKey =
  | 'home'
  | 'milestones'
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
  | 'studyProgress'
  | 'bsaNorms'
  | 'dropoutInsight'
  | 'conversations'
  | 'conversationInsight'
  | 'conversationNorms'
  | 'development'
  | 'qualityMonitor'
  | 'teams'
  | 'showcase'
  | 'sharedWithMe'
  | 'portfolio'
  | 'feedbackAsked'
  | 'dossier'
  | 'dossierImport'
  | 'lobScan'
  | 'evidenceLoop';

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
      item(
        'portfolio',
        <Link to="/portfolio" {...props}>
          {t('portfolio.nav.portfolio')}
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
  const qualityMonitor = item(
    'qualityMonitor',
    <Link to="/kwaliteitsmonitor" {...props}>
      {t('surveys.nav')}
    </Link>,
  );
  if (me.role === 'manager') items.push(insight, guidanceInsight, qualityMonitor);
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
      qualityMonitor,
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

  // Study progress: first-years and BSA for counsellors and admins, norms for admins, dropout figures for managers.
  if (me.role === 'counsellor' || me.role === 'admin') {
    items.push(
      item(
        'studyProgress',
        <Link to="/studievoortgang" {...props}>
          {t('study-progress.nav.firstYears')}
        </Link>,
      ),
    );
  }
  if (me.role === 'admin') {
    items.push(
      item(
        'bsaNorms',
        <Link to="/admin/bsa-normen" {...props}>
          {t('study-progress.nav.norms')}
        </Link>,
      ),
      item(
        'milestones',
        <Link to="/admin/mijlpalen" {...props}>
          {t('transition.admin.nav')}
        </Link>,
      ),
    );
  }
  if (me.role === 'manager' || me.role === 'admin') {
    items.push(
      item(
        'dropoutInsight',
        <Link to="/inzicht/uitval" {...props}>
          {t('study-progress.nav.dropout')}
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

  // The LOB-scan: team members and team leaders; the evidence loop: aggregates for managers and admins.
  if (me.role === 'counsellor' || me.role === 'manager') {
    items.push(item('lobScan', <Link to="/lob-scan" {...props}>{t('lobscan.nav.lobScan')}</Link>));
  }
  if (me.role === 'manager' || me.role === 'admin') {
    items.push(item('evidenceLoop', <Link to="/evidence-loop" {...props}>{t('lobscan.nav.evidence')}</Link>));
  }

  // Showcase pages: the student makes them; anyone at school may have pages shared with them.
  if (me.role === 'student') {
    items.push(
      item(
        'showcase',
        <Link to="/portfolio/showcase" {...props}>
          {t('showcase.nav.showcase')}
        </Link>,
      ),
    );
  }
  if (me.role === 'counsellor' || me.role === 'parent' || me.role === 'supervisor' || me.role === 'specialist') {
    items.push(
      item(
        'feedbackAsked',
        <Link to="/gevraagde-feedback" {...props}>
          {t('portfolio.nav.feedbackAsked')}
        </Link>,
      ),
    );
  }
  if (me.role !== 'admin') {
    items.push(
      item(
        'sharedWithMe',
        <Link to="/gedeeld-met-mij" {...props}>
          {t('showcase.nav.sharedWithMe')}
        </Link>,
      ),
    );
  }

  // The loopbaandossier: the student takes it along; counsellors and admins import one at intake.
  if (me.role === 'student') {
    items.push(
      item(
        'dossier',
        <Link to="/portfolio/loopbaandossier" {...props}>
          {t('dossier.nav.dossier')}
        </Link>,
      ),
    );
  }
  if (me.role === 'counsellor' || me.role === 'admin') {
    items.push(
      item(
        'dossierImport',
        <Link to="/intake/loopbaandossier" {...props}>
          {t('dossier.nav.import')}
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
