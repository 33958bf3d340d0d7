import { useOf, type InstrumentDefinition, type Problem } from '../instruments/definition';

/*
 * The rules a survey campaign must meet before it is stored. Checked as a whole so a manager sees
 * every problem at once. A campaign's instruments are answered as one questionnaire and stored in
 * one response, so their item and scale codes must not collide and they share one answer scale.
 */

export const AUDIENCES = ['students', 'staff', 'team'] as const;
export type Audience = (typeof AUDIENCES)[number];
export const ANONYMITY = ['anonymous', 'pseudonymous'] as const;
export type Anonymity = (typeof ANONYMITY)[number];
export const CAMPAIGN_STATUSES = ['draft', 'open', 'closed'] as const;
export type CampaignStatus = (typeof CAMPAIGN_STATUSES)[number];
/** Staff roles a staff campaign can reach; students, parents and supervisors are never "staff". */
export const STAFF_TARGET_ROLES = ['counsellor', 'specialist', 'manager', 'admin'] as const;
export type StaffTargetRole = (typeof STAFF_TARGET_ROLES)[number];

/** A campaign runs at most a school year; longer periods make response rates meaningless. */
export const MAX_CAMPAIGN_DAYS = 366;

export interface CampaignDraft {
  title: string;
  audience: Audience;
  anonymity: Anonymity;
  feedsGuidance: boolean;
  teamId: string | null;
  opensOn: string;
  closesOn: string;
  /** Imported data only: the campaign is closed from the start and invites nobody. */
  imported: boolean;
  targets: { programmeId?: string | null; cohortId?: string | null; role?: string | null }[];
}

const p = (path: string, nl: string, en: string): Problem => ({ path, message_nl: nl, message_en: en });

function days(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** Which respondent role an instrument needs for an audience ('team' members are staff). */
function fitsAudience(instrument: InstrumentDefinition, audience: Audience): boolean {
  const use = useOf(instrument);
  if (audience === 'team') return use === 'team-scan';
  if (use !== 'survey') return false;
  const roles = instrument.respondents.map((r) => r.role);
  return audience === 'students' ? roles.includes('student') : roles.some((r) => r !== 'student' && r !== 'supervisor');
}

export function campaignProblems(draft: CampaignDraft, instruments: readonly InstrumentDefinition[]): Problem[] {
  const out: Problem[] = [];
  if (draft.title.trim() === '') out.push(p('title', 'Geef de campagne een titel.', 'Give the campaign a title.'));
  if (draft.closesOn < draft.opensOn) out.push(p('closesOn', 'De einddatum ligt vóór de begindatum.', 'The closing date is before the opening date.'));
  else if (days(draft.opensOn, draft.closesOn) > MAX_CAMPAIGN_DAYS)
    out.push(p('closesOn', 'Een campagne loopt hoogstens een jaar.', 'A campaign runs at most one year.'));

  if (instruments.length === 0) out.push(p('instruments', 'Kies minstens één vragenlijst.', 'Choose at least one questionnaire.'));
  instruments.forEach((instrument, i) => {
    if (!fitsAudience(instrument, draft.audience))
      out.push(p(`instruments[${i}]`, `"${instrument.title.nl}" is niet bedoeld voor deze doelgroep.`, `"${instrument.title.en}" is not meant for this audience.`));
  });
  const first = instruments[0];
  if (first && instruments.some((x) => x.responseScale.min !== first.responseScale.min || x.responseScale.max !== first.responseScale.max))
    out.push(p('instruments', 'Vragenlijsten in één campagne moeten dezelfde antwoordschaal hebben.', 'Questionnaires in one campaign must share the same answer scale.'));
  const items = new Set<string>();
  const scales = new Set<string>();
  for (const x of instruments) {
    for (const item of x.items) {
      if (items.has(item.code)) out.push(p('instruments', `Vraagcode "${item.code}" komt in twee vragenlijsten voor.`, `Item code "${item.code}" occurs in two questionnaires.`));
      items.add(item.code);
    }
    for (const scale of x.scales) {
      if (scales.has(scale.code)) out.push(p('instruments', `Schaal "${scale.code}" komt in twee vragenlijsten voor.`, `Scale "${scale.code}" occurs in two questionnaires.`));
      scales.add(scale.code);
    }
  }

  if (draft.feedsGuidance && (draft.anonymity !== 'pseudonymous' || draft.audience !== 'students'))
    out.push(p('feedsGuidance', 'Alleen een pseudonieme studentenvragenlijst kan met de begeleiding gedeeld worden.', 'Only a pseudonymous student survey can be shared with guidance.'));
  if (draft.audience === 'team' && !draft.teamId) out.push(p('teamId', 'Kies het team dat de scan invult.', 'Choose the team that fills in the scan.'));
  if (draft.audience !== 'team' && draft.teamId) out.push(p('teamId', 'Een team hoort alleen bij een teamscan.', 'A team only belongs to a team scan.'));

  draft.targets.forEach((target, i) => {
    const isStudentTarget = Boolean(target.programmeId || target.cohortId);
    if (draft.audience === 'students' && (target.role || !isStudentTarget))
      out.push(p(`targets[${i}]`, 'Kies een opleiding of cohort.', 'Choose a programme or cohort.'));
    if (draft.audience === 'staff' && (isStudentTarget || !STAFF_TARGET_ROLES.includes(target.role as StaffTargetRole)))
      out.push(p(`targets[${i}]`, 'Kies een rol van medewerkers.', 'Choose a staff role.'));
    if (draft.audience === 'team') out.push(p(`targets[${i}]`, 'Een teamscan gaat naar de leden van het team.', 'A team scan goes to the members of the team.'));
  });
  if (draft.audience === 'staff' && draft.targets.length === 0 && !draft.imported)
    out.push(p('targets', 'Kies minstens één rol.', 'Choose at least one role.'));
  if (draft.imported && draft.feedsGuidance)
    out.push(p('feedsGuidance', 'Geïmporteerde antwoorden horen bij niemand en kunnen niet met de begeleiding gedeeld worden.', 'Imported answers belong to nobody and cannot be shared with guidance.'));
  return out;
}

export type CampaignAction = 'open' | 'close' | 'remind' | 'links' | 'import';

/** Which actions the campaign's state allows. Imported-data campaigns never invite anyone. */
export function allowed(action: CampaignAction, campaign: { status: CampaignStatus; imported: boolean }): boolean {
  switch (action) {
    case 'open':
      return campaign.status === 'draft' && !campaign.imported;
    case 'close':
      return campaign.status === 'open';
    case 'remind':
    case 'links':
      return campaign.status === 'open' && !campaign.imported;
    case 'import':
      return campaign.imported;
  }
}

/** One questionnaire out of several: the caller shows the campaign as one form. */
export function mergeInstruments(instruments: readonly InstrumentDefinition[]): InstrumentDefinition | null {
  const [first, ...rest] = instruments;
  if (!first) return null;
  if (rest.length === 0) return first;
  return {
    ...first,
    scales: instruments.flatMap((x) => x.scales),
    items: instruments.flatMap((x) => x.items),
    scoring: { rule: 'mean', minAnsweredFraction: Math.max(...instruments.map((x) => x.scoring.minAnsweredFraction)) },
  };
}
