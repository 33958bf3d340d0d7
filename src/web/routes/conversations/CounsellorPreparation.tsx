import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useDomainText } from './domainTexts';
import { COMPETENCIES, type PreparationView } from '../../../shared/conversations';
import { Section } from '../../components/Page';
import { QueryState } from '../../components/States';
import { TableWrap } from '../../components/Table';
import { formatDate, formatNumber } from '../../lib/format';
import { ActionsList } from './ActionsList';
import { preparationViewQuery } from './conversationApi';

/** What the counsellor wants in view before the talk, in the order of the guide: agreements first. */
export function CounsellorPreparation({ conversationId }: { conversationId: string }) {
  const { t } = useTranslation();
  const query = useQuery(preparationViewQuery(conversationId));
  return (
    <div aria-busy={query.isFetching}>
      <QueryState query={query} loadingLabel={t('conversations.prep.loading')}>
        {(view) => <PreparationContent view={view} />}
      </QueryState>
    </div>
  );
}

function PreparationContent({ view }: { view: PreparationView }) {
  const { t } = useTranslation();
  const text = useDomainText();
  const name = view.conversation.student.name;
  return (
    <div className="stack">
      <Section title={t('conversations.prep.agendaTitle', { name })}>
        <h3>{t('conversations.prep.agenda')}</h3>
        <p className="prewrap">{view.agenda || <span className="muted">{t('conversations.prep.notFilled')}</span>}</p>
        <h3>{t('conversations.prep.experience')}</h3>
        <p className="prewrap">{view.experience || <span className="muted">{t('conversations.prep.notFilled')}</span>}</p>
      </Section>
      <div className="grid grid-2">
        <Section title={t('conversations.prep.openActions')}>
          <ActionsList actions={view.openActions} side="counsellor" />
        </Section>
        <Section title={t('conversations.prep.previous')}>
          {view.previous ? (
            <>
              <p>{t('conversations.prep.previousOn', { date: formatDate(view.previous.startsAt) })}</p>
              <h3>{t('conversations.prep.previousTopics')}</h3>
              {view.previous.topics.length > 0 ? (
                <ul className="chip-list">
                  {view.previous.topics.map((topic) => (
                    <li key={topic} className="chip">
                      {text.competency(topic)}
                    </li>
                  ))}
                </ul>
              ) : (
                <p className="muted">{t('conversations.prep.noTopics')}</p>
              )}
              <h3>{t('conversations.prep.previousSummary')}</h3>
              <p className="prewrap">{view.previous.studentSummary || <span className="muted">{t('conversations.prep.noSummary')}</span>}</p>
            </>
          ) : (
            <p className="muted">{t('conversations.prep.noPrevious')}</p>
          )}
        </Section>
      </div>
      <div className="grid grid-2">
        <Section title={t('conversations.prep.notBroughtUp')} description={<p>{t('conversations.prep.notBroughtUpIntro')}</p>}>
          {view.notBroughtUp.length > 0 ? (
            <ul className="chip-list">
              {view.notBroughtUp.map((topic) => (
                <li key={topic} className="chip chip-attention">
                  {text.competency(topic)}
                </li>
              ))}
            </ul>
          ) : (
            <p className="muted">{t('conversations.prep.allBroughtUp')}</p>
          )}
        </Section>
        <Section title={t('conversations.prep.scores')}>
          {view.latestScores ? (
            <>
              <p className="muted">{t('conversations.prep.scoresOn', { date: formatDate(view.latestScores.submittedAt) })}</p>
              <TableWrap label={t('conversations.prep.scores')}>
                <table className="table-compact">
                  <thead>
                    <tr>
                      <th scope="col">{t('conversations.prep.competency')}</th>
                      <th scope="col" className="num">
                        {t('conversations.prep.score')}
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {view.latestScores.scales.map((scale) => (
                      <tr key={scale.code}>
                        <th scope="row">{competencyName(text, scale.code)}</th>
                        <td className="num">{scale.score === null ? '–' : formatNumber(Math.round(scale.score * 10) / 10)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </TableWrap>
            </>
          ) : (
            <p className="muted">{t('conversations.prep.noScores')}</p>
          )}
        </Section>
      </div>
    </div>
  );
}

type DomainText = ReturnType<typeof useDomainText>;
const isCompetency = (code: string): code is (typeof COMPETENCIES)[number] => (COMPETENCIES as readonly string[]).includes(code);
/** Scale codes are the competency codes; an unknown code (a school's own scale) is shown as is. */
function competencyName(text: DomainText, code: string): string {
  return isCompetency(code) ? text.competency(code) : code;
}
