import { BUILTIN_INSTRUMENTS } from '../../domain/instruments/builtin/index';
import type { InstrumentDefinition } from '../../domain/instruments/definition';

/**
 * Published instruments as clients see them: each scale with its items inline. For now these are
 * the instruments that ship with Koers; versions an admin imports will be listed beside them.
 */
export function publishedInstruments() {
  return BUILTIN_INSTRUMENTS.map(present);
}

function present(instrument: InstrumentDefinition) {
  const items = new Map(instrument.items.map((i) => [i.code, i]));
  return {
    code: instrument.code,
    version: instrument.version,
    title: instrument.title,
    description: instrument.description,
    responseScale: instrument.responseScale,
    respondents: instrument.respondents,
    scales: instrument.scales.map((s) => ({
      code: s.code,
      title: s.title,
      explanation: s.explanation,
      suggestion: s.suggestion,
      items: s.items.flatMap((code) => {
        const item = items.get(code);
        return item ? [{ code: item.code, text: item.text, reverse: item.reverse }] : [];
      }),
    })),
  };
}
