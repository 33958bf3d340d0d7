import { z } from 'zod';
import { ANONYMITY, AUDIENCES, CAMPAIGN_STATUSES, STAFF_TARGET_ROLES } from '../domain/surveys/campaign';
import { InstrumentView, Text } from './competencies';

/*
 * The contract between server and web for the quality monitor: campaigns, invitations, answering
 * and the import of survey data gathered elsewhere. The report has its own contract.
 */

const IsoDate = z.iso.date();

export const Audience = z.enum(AUDIENCES);
export const Anonymity = z.enum(ANONYMITY);
export const CampaignStatus = z.enum(CAMPAIGN_STATUSES);

export const TargetInput = z.object({
  programmeId: z.uuid().nullable().optional(),
  cohortId: z.uuid().nullable().optional(),
  role: z.enum(STAFF_TARGET_ROLES).nullable().optional(),
});

export const CampaignInput = z.object({
  title: z.string().trim().min(1).max(200),
  description: z.string().trim().max(2000).default(''),
  audience: Audience,
  anonymity: Anonymity,
  feedsGuidance: z.boolean().default(false),
  teamId: z.uuid().nullable().default(null),
  opensOn: IsoDate,
  closesOn: IsoDate,
  /** Instrument codes; the newest published version of each is used. */
  instruments: z.array(z.string().min(1).max(64)).min(1).max(5),
  targets: z.array(TargetInput).max(200).default([]),
  /** A campaign that only holds answers imported from a file: closed, no invitations. */
  imported: z.boolean().default(false),
  previousCampaignId: z.uuid().nullable().default(null),
});
export type CampaignInput = z.input<typeof CampaignInput>;

export const CampaignSummary = z.object({
  id: z.string(),
  title: z.string(),
  audience: Audience,
  anonymity: Anonymity,
  status: CampaignStatus,
  imported: z.boolean(),
  opensOn: z.string(),
  closesOn: z.string(),
  invited: z.number().int(),
  responded: z.number().int(),
  /** Submitted responses, answered here or imported. */
  responses: z.number().int(),
});
export type CampaignSummary = z.infer<typeof CampaignSummary>;

export const ResponseRate = z.object({
  kind: z.enum(['programme', 'cohort', 'role', 'team', 'all']),
  label: z.string(),
  invited: z.number().int(),
  responded: z.number().int(),
});
export type ResponseRate = z.infer<typeof ResponseRate>;

export const CampaignDetail = CampaignSummary.extend({
  description: z.string(),
  feedsGuidance: z.boolean(),
  team: z.object({ id: z.string(), name: z.string() }).nullable(),
  instruments: z.array(z.object({ id: z.string(), code: z.string(), version: z.number(), title: Text })),
  targets: z.array(z.object({ kind: z.enum(['programme', 'cohort', 'role']), label: z.string() })),
  rates: z.array(ResponseRate),
  reminders: z.object({ last: z.string().nullable(), count: z.number().int() }),
  imports: z.array(z.object({ id: z.string(), fileName: z.string(), status: z.enum(['checked', 'rejected', 'applied']), rows: z.number().int(), createdAt: z.string() })),
  /** Invitations can go by mail; otherwise the manager copies the links. */
  mailDelivers: z.boolean(),
});
export type CampaignDetail = z.infer<typeof CampaignDetail>;

export const SurveyLink = z.object({ name: z.string(), email: z.string().nullable(), link: z.string() });
export const LinksResult = z.object({
  /** True when the invitations went out by mail; else the links are here, shown this once. */
  mailSent: z.boolean(),
  count: z.number().int(),
  links: z.array(SurveyLink),
});
export type LinksResult = z.infer<typeof LinksResult>;

export const CampaignOptions = z.object({
  instruments: z.array(z.object({ code: z.string(), version: z.number(), title: Text, description: Text, use: z.enum(['survey', 'team-scan']), audiences: z.array(Audience) })),
  programmes: z.array(z.object({ id: z.string(), name: z.string(), cohorts: z.array(z.object({ id: z.string(), name: z.string(), schoolYear: z.string() })) })),
  teams: z.array(z.object({ id: z.string(), name: z.string() })),
  roles: z.array(z.enum(STAFF_TARGET_ROLES)),
});
export type CampaignOptions = z.infer<typeof CampaignOptions>;

/* ---- the respondent's side ---- */

export const MySurvey = z.object({
  invitationId: z.string(),
  title: z.string(),
  closesOn: z.string(),
  started: z.boolean(),
});
export type MySurvey = z.infer<typeof MySurvey>;

export const SurveyForm = z.object({
  campaign: z.object({
    title: z.string(),
    description: z.string(),
    anonymity: Anonymity,
    feedsGuidance: z.boolean(),
    closesOn: z.string(),
  }),
  /** The campaign's questionnaires as one form. */
  instrument: InstrumentView,
  status: z.enum(['draft', 'submitted']),
  answers: z.record(z.string(), z.number()),
});
export type SurveyForm = z.infer<typeof SurveyForm>;

/* ---- import ---- */

export const ImportRowError = z.object({ row: z.number().int(), column: z.string().nullable(), code: z.string(), message: z.string() });
export const ImportReport = z.object({
  id: z.string(),
  mode: z.enum(['check', 'apply']),
  status: z.enum(['checked', 'rejected', 'applied']),
  totalRows: z.number().int(),
  validRows: z.number().int(),
  errorCount: z.number().int(),
  /** The first 500 problems, by row. */
  errors: z.array(ImportRowError),
  itemColumns: z.array(z.string()),
  groupColumns: z.array(z.string()),
  applied: z.number().int(),
});
export type ImportReport = z.infer<typeof ImportReport>;
