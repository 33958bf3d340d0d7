import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { inflateSync } from 'node:zlib';
import { createTestApp, type TestApp } from '../helpers/app';

/** Helpers for the showcase, file and PDF tests: an app with its own file store, and evidence rows. */

export async function appWithStore(): Promise<{ t: TestApp; storageDir: string; done: () => Promise<void> }> {
  const storageDir = fs.mkdtempSync(path.join(os.tmpdir(), 'koers-files-'));
  const t = await createTestApp({ demo: true, env: { KOERS_STORAGE_DIR: storageDir, KOERS_MAX_UPLOAD_MB: '1' } });
  return {
    t,
    storageDir,
    done: async () => {
      await t.close();
      fs.rmSync(storageDir, { recursive: true, force: true });
    },
  };
}

/** Every stored file under the store's root (tests check that a refusal leaves nothing behind). */
export function storedFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { recursive: true, withFileTypes: true }).filter((d) => d.isFile()).map((d) => path.join(d.parentPath, d.name));
}

export async function insertReflection(t: TestApp, studentId: string, title: string, text: string, forGuidance = true): Promise<string> {
  const student = await t.ctx.db.selectFrom('app_user').select('institution_id').where('id', '=', studentId).executeTakeFirstOrThrow();
  const row = await t.ctx.db
    .insertInto('portfolio_evidence')
    .values({ institution_id: student.institution_id, student_id: studentId, kind: 'reflection', template: 'free', title, body: JSON.stringify({ text }), status: 'final', for_guidance: forGuidance })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/**
 * The text drawn in a PDF: content streams are inflated and the hex strings of the text operators
 * decoded (pdfkit writes the built-in fonts' text as hex, split where kerning applies).
 */
export function pdfText(pdf: Buffer): string {
  const raw = pdf.toString('latin1');
  const out: string[] = [];
  const streams = /stream\r?\n/g;
  let match: RegExpExecArray | null;
  while ((match = streams.exec(raw))) {
    const start = match.index + match[0].length;
    const end = raw.indexOf('endstream', start);
    const bytes = pdf.subarray(start, end);
    let content: string;
    try {
      content = inflateSync(bytes).toString('latin1');
    } catch {
      content = bytes.toString('latin1');
    }
    for (const tj of content.matchAll(/\[([^\]]*)\]\s*TJ/g)) {
      out.push([...(tj[1] ?? '').matchAll(/<([0-9a-fA-F]*)>/g)].map((h) => Buffer.from(h[1] ?? '', 'hex').toString('latin1')).join(''));
    }
  }
  return out.join('\n');
}
