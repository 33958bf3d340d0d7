import type { InstrumentDefinition, ItemDef } from '../definition';
import { COMPETENCY_CODES, COMPETENCY_TEXTS, type CompetencyCode } from './competencies';

/*
 * Builds the scales list from items grouped per competency, so an item can never be listed in
 * the wrong scale or forgotten: the grouping IS the scale membership.
 */
export function competencyScales(items: Record<CompetencyCode, ItemDef[]>): Pick<InstrumentDefinition, 'scales' | 'items'> {
  return {
    scales: COMPETENCY_CODES.map((code) => ({ code, ...COMPETENCY_TEXTS[code], items: items[code].map((i) => i.code) })),
    items: COMPETENCY_CODES.flatMap((code) => items[code]),
  };
}
