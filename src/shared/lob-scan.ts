import { z } from 'zod';
import { LOB_SCAN_THEMES } from '../domain/instruments/builtin/lob-scan';
import { LOB_SCAN_ACTION_STATUSES, MAX_LOB_SCAN_PRIORITIES } from '../domain/surveys/lob-scan';

/*
 * The LOB-scan results of one cycle and the team's priorities and action plan. Members appear only
 * as a number ("Teamlid 3"): the payload carries no names, user ids, pseudonyms or response ids.
 * See docs/decisions/019-lob-scan-and-evidence-loop.md.
 */

const Bilingual = z.object({ nl: z.string(), en: z.string() });
const Theme = z.enum(LOB_SCAN_THEMES);
const Date = z.iso.date();

export const LobScanRef = z.object({
  id: z.uuid(),
  title: z.string(),
  status: z.enum(['draft', 'open', 'closed']),
  opensOn: Date,
  closesOn: Date,
  team: z.object({ id: z.uuid(), name: z.string() }),
  respondents: z.number().int(),
  previousId: z.uuid().nullable(),
});
export type LobScanRef = z.infer<typeof LobScanRef>;

export const LobScanPriority = z.object({ themeCode: Theme, rank: z.number().int().min(1), rationale: z.string() });
export type LobScanPriority = z.infer<typeof LobScanPriority>;

export const LobScanAction = z.object({
  id: z.uuid(),
  themeCode: Theme,
  what: z.string(),
  who: z.string(),
  dueOn: Date,
  status: z.enum(LOB_SCAN_ACTION_STATUSES),
  reviewNote: z.string().nullable(),
  reviewedAt: z.string().nullable(),
});
export type LobScanAction = z.infer<typeof LobScanAction>;

export const LobScanThemeResult = z.object({
  code: Theme,
  title: Bilingual,
  explanation: Bilingual,
  suggestion: Bilingual,
  n: z.number().int(),
  mean: z.number().nullable(),
  min: z.number().nullable(),
  max: z.number().nullable(),
});

export const LobScanResults = z.object({
  campaign: LobScanRef,
  /** How the actor relates to the team: their leader, or one of its members. */
  role: z.enum(['leader', 'member']),
  invited: z.number().int(),
  scale: z.object({ min: z.number().int(), max: z.number().int() }),
  themes: z.array(LobScanThemeResult),
  /** One entry per respondent, numbered 1…n; scores follow the order of `themes`. */
  members: z.array(z.object({ number: z.number().int().min(1), scores: z.array(z.number().nullable()) })),
  discuss: z.object({ lowest: z.array(Theme), disagreement: z.array(Theme) }),
  priorities: z.array(LobScanPriority),
  actions: z.array(LobScanAction),
  /** The cycle before this one, whose action plan this cycle looks back on. */
  previous: z
    .object({
      id: z.uuid(),
      title: z.string(),
      closesOn: Date,
      means: z.array(z.object({ code: Theme, mean: z.number().nullable() })),
      priorities: z.array(LobScanPriority),
      actions: z.array(LobScanAction),
    })
    .nullable(),
});
export type LobScanResults = z.infer<typeof LobScanResults>;

export const LobScanPrioritiesInput = z.object({
  priorities: z.array(z.object({ themeCode: z.string().max(40), rank: z.number().int().min(1).max(99), rationale: z.string().trim().max(1000).default('') })).max(MAX_LOB_SCAN_PRIORITIES + 6),
});

export const LobScanActionCreate = z.object({
  themeCode: z.string().max(40),
  what: z.string().trim().min(1).max(1000),
  who: z.string().trim().min(1).max(200),
  dueOn: z.string().max(10),
});

export const LobScanActionUpdate = z.object({
  what: z.string().trim().min(1).max(1000).optional(),
  who: z.string().trim().min(1).max(200).optional(),
  dueOn: z.string().max(10).optional(),
  status: z.enum(LOB_SCAN_ACTION_STATUSES).optional(),
  /** Looking back in the next cycle: what came of it. An empty note clears the review. */
  reviewNote: z.string().trim().max(2000).optional(),
});
