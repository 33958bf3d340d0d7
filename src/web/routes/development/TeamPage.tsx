import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../api/queries';
import { Page, Section } from '../../components/Page';
import { QueryState } from '../../components/States';
import { teamsQuery } from './developmentApi';
import { IncomingRequests } from './IncomingRequests';

/** `/team`: the teams the team leader leads, and colleagues who asked them for a rating. */
export function TeamPage() {
  const { t } = useTranslation();
  const me = useMe();
  const query = useQuery(teamsQuery);
  return (
    <Page title={t('development.team.title')} intro={<p>{t('development.team.intro')}</p>}>
      <IncomingRequests />
      <Section title={t('development.team.myTeams')}>
        <QueryState query={query}>
          {(data) => {
            const led = data.items.filter((team) => team.leader.id === me.id);
            return led.length === 0 ? (
              <p className="muted">{t('development.team.noTeams')}</p>
            ) : (
              <ul className="plain-list dev-team-list">
                {led.map((team) => (
                  <li key={team.id}>
                    <Link to="/team/$teamId" params={{ teamId: team.id }}>
                      {team.name}
                    </Link>
                  </li>
                ))}
              </ul>
            );
          }}
        </QueryState>
      </Section>
    </Page>
  );
}
