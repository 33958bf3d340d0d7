import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import competenciesEn from './competencies.en.json';
import competenciesNl from './competencies.nl.json';
import conversationsEn from './conversations.en.json';
import conversationsNl from './conversations.nl.json';
import developmentEn from './development.en.json';
import developmentNl from './development.nl.json';
import enBase from './en.json';
import guidanceEn from './guidance.en.json';
import guidanceNl from './guidance.nl.json';
import insightsEn from './insights.en.json';
import insightsNl from './insights.nl.json';
import nlBase from './nl.json';
import studyProgressEn from './study-progress.en.json';
import studyProgressNl from './study-progress.nl.json';
import surveyReportEn from './survey-report.en.json';
import surveyReportNl from './survey-report.nl.json';
import surveysEn from './surveys.en.json';
import surveysNl from './surveys.nl.json';
import showcaseEn from './showcase.en.json';
import showcaseNl from './showcase.nl.json';
import portfolioEn from './portfolio.en.json';
import portfolioNl from './portfolio.nl.json';
import dossierEn from './dossier.en.json';
import dossierNl from './dossier.nl.json';
import lobscanEn from './lobscan.en.json';
import lobscanNl from './lobscan.nl.json';
import transitionEn from './transition.en.json';
import transitionNl from './transition.nl.json';

// One file pair per feature area keeps the files readable; each becomes a top-level key.
const nl = { ...nlBase, surveys: surveysNl, 'survey-report': surveyReportNl, competencies: competenciesNl, insights: insightsNl, conversations: conversationsNl, development: developmentNl, guidance: guidanceNl, showcase: showcaseNl, portfolio: portfolioNl, dossier: dossierNl, 'study-progress': studyProgressNl, lobscan: lobscanNl, transition: transitionNl };
const en = { ...enBase, surveys: surveysEn, 'survey-report': surveyReportEn, competencies: competenciesEn, insights: insightsEn, conversations: conversationsEn, development: developmentEn, guidance: guidanceEn, showcase: showcaseEn, portfolio: portfolioEn, dossier: dossierEn, 'study-progress': studyProgressEn, lobscan: lobscanEn, transition: transitionEn };

// Both languages must have exactly the same keys: each assignment fails to compile when the
// other file lacks a key. `test/i18n.test.ts` also compares interpolation variables.
const enHasAllKeys: typeof nl = en;
const nlHasAllKeys: typeof en = nl;
void enHasAllKeys;
void nlHasAllKeys;

export const LANGUAGES = ['nl', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

const STORAGE_KEY = 'koers.language';

export function isLanguage(value: unknown): value is Language {
  return value === 'nl' || value === 'en';
}

/**
 * Before login: the language chosen on this device, else Dutch — Koers is Dutch first, whatever
 * the browser prefers; after login the user's own setting applies.
 */
function initialLanguage(): Language {
  try {
    const stored = localStorage.getItem(STORAGE_KEY);
    if (isLanguage(stored)) return stored;
  } catch {
    // storage may be unavailable (privacy mode); fall through
  }
  return 'nl';
}

export function rememberLanguage(language: Language): void {
  try {
    localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // ignore
  }
}

export function currentLanguage(): Language {
  return isLanguage(i18n.language) ? i18n.language : 'nl';
}

/** BCP 47 locale for Intl formatting. */
export function locale(): string {
  return currentLanguage() === 'en' ? 'en-GB' : 'nl-NL';
}

void i18n.use(initReactI18next).init({
  resources: { nl: { translation: nl }, en: { translation: en } },
  lng: initialLanguage(),
  fallbackLng: 'nl',
  supportedLngs: LANGUAGES,
  interpolation: { escapeValue: false },
  returnNull: false,
  initAsync: false,
  react: { useSuspense: false },
});

function syncDocument(language: string): void {
  document.documentElement.lang = language;
}
syncDocument(i18n.language);
i18n.on('languageChanged', syncDocument);

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof nl };
  }
}

export default i18n;
