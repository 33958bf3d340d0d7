import type { InstrumentDefinition } from '../definition';
import { COMPETENTIESCAN } from './competentiescan';
import { LOB_SCAN } from './lob-scan';
import { LOOPBAANCOMPETENTIES } from './loopbaancompetenties';
import { SLB_EVALUATIE } from './slb-evaluatie';
import { SLB_MONITOR } from './slb-monitor';
import { SLB_ZELFBEOORDELING } from './slb-zelfbeoordeling';
import { STUDENTENMONITOR } from './studentenmonitor';

/* Instruments that ship with Koers; a school can add its own versions next to these. */
export const BUILTIN_INSTRUMENTS: readonly InstrumentDefinition[] = [LOOPBAANCOMPETENTIES, COMPETENTIESCAN, SLB_ZELFBEOORDELING, SLB_EVALUATIE,
  // Quality monitor (use 'survey' / 'team-scan'): answered only through a campaign.
  STUDENTENMONITOR, SLB_MONITOR, LOB_SCAN];
export { COMPETENTIESCAN, LOB_SCAN, LOOPBAANCOMPETENTIES, SLB_EVALUATIE, SLB_MONITOR, SLB_ZELFBEOORDELING, STUDENTENMONITOR };
export { COMPETENCY_CODES, COMPETENCY_TEXTS, AGREEMENT_SCALE, type CompetencyCode } from './competencies';
