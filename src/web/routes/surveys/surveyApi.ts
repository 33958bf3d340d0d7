import { queryOptions } from '@tanstack/react-query';
import type { CampaignDetail, CampaignInput, CampaignOptions, CampaignSummary, ImportReport, LinksResult, MySurvey, SurveyForm } from '../../../shared/surveys';
import { api } from '../../api/client';
import type { AnswerPatch } from '../competencies/competencyApi';

const enc = encodeURIComponent;

export const campaignsQuery = queryOptions({ queryKey: ['surveys'], queryFn: () => api<{ items: CampaignSummary[] }>('/surveys') });
export const optionsQuery = queryOptions({ queryKey: ['surveys', 'options'], queryFn: () => api<CampaignOptions>('/surveys/options'), staleTime: 5 * 60_000 });
export const campaignKey = (id: string) => ['surveys', id] as const;
export const campaignQuery = (id: string) => queryOptions({ queryKey: campaignKey(id), queryFn: () => api<CampaignDetail>(`/surveys/${enc(id)}`) });

export const createCampaign = (input: CampaignInput) => api<CampaignDetail>('/surveys', { method: 'POST', json: input });
export const campaignAction = (id: string, action: 'open' | 'remind' | 'links') => api<LinksResult>(`/surveys/${enc(id)}/${action}`, { method: 'POST' });
export const closeCampaign = (id: string) => api<CampaignDetail>(`/surveys/${enc(id)}/close`, { method: 'POST' });
export const importFile = (id: string, file: File, mode: 'check' | 'apply') =>
  api<ImportReport>(`/surveys/${enc(id)}/responses/import`, { method: 'POST', raw: { body: file, contentType: 'text/csv' } }, { mode, filename: file.name });
export const templateUrl = (id: string) => `/api/surveys/${enc(id)}/responses/template.csv`;

export const mySurveysQuery = queryOptions({ queryKey: ['my-surveys'], queryFn: () => api<{ items: MySurvey[] }>('/survey-invitations') });

/** Where the answering calls go: one's own invitation (signed in) or a personal link. */
export type SurveyAccess = { invitationId: string } | { token: string };
const base = (a: SurveyAccess) => ('token' in a ? `/survey-link/${enc(a.token)}` : `/survey-invitations/${enc(a.invitationId)}`);

export const surveyFormQuery = (a: SurveyAccess) =>
  queryOptions({
    queryKey: ['survey-form', 'token' in a ? a.token : a.invitationId],
    queryFn: () => api<SurveyForm>('token' in a ? base(a) : `${base(a)}/form`, { quiet: 'token' in a }),
    // The questionnaire keeps its own copy of the answers while it is open; never refetch under it.
    staleTime: Infinity,
    gcTime: 0,
    retry: false,
  });
export const saveSurveyAnswers = (a: SurveyAccess, answers: AnswerPatch) =>
  api<{ saved: number }>('token' in a ? base(a) : `${base(a)}/answers`, { method: 'PATCH', json: { answers }, quiet: 'token' in a });
export const submitSurvey = (a: SurveyAccess) => api<SurveyForm>(`${base(a)}/submit`, { method: 'POST', quiet: 'token' in a });
