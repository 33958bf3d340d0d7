import type { InstrumentDefinition } from '../definition';
import { COMPETENTIESCAN } from './competentiescan';
import { LOOPBAANCOMPETENTIES } from './loopbaancompetenties';
import { SLB_EVALUATIE } from './slb-evaluatie';
import { SLB_ZELFBEOORDELING } from './slb-zelfbeoordeling';

/* Instruments that ship with Koers; a school can add its own versions next to these. */
export const BUILTIN_INSTRUMENTS: readonly InstrumentDefinition[] = [LOOPBAANCOMPETENTIES, COMPETENTIESCAN, SLB_ZELFBEOORDELING, SLB_EVALUATIE];
export { COMPETENTIESCAN, LOOPBAANCOMPETENTIES, SLB_EVALUATIE, SLB_ZELFBEOORDELING };
export { COMPETENCY_CODES, COMPETENCY_TEXTS, AGREEMENT_SCALE, type CompetencyCode } from './competencies';
