import { buffer } from 'node:stream/consumers';
import type { Language } from '../../shared/errors';
import type { CompetencyChart, PageItemView, SharedPageView } from '../../shared/showcase';
import type { AppContext } from '../context';
import { PdfDocument } from '../pdf/pdf-document';
import { drawRadar } from '../pdf/radar-chart';
import type { Actor } from '../policies/policy';
import { listEvidence } from '../repositories/portfolio-evidence.repository';
import * as files from '../repositories/portfolio-files.repository';
import { actionsOf, listGoals } from '../repositories/portfolio-goals.repository';
import { fileStoreFor } from '../storage/index';
import { filesByEvidence } from './portfolio-files.service';
import { competencyChart, itemView, ownedPage, pageContent } from './showcase.service';

/**
 * Printable PDFs of one showcase page and of the whole portfolio, made on the server so they look
 * the same everywhere. Photos (PNG, JPEG) are placed in the document; other files are listed.
 */

const T = {
  nl: {
    chart: 'Loopbaancompetenties',
    chartNote: (date: string, min: number, max: number) => `Mijn laatste zelfbeoordeling (${date}), schaal ${min} tot ${max}.`,
    competency: 'Competentie',
    score: 'Score',
    files: 'Bijlagen',
    plan: 'Mijn plan (POP)',
    evidence: 'Bewijs',
    actions: 'Acties',
    due: 'Streefdatum',
    status: 'Status',
    portfolio: 'Portfolio',
    made: 'Gemaakt op',
    draft: 'concept',
    none: 'Nog niets vastgelegd.',
    kinds: { reflection: 'Reflectie', experience: 'Ervaring', file: 'Bestand', goal: 'Doel' },
    goalStatus: { active: 'actief', achieved: 'bereikt', stopped: 'gestopt' },
    actionStatus: { open: 'open', done: 'gedaan', dropped: 'vervallen' },
  },
  en: {
    chart: 'Career competencies',
    chartNote: (date: string, min: number, max: number) => `My latest self-assessment (${date}), scale ${min} to ${max}.`,
    competency: 'Competency',
    score: 'Score',
    files: 'Attachments',
    plan: 'My plan',
    evidence: 'Evidence',
    actions: 'Actions',
    due: 'Due',
    status: 'Status',
    portfolio: 'Portfolio',
    made: 'Made on',
    draft: 'draft',
    none: 'Nothing recorded yet.',
    kinds: { reflection: 'Reflection', experience: 'Experience', file: 'File', goal: 'Goal' },
    goalStatus: { active: 'active', achieved: 'achieved', stopped: 'stopped' },
    actionStatus: { open: 'open', done: 'done', dropped: 'dropped' },
  },
} as const;

const longDate = (locale: string) => new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Amsterdam' });
const LONG_DATE = { nl: longDate('nl-NL'), en: longDate('en-GB') };
const dateText = (iso: string, language: Language) => LONG_DATE[language].format(new Date(iso.length === 10 ? `${iso}T12:00:00Z` : iso));
const score = (value: number | null, language: Language) => (value === null ? '–' : value.toFixed(1).replace('.', language === 'nl' ? ',' : '.'));
const size = (bytes: number) => (bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} kB`);

function chartSection(pdf: PdfDocument, chart: CompetencyChart, language: Language): void {
  const t = T[language];
  pdf.heading(t.chart);
  pdf.paragraph(t.chartNote(dateText(chart.submittedAt, language), chart.min, chart.max), { muted: true });
  const side = 300;
  pdf.keepSpace(side + 10);
  const top = pdf.doc.y;
  drawRadar(pdf.doc, { x: pdf.left + (pdf.width - side) / 2, y: top, size: side }, { min: chart.min, max: chart.max, axes: chart.scales.map((s) => ({ label: s.label, value: s.score })), decimal: language === 'nl' ? ',' : '.' });
  pdf.doc.x = pdf.left;
  pdf.doc.y = top + side + 8;
  pdf.table(
    [
      { label: t.competency, width: 0.75 },
      { label: t.score, width: 0.25 },
    ],
    chart.scales.map((s) => [s.label, score(s.score, language)]),
  );
}

async function itemSection(ctx: AppContext, pdf: PdfDocument, item: PageItemView, language: Language, draft = false): Promise<void> {
  const t = T[language];
  pdf.heading(item.title || t.kinds[item.kind], 2);
  const meta = [t.kinds[item.kind], item.template, item.experienceType, item.organisation, item.date && dateText(item.date, language), draft ? t.draft : null];
  pdf.paragraph(meta.filter(Boolean).join(' · '), { muted: true });
  for (const s of item.sections) pdf.paragraph(s.text, { label: s.label });
  if (item.files.length === 0) return;
  pdf.paragraph(item.files.map((f) => `${f.name} (${size(f.sizeBytes)})`).join('\n'), { label: t.files });
  for (const f of item.files.filter((file) => file.mediaType === 'image/png' || file.mediaType === 'image/jpeg')) {
    const row = await files.findFile(ctx.db, f.id);
    if (!row) continue;
    const bytes = await buffer(await fileStoreFor(ctx.env).get(row.storage_key));
    pdf.keepSpace(240);
    pdf.doc.image(bytes, pdf.left, pdf.doc.y, { fit: [pdf.width, 230], align: 'center' });
    pdf.doc.x = pdf.left;
    pdf.doc.y += 238;
  }
}

async function pageBody(ctx: AppContext, pdf: PdfDocument, content: SharedPageView, language: Language): Promise<void> {
  if (content.intro) pdf.paragraph(content.intro);
  if (content.chart) chartSection(pdf, content.chart, language);
  if (content.items.length > 0) pdf.heading(content.title);
  for (const item of content.items) await itemSection(ctx, pdf, item, language);
}

/** One showcase page, for the student to print or send along. */
export async function pagePdf(ctx: AppContext, actor: Actor, pageId: string, language: Language): Promise<{ pdf: Buffer; title: string }> {
  const page = await ownedPage(ctx, actor, pageId);
  const content = await pageContent(ctx, page, language);
  const made = dateText(new Date().toISOString(), language);
  const pdf = await PdfDocument.create({ title: content.title, author: content.studentName, language, footer: `${content.studentName} · ${content.title}` });
  pdf.title(content.title, `${content.studentName} · ${T[language].made} ${made}`);
  await pageBody(ctx, pdf, content, language);
  return { pdf: await pdf.finish(), title: content.title };
}

/** The whole portfolio: chart, plan with actions, and every piece of evidence (drafts marked). */
export async function portfolioPdf(ctx: AppContext, actor: Actor, language: Language): Promise<{ pdf: Buffer; title: string }> {
  const t = T[language];
  const [chart, goals, evidence] = await Promise.all([
    competencyChart(ctx, { id: actor.id, institutionId: actor.institutionId }, language),
    listGoals(ctx.db, actor.id, 'owner'),
    listEvidence(ctx.db, actor.id, 'owner'),
  ]);
  const [actions, attached] = await Promise.all([actionsOf(ctx.db, goals.map((g) => g.id)), filesByEvidence(ctx, evidence.map((e) => e.id))]);
  const title = `${t.portfolio} ${actor.name}`;
  const pdf = await PdfDocument.create({ title, author: actor.name, language, footer: title });
  pdf.title(title, `${t.made} ${dateText(new Date().toISOString(), language)}`);
  if (chart) chartSection(pdf, chart, language);

  pdf.heading(t.plan);
  if (goals.length === 0) pdf.paragraph(t.none, { muted: true });
  for (const goal of goals) {
    pdf.heading(goal.title, 2);
    pdf.paragraph([`${t.status}: ${t.goalStatus[goal.status]}`, goal.due_on && `${t.due}: ${dateText(goal.due_on, language)}`].filter(Boolean).join(' · '), { muted: true });
    if (goal.description) pdf.paragraph(goal.description);
    const own = actions.filter((a) => a.goal_id === goal.id);
    if (own.length > 0) {
      pdf.table(
        [
          { label: t.actions, width: 0.6 },
          { label: t.due, width: 0.22 },
          { label: t.status, width: 0.18 },
        ],
        own.map((a) => [a.description, a.due_on ? dateText(a.due_on, language) : '–', t.actionStatus[a.status]]),
      );
    }
  }

  pdf.heading(t.evidence);
  if (evidence.length === 0) pdf.paragraph(t.none, { muted: true });
  for (const e of evidence) {
    const item = itemView(
      { position: 0, evidence_id: e.id, goal_id: null, kind: e.kind, title: e.title, body: e.body, template: e.template, experience_type: e.experience_type, organisation: e.organisation, date: e.happened_on, status: null },
      attached.get(e.id) ?? [],
      language,
    );
    await itemSection(ctx, pdf, item, language, e.status === 'draft');
  }
  return { pdf: await pdf.finish(), title };
}
