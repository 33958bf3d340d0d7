import { z } from 'zod';

/*
 * An instrument (questionnaire) is versioned data, not code: a school or the lead team can add a
 * new version without a deploy, and old responses keep pointing at the version they answered.
 * Validation is split in two: the zod schema checks the shape, `crossCheck` checks the references
 * between parts (scale → items, labels → points). Both run on every input so that an admin who
 * uploads a broken definition sees every problem at once instead of fixing them one by one.
 */

const Slug = z.string().regex(/^[a-z0-9]+(?:[-_][a-z0-9]+)*$/, 'slug');
const Localized = z.object({ nl: z.string().trim().min(1), en: z.string().trim().min(1) });

export const ResponseScale = z.object({
  min: z.number().int(),
  max: z.number().int(),
  labels: z.array(Localized),
});

export const ScaleDefinition = z.object({
  code: Slug,
  title: Localized,
  explanation: Localized,
  suggestion: Localized,
  items: z.array(Slug).min(1),
});

export const ItemDefinition = z.object({ code: Slug, text: Localized, reverse: z.boolean() });

/*
 * Who fills in about whom. `about: 'counsellor'` is a staff rating of a counsellor (360° for staff):
 * a colleague or team leader may only answer it through a rating request of that counsellor.
 */
export const RESPONDENT_ROLES = ['student', 'counsellor', 'supervisor', 'manager'] as const;
export const RESPONDENT_SUBJECTS = ['self', 'student', 'counsellor'] as const;
export const Respondent = z.object({
  role: z.enum(RESPONDENT_ROLES),
  about: z.enum(RESPONDENT_SUBJECTS),
});

/*
 * What an instrument is for. 'measurement' (the default when absent, so the shipped definitions and
 * their checksums stay as they are) feeds the competence flows; 'survey' and 'team-scan' are only
 * answered through a quality-monitor campaign and must never be offered as a self-assessment.
 */
export const INSTRUMENT_USES = ['measurement', 'survey', 'team-scan'] as const;
export type InstrumentUse = (typeof INSTRUMENT_USES)[number];

const Base = z.object({
  code: Slug,
  use: z.enum(INSTRUMENT_USES).optional(),
  version: z.number().int().positive(),
  title: Localized,
  description: Localized,
  responseScale: ResponseScale,
  scales: z.array(ScaleDefinition).min(1),
  items: z.array(ItemDefinition).min(1),
  scoring: z.object({
    rule: z.literal('mean'),
    // (0,1]: 0 would score a scale with no answers at all, which means nothing.
    minAnsweredFraction: z.number().gt(0).lte(1),
  }),
  respondents: z.array(Respondent).min(1),
});

/** Largest number of answer points; more than 11 (0–10) is not a rating scale anyone reads. */
export const MAX_SCALE_POINTS = 11;

export interface Problem {
  path: string;
  message_nl: string;
  message_en: string;
}

export const InstrumentDefinition = Base.superRefine((value, ctx) => {
  for (const p of crossCheck(value)) ctx.addIssue({ code: 'custom', message: p.message_en, path: parsePath(p.path) });
});
export type InstrumentDefinition = z.infer<typeof Base>;
export type ItemDef = z.infer<typeof ItemDefinition>;
export type ScaleDef = z.infer<typeof ScaleDefinition>;
export type RespondentDef = z.infer<typeof Respondent>;

export function useOf(instrument: Pick<InstrumentDefinition, 'use'>): InstrumentUse {
  return instrument.use ?? 'measurement';
}

export type ValidationResult =
  | { ok: true; instrument: InstrumentDefinition }
  | { ok: false; problems: Problem[] };

export function validateInstrument(input: unknown): ValidationResult {
  const parsed = Base.safeParse(input);
  const problems: Problem[] = parsed.success ? [] : parsed.error.issues.map(fromZodIssue);
  problems.push(...crossCheck(input));
  if (problems.length > 0 || !parsed.success) return { ok: false, problems };
  return { ok: true, instrument: parsed.data };
}

/** `['scales', 2, 'items', 1]` → `scales[2].items[1]`, the form shown to admins and used in tests. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out;
}

function parsePath(path: string): (string | number)[] {
  const out: (string | number)[] = [];
  for (const m of path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) out.push(m[2] !== undefined ? Number(m[2]) : (m[1] ?? ''));
  return out;
}

function fromZodIssue(issue: z.core.$ZodIssue): Problem {
  const path = formatPath(issue.path);
  const [nl, en] = describeIssue(issue);
  return { path, message_nl: nl, message_en: en };
}

function describeIssue(issue: z.core.$ZodIssue): [string, string] {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined
        ? ['Dit veld ontbreekt.', 'This field is missing.']
        : [`Verkeerd type: verwacht ${issue.expected}.`, `Wrong type: expected ${issue.expected}.`];
    case 'too_small':
      return issue.origin === 'array'
        ? [`Minstens ${String(issue.minimum)} nodig.`, `At least ${String(issue.minimum)} required.`]
        : issue.origin === 'string'
          ? ['Mag niet leeg zijn.', 'Must not be empty.']
          : [`Moet groter zijn dan ${issue.inclusive ? 'of gelijk aan ' : ''}${String(issue.minimum)}.`,
            `Must be greater than ${issue.inclusive ? 'or equal to ' : ''}${String(issue.minimum)}.`];
    case 'too_big':
      return [`Mag hoogstens ${String(issue.maximum)} zijn.`, `Must be at most ${String(issue.maximum)}.`];
    case 'invalid_format':
      return ['Gebruik alleen kleine letters, cijfers, - en _.', 'Use only lowercase letters, digits, - and _.'];
    case 'invalid_value':
      return [`Toegestaan: ${issue.values.map(String).join(', ')}.`, `Allowed: ${issue.values.map(String).join(', ')}.`];
    case 'unrecognized_keys':
      return [`Onbekende velden: ${issue.keys.join(', ')}.`, `Unknown fields: ${issue.keys.join(', ')}.`];
    default:
      return ['Ongeldige waarde.', issue.message || 'Invalid value.'];
  }
}

/* ---- cross-reference checks: tolerant of a broken shape, so they can run beside zod ---- */

type Loose = Record<string, unknown>;
const asObj = (v: unknown): Loose | undefined => (v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Loose) : undefined);
const asArr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const codeOf = (v: unknown): string | undefined => {
  const c = asObj(v)?.code;
  return typeof c === 'string' ? c : undefined;
};

export function crossCheck(input: unknown): Problem[] {
  const root = asObj(input);
  if (!root) return [];
  const problems: Problem[] = [];
  const add = (path: string, nl: string, en: string) => problems.push({ path, message_nl: nl, message_en: en });

  const rs = asObj(root.responseScale);
  if (rs && Number.isInteger(rs.min) && Number.isInteger(rs.max)) {
    const min = rs.min as number;
    const max = rs.max as number;
    const points = max - min + 1;
    if (max <= min) add('responseScale.max', 'max moet groter zijn dan min.', 'max must be greater than min.');
    else if (points > MAX_SCALE_POINTS)
      add('responseScale', `Hoogstens ${MAX_SCALE_POINTS} antwoordpunten (nu ${points}).`, `At most ${MAX_SCALE_POINTS} answer points (now ${points}).`);
    if (max > min && Array.isArray(rs.labels) && rs.labels.length !== points)
      add('responseScale.labels', `Verwacht ${points} labels (één per punt), gevonden ${rs.labels.length}.`,
        `Expected ${points} labels (one per point), found ${rs.labels.length}.`);
  }

  const items = asArr(root.items);
  const itemIndex = new Map<string, number>();
  items.forEach((item, i) => {
    const code = codeOf(item);
    if (code === undefined) return;
    if (itemIndex.has(code)) add(`items[${i}].code`, `Itemcode "${code}" komt vaker voor.`, `Item code "${code}" is used more than once.`);
    else itemIndex.set(code, i);
  });

  const scales = asArr(root.scales);
  const seenScales = new Set<string>();
  const membership = new Map<string, number>();
  scales.forEach((scale, s) => {
    const code = codeOf(scale);
    if (code !== undefined) {
      if (seenScales.has(code)) add(`scales[${s}].code`, `Schaalcode "${code}" komt vaker voor.`, `Scale code "${code}" is used more than once.`);
      seenScales.add(code);
    }
    asArr(asObj(scale)?.items).forEach((ref, k) => {
      if (typeof ref !== 'string') return;
      if (!itemIndex.has(ref)) add(`scales[${s}].items[${k}]`, `Item "${ref}" bestaat niet.`, `Item "${ref}" does not exist.`);
      membership.set(ref, (membership.get(ref) ?? 0) + 1);
    });
  });

  // Each item must feed exactly one scale: an orphan is never scored, a shared item counts twice.
  for (const [code, i] of itemIndex) {
    const n = membership.get(code) ?? 0;
    if (n === 0) add(`items[${i}]`, `Item "${code}" hoort bij geen enkele schaal.`, `Item "${code}" belongs to no scale.`);
    else if (n > 1) add(`items[${i}]`, `Item "${code}" hoort bij ${n} schalen; precies één is toegestaan.`, `Item "${code}" belongs to ${n} scales; exactly one is allowed.`);
  }
  return problems;
}
