import Papa from 'papaparse';
import type { GroupDimension } from '../../shared/survey-report';
import type { CampaignItem, CampaignScale } from './survey-report-campaign';

/*
 * The text files beside data.csv: a codebook, the value labels in long form, SPSS syntax that reads
 * the data and applies all labels, and a short R script. data.csv is plain for R's read.csv: comma
 * separated, a header, "." as decimal mark, NA for missing, ASCII only.
 */

export interface GroupCoding {
  dimension: GroupDimension;
  /** Code → label; small groups share one "overig" code, so their label never appears. */
  labels: { code: number; label: string }[];
  codeOf(label: string | null): number | null;
}

export const GROUP_TITLES: Record<GroupDimension, string> = { sector: 'Sector', programme: 'Opleiding', gender: 'Geslacht', year: 'Leerjaar' };

/** Codes 1…k for groups that may be shown (alphabetical), `otherCode` for all smaller ones, NA when unknown. */
export function groupCoding(dimension: GroupDimension, counts: readonly { label: string | null; n: number }[], min: number, otherLabel: string): GroupCoding {
  const shown = counts.filter((c): c is { label: string; n: number } => c.label !== null && c.n >= min).map((c) => c.label).sort((a, b) => a.localeCompare(b, 'nl'));
  const hasSmall = counts.some((c) => c.label !== null && c.n < min);
  const code = new Map(shown.map((label, i) => [label, i + 1]));
  const otherCode = 99;
  const labels = shown.map((label, i) => ({ code: i + 1, label }));
  if (hasSmall) labels.push({ code: otherCode, label: otherLabel });
  return { dimension, labels, codeOf: (label) => (label === null ? null : (code.get(label) ?? otherCode)) };
}

export interface Columns {
  groups: GroupCoding[];
  items: CampaignItem[];
  scales: CampaignScale[];
}

const na = (v: number | null | undefined, digits?: number) =>
  v === null || v === undefined || !Number.isFinite(v) ? 'NA' : digits === undefined ? String(v) : String(Math.round(v * 10 ** digits) / 10 ** digits);

export const dataHeader = (c: Columns) => ['respondent', ...c.groups.map((g) => g.dimension), ...c.items.map((i) => i.code), ...c.scales.map((s) => s.code)].join(',');

export function dataLine(
  c: Columns,
  respondent: number,
  row: { labels: Record<GroupDimension, string | null>; answers: (number | null)[]; scores: (number | null)[] },
): string {
  return [
    String(respondent),
    ...c.groups.map((g) => na(g.codeOf(row.labels[g.dimension]))),
    ...c.items.map((_, i) => na(row.answers[i])),
    ...c.scales.map((_, i) => na(row.scores[i], 4)),
  ].join(',');
}

const valueLabels = (item: CampaignItem) => item.labels.map((l, i) => ({ value: item.min + i, label: l.nl }));

export function codebookCsv(c: Columns): string {
  const rows = [
    { variable: 'respondent', label: 'Volgnummer respondent (willekeurige volgorde)', type: 'integer', scale: '', reverse: '', values: '' },
    ...c.groups.map((g) => ({
      variable: g.dimension,
      label: GROUP_TITLES[g.dimension],
      type: 'categorical',
      scale: '',
      reverse: '',
      values: g.labels.map((l) => `${l.code}=${l.label}`).join('; '),
    })),
    ...c.items.map((i) => ({
      variable: i.code,
      label: i.text.nl,
      type: 'integer',
      scale: i.scale,
      reverse: i.reverse ? 'ja' : 'nee',
      values: valueLabels(i).map((v) => `${v.value}=${v.label}`).join('; '),
    })),
    ...c.scales.map((s) => ({
      variable: s.code,
      label: `Schaalscore ${s.title.nl} (gemiddelde van de items, omgepoolde items gespiegeld)`,
      type: 'numeric',
      scale: s.code,
      reverse: '',
      values: '',
    })),
  ];
  return Papa.unparse(rows, { newline: '\n', quotes: true });
}

export function valueLabelsCsv(c: Columns): string {
  const rows = [
    ...c.groups.flatMap((g) => g.labels.map((l) => ({ variable: g.dimension, value: l.code, label: l.label }))),
    ...c.items.flatMap((i) => valueLabels(i).map((v) => ({ variable: i.code, value: v.value, label: v.label }))),
  ];
  return Papa.unparse(rows, { newline: '\n', quotes: true });
}

const spssText = (s: string) => `'${s.replace(/'/g, "''").replace(/\s+/g, ' ')}'`;

export function spssSyntax(c: Columns, title: string): string {
  const formats = [
    'respondent F8.0',
    ...c.groups.map((g) => `${g.dimension} F2.0`),
    ...c.items.map((i) => `${i.code} F3.0`),
    ...c.scales.map((s) => `${s.code} F8.4`),
  ];
  const byLabels = new Map<string, string[]>();
  for (const item of c.items) {
    const key = valueLabels(item).map((v) => `${v.value} ${spssText(v.label)}`).join(' ');
    byLabels.set(key, [...(byLabels.get(key) ?? []), item.code]);
  }
  return [
    `* Koers kwaliteitsmonitor: ${title.replace(/\*/g, '')}.`,
    '* NA in data.csv wordt bij het inlezen system-missing.',
    "GET DATA /TYPE=TXT /FILE='data.csv' /ENCODING='UTF8' /ARRANGEMENT=DELIMITED /DELIMITERS=',' /QUALIFIER='\"' /FIRSTCASE=2",
    `  /VARIABLES=${formats.join('\n    ')}.`,
    'VARIABLE LABELS',
    [
      `respondent ${spssText('Volgnummer respondent')}`,
      ...c.groups.map((g) => `${g.dimension} ${spssText(GROUP_TITLES[g.dimension])}`),
      ...c.items.map((i) => `${i.code} ${spssText(i.text.nl)}`),
      ...c.scales.map((s) => `${s.code} ${spssText(`Schaalscore ${s.title.nl}`)}`),
    ].join('\n  /') + '.',
    'VALUE LABELS',
    [
      ...c.groups.filter((g) => g.labels.length > 0).map((g) => `${g.dimension} ${g.labels.map((l) => `${l.code} ${spssText(l.label)}`).join(' ')}`),
      ...[...byLabels].map(([labels, codes]) => `${codes.join(' ')} ${labels}`),
    ].join('\n  /') + '.',
    'EXECUTE.',
    '',
  ].join('\n');
}

export function rScript(c: Columns): string {
  const groups = c.groups.map((g) => `"${g.dimension}"`).join(', ');
  return [
    '# Koers kwaliteitsmonitor: leest data.csv en zet de groepskolommen om in factoren met labels.',
    'data <- read.csv("data.csv", na.strings = "NA")',
    'labels <- read.csv("value_labels.csv", encoding = "UTF-8")',
    `for (v in c(${groups})) {`,
    '  l <- labels[labels$variable == v, ]',
    '  if (nrow(l) > 0) data[[v]] <- factor(data[[v]], levels = l$value, labels = l$label)',
    '}',
    'str(data)',
    '',
  ].join('\n');
}

export const readme = (min: number) =>
  [
    'Koers kwaliteitsmonitor: geanonimiseerde antwoorden',
    '',
    'data.csv          een regel per respondent: groepscodes, antwoorden (ruwe waarden, omgepoolde items NIET gespiegeld) en schaalscores',
    'codebook.csv      per variabele: label (itemtekst), schaal, omgepoold ja/nee en waardelabels',
    'value_labels.csv  waardelabels in lange vorm (variable, value, label)',
    'labels.sps        SPSS-syntax: leest data.csv in en zet variabele- en waardelabels',
    'load.R            R: read.csv met NA als ontbrekend, groepskolommen als factor',
    '',
    `Privacy: groepen met minder dan ${min} respondenten staan samen onder code 99 ("overig"); hun naam staat nergens in deze bestanden.`,
    'Er staat geen naam, e-mailadres, studentnummer of pseudoniem in; de volgorde van de regels is willekeurig.',
    '',
  ].join('\n');

