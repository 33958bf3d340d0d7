import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { useMe } from '../../api/queries';
import type { Home } from '../../api/types';
import { Page } from '../../components/Page';
import { QueryState } from '../../components/States';
import { AdminHome } from './AdminHome';
import { CounsellorHome } from './CounsellorHome';
import { LinkedHome, SpecialistHome } from './OtherHomes';
import { ManagerHome } from './ManagerHome';
import { StudentHome } from './StudentHome';
import { SurveyInvites } from '../surveys/SurveyInvites';

/** The start page: what matters first for the signed-in role (GET /api/home). */
export function HomePage() {
  const { t } = useTranslation();
  const me = useMe();
  const home = useQuery({ queryKey: ['home'], queryFn: () => api<Home>('/home') });
  const firstName = me.name.split(' ')[0] ?? me.name;

  return (
    <Page title={t('home.title', { name: firstName })} intro={<p>{t(`home.intro.${me.role}`)}</p>}>
      {/* Open questionnaires of the quality monitor, for whoever was invited (students and staff). */}
      <SurveyInvites />
      <QueryState query={home}>{(data) => <HomeContent home={data} />}</QueryState>
    </Page>
  );
}

function HomeContent({ home }: { home: Home }) {
  switch (home.kind) {
    case 'student':
      return <StudentHome home={home} />;
    case 'counsellor':
      return <CounsellorHome home={home} />;
    case 'specialist':
      return <SpecialistHome />;
    case 'manager':
      return <ManagerHome home={home} />;
    case 'admin':
      return <AdminHome home={home} />;
    case 'linked':
      return <LinkedHome home={home} />;
  }
}
