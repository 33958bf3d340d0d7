import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { Bilingual } from '../../../domain/conversations/text';
import { COMPETENCY_TEXTS, type CompetencyCode } from '../../../domain/instruments/builtin/competencies';
import { EXPERIENCE_TYPE_LABELS, templateByCode, type ExperienceType, type ReflectionTemplate } from '../../../domain/portfolio/templates';

export { COMPETENCY_CODES, type CompetencyCode } from '../../../domain/instruments/builtin/competencies';
export { EXPERIENCE_TYPES, REFLECTION_TEMPLATES, TEMPLATES, EXPERIENCE_FIELDS, templateByCode } from '../../../domain/portfolio/templates';
export { checkGoalSmart, fieldsFor } from '../../../domain/portfolio/validation';

/** Picks the current language from the bilingual texts the portfolio domain carries. */
export function usePortfolioText() {
  const { i18n } = useTranslation();
  const en = i18n.language === 'en';
  const pick = useCallback((text: Bilingual) => (en ? text.en : text.nl), [en]);
  return {
    pick,
    competency: (code: CompetencyCode) => pick(COMPETENCY_TEXTS[code].title),
    template: (code: ReflectionTemplate) => pick(templateByCode(code).title),
    experience: (code: ExperienceType) => pick(EXPERIENCE_TYPE_LABELS[code]),
  };
}
