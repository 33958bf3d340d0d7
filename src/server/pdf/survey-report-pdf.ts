import type { GroupEntry, SurveyReport } from '../../shared/survey-report';
import { PdfDocument, printable } from './pdf-document';

/*
 * The campaign report as a printable PDF, drawn from the same SurveyReport object as the JSON
 * route, so a suppressed group is suppressed here for the same reason and in the same way.
 */

type Lang = 'nl' | 'en';

const T = {
  nl: {
    subtitle: (r: SurveyReport) => `Kwaliteitsmonitor, ${r.campaign.opensOn} t/m ${r.campaign.closesOn}`,
    responses: (r: SurveyReport) => `${r.responses.submitted} respondenten${r.responses.invited ? ` van ${r.responses.invited} uitgenodigd` : ''}. Groepen kleiner dan ${r.minGroupSize} worden niet getoond.`,
    suppressedAll: (min: number) => `Deze campagne heeft minder dan ${min} respondenten. Om privacyredenen staan er geen uitkomsten in dit rapport.`,
    scales: 'Schalen', scale: 'Schaal', mean: 'Gem.', sd: 'SD', alpha: 'Alfa', n: 'n',
    groups: (by: string) => `Gemiddelde per ${by === 'sector' ? 'sector' : 'opleiding'}`,
    suppressed: 'te klein', unknown: 'onbekend',
    items: 'Vragen', item: 'Vraag', top: '% eens',
    comparisons: 'Verschillen tussen groepen (Welch-ANOVA)', effect: 'ω²', pairs: 'Verschillende paren (p < 0,05)', none: 'geen',
    notComparable: 'niet te vergelijken',
    correlations: 'Samenhang tussen schalen (Pearson r)',
    regression: 'Regressie', coefficient: 'Term', estimate: 'B', se: 'SE', p: 'p',
    regressionNote: 'Samenhang is geen oorzaak: een coëfficiënt zegt hoeveel de uitkomst gemiddeld verschilt bij één punt verschil op de voorspeller, met de andere termen gelijk.',
    footer: 'Koers kwaliteitsmonitor',
  },
  en: {
    subtitle: (r: SurveyReport) => `Quality monitor, ${r.campaign.opensOn} to ${r.campaign.closesOn}`,
    responses: (r: SurveyReport) => `${r.responses.submitted} respondents${r.responses.invited ? ` of ${r.responses.invited} invited` : ''}. Groups smaller than ${r.minGroupSize} are not shown.`,
    suppressedAll: (min: number) => `This campaign has fewer than ${min} respondents. For privacy reasons this report contains no results.`,
    scales: 'Scales', scale: 'Scale', mean: 'Mean', sd: 'SD', alpha: 'Alpha', n: 'n',
    groups: (by: string) => `Mean per ${by === 'sector' ? 'sector' : 'programme'}`,
    suppressed: 'too small', unknown: 'unknown',
    items: 'Questions', item: 'Question', top: '% agree',
    comparisons: 'Differences between groups (Welch ANOVA)', effect: 'ω²', pairs: 'Differing pairs (p < 0.05)', none: 'none',
    notComparable: 'cannot be compared',
    correlations: 'Relations between scales (Pearson r)',
    regression: 'Regression', coefficient: 'Term', estimate: 'B', se: 'SE', p: 'p',
    regressionNote: 'Association is not cause: a coefficient says how much the outcome differs on average for one point on the predictor, other terms held equal.',
    footer: 'Koers quality monitor',
  },
} as const;

const f = (x: number | null | undefined, digits = 2) => (x === null || x === undefined || !Number.isFinite(x) ? '–' : x.toFixed(digits));
const pText = (p: number | null) => (p === null ? '–' : p < 0.001 ? '< .001' : p.toFixed(3));

export async function surveyReportPdf(report: SurveyReport, lang: Lang): Promise<Buffer> {
  const t = T[lang];
  const pdf = await PdfDocument.create({ title: report.campaign.title, language: lang, footer: `${t.footer} – ${report.campaign.title}` });
  pdf.title(report.campaign.title, t.subtitle(report));
  pdf.paragraph(t.responses(report));
  if (report.suppressed) {
    pdf.paragraph(t.suppressedAll(report.minGroupSize));
    return pdf.finish();
  }
  const title = (code: string) => report.scales.find((s) => s.code === code)?.title[lang] ?? code;
  const label = (g: { label: string | null }) => g.label ?? t.unknown;

  pdf.heading(t.scales);
  pdf.table(
    [{ label: t.scale, width: 0.52 }, { label: t.n, width: 0.12 }, { label: t.mean, width: 0.12 }, { label: t.sd, width: 0.12 }, { label: t.alpha, width: 0.12 }],
    report.scales.map((s) => [s.title[lang], String(s.n), f(s.mean), f(s.sd), f(s.alpha)]),
  );

  pdf.heading(t.groups(report.groupBy));
  const min = report.responseScale?.min ?? 1;
  const max = report.responseScale?.max ?? 5;
  for (const scale of report.scales) groupBars(pdf, scale.title[lang], scale.byGroup, { min, max, suppressed: t.suppressed, label });

  pdf.heading(t.items);
  pdf.table(
    [{ label: t.item, width: 0.5 }, { label: t.n, width: 0.1 }, { label: t.mean, width: 0.13 }, { label: t.sd, width: 0.13 }, { label: t.top, width: 0.14 }],
    report.items.map((i) => [`${i.code}${i.reverse ? ' (R)' : ''}  ${i.text[lang]}`, String(i.n), f(i.mean), f(i.sd), f(i.topHalfPercent, 0)]),
  );

  pdf.heading(t.comparisons);
  pdf.table(
    [{ label: t.scale, width: 0.3 }, { label: 'F (df)', width: 0.2 }, { label: t.p, width: 0.1 }, { label: t.effect, width: 0.1 }, { label: t.pairs, width: 0.3 }],
    report.comparisons.map((c) => {
      if (!c.result.ok) return [title(c.scale), t.notComparable, '', '', ''];
      const sig = c.result.pairs.filter((p) => p.p !== null && p.p < 0.05).map((p) => `${p.a} – ${p.b} (${f(p.diff)})`);
      return [title(c.scale), `${f(c.result.F)} (${c.result.df1}; ${f(c.result.df2, 1)})`, pText(c.result.p), f(c.result.omegaSquared), sig.join('; ') || t.none];
    }),
  );

  pdf.heading(t.correlations);
  const vars = report.correlations.variables;
  pdf.table(
    [{ label: '', width: 0.22 }, ...vars.map((v, i) => ({ label: String(i + 1), width: 0.78 / Math.max(1, vars.length) }))],
    vars.map((v, i) => [`${i + 1}. ${title(v)}`, ...vars.map((_, j) => (i === j ? '—' : f(report.correlations.cells[i]?.[j]?.r ?? null)))]),
  );

  const reg = report.regression;
  if (reg) {
    pdf.heading(`${t.regression}: ${title(reg.outcome)}`);
    if (reg.result.ok) {
      pdf.paragraph(`n = ${reg.result.n}, R² = ${f(reg.result.rSquared)}, adj. R² = ${f(reg.result.adjustedRSquared)}`);
      pdf.table(
        [{ label: t.coefficient, width: 0.46 }, { label: t.estimate, width: 0.18 }, { label: t.se, width: 0.18 }, { label: t.p, width: 0.18 }],
        reg.result.coefficients.map((c) => [c.kind === 'predictor' ? title(c.name) : c.name, f(c.estimate, 3), f(c.se, 3), pText(c.p)]),
      );
      pdf.paragraph(t.regressionNote, { muted: true });
    } else pdf.paragraph(reg.result.reason === 'suppressed' ? t.suppressedAll(report.minGroupSize) : reg.result.reason, { muted: true });
  }
  return pdf.finish();
}

/** One horizontal bar per group on the answer scale; a suppressed group gets a label and no bar. */
function groupBars(
  pdf: PdfDocument,
  heading: string,
  groups: GroupEntry[],
  o: { min: number; max: number; suppressed: string; label: (g: GroupEntry) => string },
): void {
  const doc = pdf.doc;
  const rowH = 15;
  pdf.keepSpace(rowH * (groups.length + 2));
  doc.font('Helvetica-Bold').fontSize(10).fillColor('#1a1a1a').text(printable(heading), pdf.left, doc.y, { width: pdf.width });
  const labelW = pdf.width * 0.38;
  const barW = pdf.width * 0.5;
  for (const g of groups) {
    const y = doc.y + 2;
    doc.font('Helvetica').fontSize(9).fillColor('#1a1a1a').text(printable(o.label(g)), pdf.left, y, { width: labelW - 6, lineBreak: false, ellipsis: true });
    if (g.suppressed || g.mean === null) {
      doc.fillColor('#555555').text(printable(`(${o.suppressed})`), pdf.left + labelW, y, { width: barW, lineBreak: false });
    } else {
      const share = Math.max(0, Math.min(1, (g.mean - o.min) / (o.max - o.min)));
      doc.rect(pdf.left + labelW, y, Math.max(1, barW * share), rowH - 5).fillColor('#0b5c73').fill();
      doc.fillColor('#1a1a1a').text(`${g.mean.toFixed(2)} (n=${g.n})`, pdf.left + labelW + barW + 4, y, { width: pdf.width - labelW - barW - 4, lineBreak: false });
    }
    doc.x = pdf.left;
    doc.y = y + rowH - 2;
  }
  doc.moveDown(0.6);
}
