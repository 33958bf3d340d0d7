import { inflateSync } from 'node:zlib';
import yauzl from 'yauzl';
import type { InstrumentDefinition } from '../../src/domain/instruments/definition';
import { scoringKey } from '../../src/domain/surveys/scoring-key';
import type { AppContext } from '../../src/server/context';
import * as instruments from '../../src/server/repositories/instruments.repository';
import { insertCampaign, setStatus } from '../../src/server/repositories/survey-campaigns.repository';
import { insertResponses } from '../../src/server/repositories/survey-responses.repository';

/*
 * A small fixed dataset for the report tests. The expected figures in report.test.ts were computed
 * from these same rows independently, with numpy/scipy (script in the test's header comment).
 * Columns: sector, gender, a1, a2, a3 (reverse-keyed), b1, b2; null = skipped.
 */
export const ROWS: [string, string, number, number | null, number, number | null, number][] = [
  ['A', 'v', 3, 3, 4, 3, 3], ['A', 'm', 4, 3, 3, 4, 4], ['A', 'v', 2, 3, 2, 2, 3], ['A', 'm', 1, null, 5, 1, 2], ['A', 'v', 3, 1, 3, 3, 4],
  ['A', 'm', 1, 1, 5, 3, 1], ['A', 'v', 4, 3, 3, 3, 3], ['A', 'm', 2, 3, 5, 3, 2], ['A', 'v', 4, 3, 4, 3, 3], ['A', 'm', 3, 3, 3, 4, 3],
  ['A', 'v', 3, 3, 4, 3, 3], ['A', 'm', 5, 3, 3, 5, 2], ['B', 'v', 3, 4, 2, 3, 3], ['B', 'm', 5, 3, 3, 4, 4], ['B', 'v', 3, 3, 3, 5, 4],
  ['B', 'm', 4, 3, 2, null, 4], ['B', 'v', 3, 1, 5, 3, 2], ['B', 'm', 5, 3, 3, 4, 4], ['B', 'v', 3, 4, 2, 3, 4], ['B', 'm', 3, 4, 3, 5, 4],
  ['B', 'v', 3, 4, 4, 3, 4], ['B', 'm', 3, 1, 3, 2, 3], ['B', 'v', 2, 5, 1, 4, 4], ['C', 'm', 2, 4, 3, 3, 3], ['C', 'v', 2, 4, 3, 4, 3],
  ['C', 'm', 2, 2, 3, 3, 3],
];
/** Sector labels as stored; C has 3 respondents, below the default minimum of 10. */
export const SECTOR: Record<string, string> = { A: 'Sector Alfa', B: 'Sector Beta', C: 'Sector Klein' };

const L = (nl: string) => ({ nl, en: nl });
export const FIXTURE_INSTRUMENT: InstrumentDefinition = {
  code: 'rapport-test',
  use: 'survey',
  version: 1,
  title: L('Rapporttest'),
  description: L('Vaste testgegevens'),
  responseScale: { min: 1, max: 5, labels: ['Helemaal oneens', 'Oneens', 'Neutraal', 'Eens', 'Helemaal eens'].map(L) },
  scales: [
    { code: 'schaal-a', title: L('Schaal A'), explanation: L('a'), suggestion: L('a'), items: ['a1', 'a2', 'a3'] },
    { code: 'schaal-b', title: L('Schaal B'), explanation: L('b'), suggestion: L('b'), items: ['b1', 'b2'] },
  ],
  items: [
    { code: 'a1', text: L('Vraag a1'), reverse: false },
    { code: 'a2', text: L("Vraag a2 met 'aanhalingstekens'"), reverse: false },
    { code: 'a3', text: L('Vraag a3, omgepoold'), reverse: true },
    { code: 'b1', text: L('Vraag b1'), reverse: false },
    { code: 'b2', text: L('Vraag b2'), reverse: false },
  ],
  scoring: { rule: 'mean', minAnsweredFraction: 0.6 },
  respondents: [{ role: 'student', about: 'self' }],
};

/** A closed campaign over the fixture instrument holding `rows`. */
export async function fixtureCampaign(ctx: AppContext, institutionId: string, createdBy: string, rows = ROWS, title = 'Rapporttest'): Promise<string> {
  const existing = await instruments.latestVersionOf(ctx.db, institutionId, FIXTURE_INSTRUMENT.code);
  const versionId =
    existing?.id ??
    (await instruments.insertVersion(ctx.db, { institutionId, code: FIXTURE_INSTRUMENT.code, version: 1, definition: FIXTURE_INSTRUMENT, checksum: 'test', createdBy: null }));
  const id = await insertCampaign(ctx.db, {
    institutionId, title, description: '', audience: 'students', anonymity: 'anonymous', feedsGuidance: false, teamId: null,
    opensOn: '2026-01-05', closesOn: '2026-02-05', imported: false, previousCampaignId: null, createdBy, versionIds: [versionId], targets: [],
  });
  await setStatus(ctx.db, id, 'closed');
  const codes = ['a1', 'a2', 'a3', 'b1', 'b2'] as const;
  await insertResponses(
    ctx.db,
    id,
    rows.map(([sector, gender, ...values]) => ({
      labels: { sector: SECTOR[sector] ?? sector, gender, programme: null, year: '1' },
      answers: Object.fromEntries(codes.flatMap((c, i) => (values[i] === null || values[i] === undefined ? [] : [[c, values[i]]]))),
    })),
    { key: scoringKey([FIXTURE_INSTRUMENT]) },
  );
  return id;
}

/** The files of a zip, as text. */
export function unzip(buffer: Buffer): Promise<Map<string, string>> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(buffer, { lazyEntries: true }, (err, zip) => {
      if (err || !zip) return reject(err ?? new Error('no zip'));
      const files = new Map<string, string>();
      zip.on('entry', (entry: yauzl.Entry) => {
        zip.openReadStream(entry, (e, stream) => {
          if (e || !stream) return reject(e ?? new Error('no stream'));
          const chunks: Buffer[] = [];
          stream.on('data', (c: Buffer) => chunks.push(c));
          stream.on('end', () => {
            files.set(entry.fileName, Buffer.concat(chunks).toString('utf8'));
            zip.readEntry();
          });
        });
      });
      zip.on('end', () => resolve(files));
      zip.on('error', reject);
      zip.readEntry();
    });
  });
}

/** The text drawn in a pdfkit PDF: inflates the content streams and decodes the hex strings of TJ. */
export function pdfText(pdf: Buffer): string {
  const raw = pdf.toString('latin1');
  const out: string[] = [];
  for (const m of raw.matchAll(/stream\r?\n([\s\S]*?)\r?\nendstream/g)) {
    let content: string;
    try {
      content = inflateSync(Buffer.from(m[1] ?? '', 'latin1')).toString('latin1');
    } catch {
      continue;
    }
    const line: string[] = [];
    for (const t of content.matchAll(/\[([^\]]*)\]\s*TJ/g)) {
      for (const h of (t[1] ?? '').matchAll(/<([0-9a-fA-F]*)>/g)) line.push(Buffer.from(h[1] ?? '', 'hex').toString('latin1'));
      line.push('\n');
    }
    out.push(line.join(''));
  }
  return out.join('');
}
