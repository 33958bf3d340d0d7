import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { CampaignDetail, LinksResult } from '../../../shared/surveys';
import { FormError, StatusMessage } from '../../components/Feedback';
import { Page, Section } from '../../components/Page';
import { QueryState } from '../../components/States';
import { TableWrap } from '../../components/Table';
import { formatDate, formatDateTime } from '../../lib/format';
import { local } from '../competencies/scores';
import { percent } from './CampaignListPage';
import { ImportPanel } from './ImportPanel';
import { LinksPanel } from './LinksPanel';
import { campaignAction, campaignKey, campaignQuery, closeCampaign } from './surveyApi';

const ROLE_KEYS = ['counsellor', 'specialist', 'manager', 'admin', 'student'] as const;
type RoleKey = (typeof ROLE_KEYS)[number];
function roleLabel(t: TFunction, role: string): string {
  return (ROLE_KEYS as readonly string[]).includes(role) ? t(`surveys.roles.${role as RoleKey}`) : role;
}

/** `/kwaliteitsmonitor/$campaignId`: settings, response per group, inviting and reminding, import, and the way to the report. */
export function CampaignPage({ campaignId }: { campaignId: string }) {
  const { t } = useTranslation();
  const query = useQuery(campaignQuery(campaignId));
  return (
    <QueryState query={query}>
      {(c) => (
        <Page
          title={c.title}
          intro={
            <p>
              <Link to="/kwaliteitsmonitor">{t('surveys.detail.back')}</Link>
            </p>
          }
          actions={
            c.responses > 0 || c.status !== 'draft' ? (
              <Link to="/kwaliteitsmonitor/$campaignId/rapport" params={{ campaignId: c.id }} className="button button-secondary">
                {t('surveys.detail.report')}
              </Link>
            ) : undefined
          }
        >
          <div className="grid grid-2">
            <Facts campaign={c} />
            <Rates campaign={c} />
          </div>
          {c.imported ? <ImportPanel campaign={c} /> : <Actions campaign={c} />}
        </Page>
      )}
    </QueryState>
  );
}

function Facts({ campaign: c }: { campaign: CampaignDetail }) {
  const { t } = useTranslation();
  return (
    <Section title={t('surveys.detail.facts')}>
      <dl className="survey-facts">
        <dt>{t('surveys.list.status')}</dt>
        <dd>
          <span className={`survey-status survey-status-${c.status}`}>{t(`surveys.status.${c.status}`)}</span>
        </dd>
        <dt>{t('surveys.detail.audience')}</dt>
        <dd>{c.team ? `${t('surveys.audience.team')}: ${c.team.name}` : t(`surveys.audience.${c.audience}`)}</dd>
        <dt>{t('surveys.detail.period')}</dt>
        <dd>{t('surveys.list.periodValue', { from: formatDate(c.opensOn), to: formatDate(c.closesOn) })}</dd>
        <dt>{t('surveys.detail.privacy')}</dt>
        <dd>
          {t(`surveys.anonymity.${c.anonymity}`)}
          {c.feedsGuidance && <div className="muted">{t('surveys.detail.sharedWithGuidance')}</div>}
        </dd>
        <dt>{t('surveys.detail.instruments')}</dt>
        <dd>{c.instruments.map((i) => local(i.title)).join(', ')}</dd>
        {c.audience !== 'team' && !c.imported && (
          <>
            <dt>{t('surveys.detail.targets')}</dt>
            <dd>{c.targets.length === 0 ? t('surveys.detail.allStudents') : c.targets.map((x) => (x.kind === 'role' ? roleLabel(t, x.label) : x.label)).join(', ')}</dd>
          </>
        )}
      </dl>
    </Section>
  );
}

function Rates({ campaign: c }: { campaign: CampaignDetail }) {
  const { t } = useTranslation();
  if (c.imported) return null;
  return (
    <Section title={t('surveys.detail.rates')} description={<p>{t('surveys.detail.ratesIntro')}</p>}>
      {c.invited === 0 ? (
        <p>{t('surveys.detail.noInvitations')}</p>
      ) : (
        <TableWrap label={t('surveys.detail.rates')}>
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t('surveys.detail.group')}</th>
                <th scope="col">{t('surveys.detail.invited')}</th>
                <th scope="col">{t('surveys.detail.responded')}</th>
                <th scope="col">{t('surveys.detail.percent')}</th>
              </tr>
            </thead>
            <tbody>
              {c.rates.map((r) => (
                <tr key={`${r.kind}-${r.label}`} className={r.kind === 'all' || r.kind === 'team' ? 'survey-rate-total' : undefined}>
                  <th scope="row">{r.kind === 'all' ? t('surveys.detail.all') : r.kind === 'role' ? roleLabel(t, r.label) : r.label}</th>
                  <td>{r.invited}</td>
                  <td>{r.responded}</td>
                  <td>
                    <meter min={0} max={100} value={percent(r.responded, r.invited)} aria-hidden="true" /> {percent(r.responded, r.invited)}%
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      )}
    </Section>
  );
}

function Actions({ campaign: c }: { campaign: CampaignDetail }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [links, setLinks] = useState<LinksResult | null>(null);
  const refresh = () => void queryClient.invalidateQueries({ queryKey: campaignKey(c.id) });
  const act = useMutation({
    mutationFn: (action: 'open' | 'remind' | 'links') => campaignAction(c.id, action),
    onSuccess: (result) => {
      setLinks(result);
      refresh();
      void queryClient.invalidateQueries({ queryKey: ['surveys'] });
    },
  });
  const close = useMutation({ mutationFn: () => closeCampaign(c.id), onSuccess: refresh });
  return (
    <>
      <Section title={t('surveys.detail.actions')}>
        {c.status === 'draft' && (
          <>
            <p>{t('surveys.detail.openHint')}</p>
            <button type="button" className="button" disabled={act.isPending} onClick={() => act.mutate('open')}>
              {t('surveys.detail.open')}
            </button>
          </>
        )}
        {c.status === 'open' && (
          <>
            <p>{t('surveys.detail.remindHint')}</p>
            {c.reminders.last && <p className="muted">{t('surveys.detail.lastReminder', { date: formatDateTime(c.reminders.last), count: c.reminders.count })}</p>}
            <div className="button-row">
              <button type="button" className="button" disabled={act.isPending} onClick={() => act.mutate('remind')}>
                {t('surveys.detail.remind')}
              </button>
              <button type="button" className="button button-secondary" disabled={act.isPending} onClick={() => act.mutate('links')}>
                {t('surveys.detail.newLinks')}
              </button>
              <button
                type="button"
                className="button button-secondary"
                disabled={close.isPending}
                onClick={() => {
                  if (window.confirm(t('surveys.detail.confirmClose'))) close.mutate();
                }}
              >
                {t('surveys.detail.close')}
              </button>
            </div>
          </>
        )}
        {c.status === 'closed' && <p>{t('surveys.detail.reportHint')}</p>}
        <FormError error={act.error ?? close.error} />
        <StatusMessage>{(act.isSuccess || close.isSuccess) && t('surveys.detail.done')}</StatusMessage>
      </Section>
      {links && <LinksPanel result={links} />}
    </>
  );
}
