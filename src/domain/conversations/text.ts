/** Every text a student or counsellor reads exists in Dutch first and English second. */
export interface Bilingual {
  nl: string;
  en: string;
}
