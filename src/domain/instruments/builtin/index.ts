import type { InstrumentDefinition } from '../definition';
import { COMPETENTIESCAN } from './competentiescan';
import { LOOPBAANCOMPETENTIES } from './loopbaancompetenties';

/* Instruments that ship with Koers; a school can add its own versions next to these. */
export const BUILTIN_INSTRUMENTS: readonly InstrumentDefinition[] = [LOOPBAANCOMPETENTIES, COMPETENTIESCAN];
export { COMPETENTIESCAN, LOOPBAANCOMPETENTIES };
export { COMPETENCY_CODES, COMPETENCY_TEXTS, AGREEMENT_SCALE, type CompetencyCode } from './competencies';
