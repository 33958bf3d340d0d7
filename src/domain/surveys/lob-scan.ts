import { LOB_SCAN_THEMES, type LobScanTheme } from '../instruments/builtin/lob-scan';
import type { Problem } from '../instruments/definition';

/*
 * The LOB-scan is a team's self-assessment: members see how each of them rated the eleven themes,
 * but only as "Teamlid 1…n". Numbers follow the order of the campaign's pseudonyms, which are
 * random per person and campaign: stable while the scan runs, unrelated to names, and different in
 * the next cycle so nobody can follow one colleague across cycles.
 */

/** How many themes a team may choose as priorities in one cycle: focus beats a long list. */
export const MAX_LOB_SCAN_PRIORITIES = 5;
export const LOB_SCAN_ACTION_STATUSES = ['open', 'done', 'dropped'] as const;
export type LobScanActionStatus = (typeof LOB_SCAN_ACTION_STATUSES)[number];

/** Member number (1-based) per respondent key; keys are sorted so the numbering never depends on answer order. */
export function numberMembers(keys: readonly string[]): Map<string, number> {
  const sorted = [...new Set(keys)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return new Map(sorted.map((key, i) => [key, i + 1]));
}

export function isLobScanTheme(code: string): code is LobScanTheme {
  return (LOB_SCAN_THEMES as readonly string[]).includes(code);
}

export interface ThemeSpread {
  code: LobScanTheme;
  n: number;
  mean: number | null;
  min: number | null;
  max: number | null;
}

/** Per theme: the team mean and the lowest and highest member score, from each member's scores. */
export function themeSpreads(members: readonly { scores: Readonly<Record<string, number | null>> }[]): ThemeSpread[] {
  return LOB_SCAN_THEMES.map((code) => {
    const values = members.map((m) => m.scores[code]).filter((v): v is number => typeof v === 'number');
    if (values.length === 0) return { code, n: 0, mean: null, min: null, max: null };
    const mean = values.reduce((a, v) => a + v, 0) / values.length;
    return { code, n: values.length, mean: round2(mean), min: Math.min(...values), max: Math.max(...values) };
  });
}

/**
 * Themes worth discussing first: the lowest team means, and where members differ most (a spread of
 * two points or more on a four-point scale means the team does not share one picture).
 */
export function discussionThemes(spreads: readonly ThemeSpread[], count = 3): { lowest: LobScanTheme[]; disagreement: LobScanTheme[] } {
  const scored = spreads.filter((s) => s.mean !== null);
  const lowest = [...scored].sort((a, b) => (a.mean ?? 0) - (b.mean ?? 0) || a.code.localeCompare(b.code)).slice(0, count).map((s) => s.code);
  const disagreement = scored.filter((s) => (s.max ?? 0) - (s.min ?? 0) >= 2).map((s) => s.code);
  return { lowest, disagreement };
}

export interface PriorityInput {
  themeCode: string;
  rank: number;
  rationale: string;
}

const p = (path: string, nl: string, en: string): Problem => ({ path, message_nl: nl, message_en: en });

/** Priorities are a ranked short list: known themes, each once, ranks 1…k without gaps. */
export function priorityProblems(priorities: readonly PriorityInput[]): Problem[] {
  const out: Problem[] = [];
  if (priorities.length > MAX_LOB_SCAN_PRIORITIES)
    out.push(p('priorities', `Kies hoogstens ${MAX_LOB_SCAN_PRIORITIES} speerpunten.`, `Choose at most ${MAX_LOB_SCAN_PRIORITIES} priorities.`));
  const seen = new Set<string>();
  priorities.forEach((x, i) => {
    if (!isLobScanTheme(x.themeCode)) out.push(p(`priorities[${i}].themeCode`, 'Onbekend thema.', 'Unknown theme.'));
    if (seen.has(x.themeCode)) out.push(p(`priorities[${i}].themeCode`, 'Elk thema kan maar één keer speerpunt zijn.', 'Each theme can be a priority only once.'));
    seen.add(x.themeCode);
  });
  const ranks = priorities.map((x) => x.rank).sort((a, b) => a - b);
  if (ranks.some((r, i) => r !== i + 1))
    out.push(p('priorities', 'Nummer de speerpunten 1, 2, 3… zonder gaten of dubbele nummers.', 'Number the priorities 1, 2, 3… without gaps or duplicates.'));
  return out;
}

export interface ActionInput {
  themeCode: string;
  what: string;
  who: string;
  dueOn: string;
}

/** An action is only useful when it says what, who and by when; the date must be a real date. */
export function actionProblems(action: ActionInput): Problem[] {
  const out: Problem[] = [];
  if (!isLobScanTheme(action.themeCode)) out.push(p('themeCode', 'Onbekend thema.', 'Unknown theme.'));
  if (action.what.trim() === '') out.push(p('what', 'Schrijf op wat er gebeurt.', 'Write down what will happen.'));
  if (action.who.trim() === '') out.push(p('who', 'Schrijf op wie het doet.', 'Write down who does it.'));
  const parsed = Date.parse(`${action.dueOn}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(action.dueOn) || Number.isNaN(parsed) || new Date(parsed).toISOString().slice(0, 10) !== action.dueOn)
    out.push(p('dueOn', 'Kies een geldige datum.', 'Choose a valid date.'));
  return out;
}

function round2(v: number): number {
  return Math.round(v * 100) / 100;
}
