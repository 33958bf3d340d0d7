import { describe, expect, it } from 'vitest';
import { InstrumentDefinition, validateInstrument, formatPath } from '../src/domain/instruments/definition';
import { BUILTIN_INSTRUMENTS, COMPETENTIESCAN, LOOPBAANCOMPETENTIES } from '../src/domain/instruments/builtin/index';

const clone = <T>(x: T): T => structuredClone(x);

describe('built-in instruments', () => {
  it.each(BUILTIN_INSTRUMENTS.map((i) => [i.code, i] as const))('%s passes validation', (_code, instrument) => {
    const result = validateInstrument(instrument);
    expect(result.ok ? [] : result.problems).toEqual([]);
    expect(InstrumentDefinition.safeParse(instrument).success).toBe(true);
  });

  it('both have the five competency scales, at least four items and one reverse item each', () => {
    for (const inst of [LOOPBAANCOMPETENTIES, COMPETENTIESCAN]) {
      expect(inst.scales.map((s) => s.code)).toEqual([
        'kwaliteitenreflectie', 'motievenreflectie', 'werkexploratie', 'loopbaansturing', 'netwerken',
      ]);
      for (const scale of inst.scales) {
        expect(scale.items.length).toBeGreaterThanOrEqual(4);
        const reversed = scale.items.filter((c) => inst.items.find((i) => i.code === c)?.reverse);
        expect(reversed.length, `${inst.code}/${scale.code}`).toBeGreaterThanOrEqual(1);
      }
    }
  });

  it('self-assessment is by the student about self; the scan by counsellor and supervisor about the student', () => {
    expect(LOOPBAANCOMPETENTIES.respondents).toEqual([{ role: 'student', about: 'self' }]);
    expect(LOOPBAANCOMPETENTIES.scoring.minAnsweredFraction).toBe(0.75);
    expect(LOOPBAANCOMPETENTIES.responseScale.labels[0]).toEqual({ nl: 'Helemaal oneens', en: 'Strongly disagree' });
    expect(COMPETENTIESCAN.respondents.map((r) => `${r.role}:${r.about}`)).toEqual(['counsellor:student', 'supervisor:student']);
    for (const item of COMPETENTIESCAN.items) expect(item.text.nl).toMatch(/^Deze student /);
  });
});

describe('validateInstrument on a broken definition', () => {
  it('reports every problem with its path', () => {
    const broken = clone(LOOPBAANCOMPETENTIES) as unknown as Record<string, any>; // any: the test deliberately builds malformed input
    broken.version = 0; // not positive
    broken.title.en = ''; // empty text
    broken.responseScale.labels.pop(); // 4 labels for 5 points
    broken.items[1].code = 'kr1'; // duplicate item code → kr2 no longer exists
    broken.scales[1].code = 'kwaliteitenreflectie'; // duplicate scale code
    broken.scales[2].items.push('ls1'); // ls1 now in two scales
    broken.scales[4].items[3] = 'bestaat-niet'; // unknown item; nw4 becomes an orphan
    broken.scoring.minAnsweredFraction = 0;

    const result = validateInstrument(broken);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const paths = result.problems.map((p) => p.path).sort();
    expect(paths).toEqual(
      [
        'version',
        'title.en',
        'scoring.minAnsweredFraction',
        'responseScale.labels',
        'items[1].code',
        'scales[1].code',
        'scales[0].items[1]', // kr2 was renamed away
        'scales[4].items[3]',
        'items[12]', // ls1 in two scales
        'items[19]', // nw4 in no scale
      ].sort(),
    );
    for (const p of result.problems) {
      expect(p.message_nl.length).toBeGreaterThan(0);
      expect(p.message_en.length).toBeGreaterThan(0);
    }
    expect(result.problems.find((p) => p.path === 'responseScale.labels')?.message_en).toMatch(/Expected 5 labels/);
    expect(result.problems.find((p) => p.path === 'items[12]')?.message_en).toMatch(/2 scales/);
    // the zod schema agrees that it is invalid
    expect(InstrumentDefinition.safeParse(broken).success).toBe(false);
  });

  it('checks the response scale bounds', () => {
    const a = clone(LOOPBAANCOMPETENTIES);
    a.responseScale = { min: 3, max: 3, labels: [{ nl: 'x', en: 'x' }] };
    const ra = validateInstrument(a);
    expect(ra.ok ? [] : ra.problems.map((p) => p.path)).toEqual(['responseScale.max']);

    const b = clone(LOOPBAANCOMPETENTIES);
    b.responseScale = { min: 0, max: 11, labels: Array.from({ length: 12 }, () => ({ nl: 'x', en: 'x' })) };
    const rb = validateInstrument(b);
    expect(rb.ok ? [] : rb.problems.map((p) => p.path)).toEqual(['responseScale']);

    const c = clone(LOOPBAANCOMPETENTIES);
    c.responseScale = { min: 0, max: 10, labels: Array.from({ length: 11 }, () => ({ nl: 'x', en: 'x' })) };
    expect(validateInstrument(c).ok).toBe(true);
  });

  it('reports missing fields and bad enums without crashing on a non-object', () => {
    expect(validateInstrument(null).ok).toBe(false);
    const r = validateInstrument({ code: 'Not A Slug', respondents: [{ role: 'parent', about: 'self' }] });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const paths = r.problems.map((p) => p.path);
    expect(paths).toContain('code');
    expect(paths).toContain('version');
    expect(paths).toContain('respondents[0].role');
    expect(r.problems.find((p) => p.path === 'version')?.message_nl).toBe('Dit veld ontbreekt.');
  });

  it('formats paths the way admins read them', () => {
    expect(formatPath(['scales', 2, 'items', 1])).toBe('scales[2].items[1]');
    expect(formatPath([])).toBe('');
  });
});
