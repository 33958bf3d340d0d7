/**
 * A rule of our own in a zod schema (refine / addIssue) carries its explanation in both languages
 * as `params`; the error handler picks the user's language. Zod's own checks are translated by
 * zod's locales.
 */
export function localized(nl: string, en: string): { message: string; params: { nl: string; en: string } } {
  return { message: en, params: { nl, en } };
}
