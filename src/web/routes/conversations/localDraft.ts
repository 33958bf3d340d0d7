/*
 * Unsent text kept on this device, so nothing typed is lost when the connection drops or the tab
 * closes before the server answered. Cleared once the server has the same text.
 */

export type Texts = Record<string, string>;

export interface LocalDraft {
  values: Texts;
  /** The server's texts when typing began: if the server still has these, the draft can be sent. */
  base: Texts;
  savedAt: string;
}

const PREFIX = 'koers.conversation-draft.';

const isTexts = (value: unknown, fields: readonly string[]): value is Texts =>
  !!value && typeof value === 'object' && fields.every((f) => typeof (value as Record<string, unknown>)[f] === 'string');

export function readDraft(key: string, fields: readonly string[]): LocalDraft | null {
  try {
    const raw = localStorage.getItem(PREFIX + key);
    if (!raw) return null;
    const parsed = JSON.parse(raw) as Partial<LocalDraft>;
    if (!isTexts(parsed.values, fields) || !isTexts(parsed.base, fields)) return null;
    return { values: parsed.values, base: parsed.base, savedAt: String(parsed.savedAt ?? '') };
  } catch {
    return null;
  }
}

export function writeDraft(key: string, values: Texts, base: Texts): void {
  try {
    localStorage.setItem(PREFIX + key, JSON.stringify({ values, base, savedAt: new Date().toISOString() }));
  } catch {
    // Storage full or unavailable (privacy mode): the server save still runs.
  }
}

export function clearDraft(key: string): void {
  try {
    localStorage.removeItem(PREFIX + key);
  } catch {
    // ignore
  }
}

export function sameTexts(a: Texts, b: Texts, fields: readonly string[]): boolean {
  return fields.every((f) => (a[f] ?? '') === (b[f] ?? ''));
}
