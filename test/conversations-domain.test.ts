import { describe, expect, it } from 'vitest';
import { COMPETENCY_CODES } from '../src/domain/instruments/builtin/competencies';
import * as contract from '../src/shared/conversations';
import {
  CONVERSATION_RULES, CONVERSATION_TYPE_CODES, CONVERSATION_TYPES, ConversationFeedback, DEFAULT_CADENCE_NORMS, FEEDBACK_TOPIC_CODES,
  FEEDBACK_TOPIC_LABELS, HELPING_VS_REFLECTIVE_LABELS, PHASE_CODES, PHASES, QUESTIONS, SMART_CRITERIA, WHOSE_AGENDA_LABELS,
  aggregateFeedback, cadenceDueDates, cadenceStatus, checkSmart, countActionParts, findVaguePhrases, nextPhase, phaseByCode,
  questionById, questionsFor, resolveCadenceNorm, type Bilingual, type SmartCriterion, type SmartInput,
} from '../src/domain/conversations/index';

const bilingual = (t: Bilingual) => t.nl.trim().length > 0 && t.en.trim().length > 0 && t.nl !== t.en;

describe('phases, conversation types and rules', () => {
  it('lists the four phases in order, each with title, purpose and a move-on hint in both languages', () => {
    expect(PHASES.map((p) => p.code)).toEqual(['terugblikken', 'bewustwording', 'alternatieven', 'acties']);
    expect(PHASES.map((p) => p.order)).toEqual([1, 2, 3, 4]);
    for (const p of PHASES) expect([p.title, p.purpose, p.moveOnWhen].every(bilingual)).toBe(true);
    expect(nextPhase('terugblikken')).toBe('bewustwording');
    expect(nextPhase('acties')).toBeNull();
    expect(phaseByCode('alternatieven').order).toBe(3);
  });

  it('describes every conversation type; only the placement talk includes the supervisor', () => {
    expect(CONVERSATION_TYPES.map((t) => t.code)).toEqual([...CONVERSATION_TYPE_CODES]);
    for (const t of CONVERSATION_TYPES) expect(bilingual(t.title) && bilingual(t.description)).toBe(true);
    expect(CONVERSATION_TYPES.filter((t) => t.withPlacementSupervisor).map((t) => t.code)).toEqual(['bpv']);
  });

  it('has the ten conversation rules as distinct tips', () => {
    expect(CONVERSATION_RULES).toHaveLength(10);
    expect(new Set(CONVERSATION_RULES.map((r) => r.code)).size).toBe(10);
    expect(CONVERSATION_RULES.every((r) => bilingual(r.tip))).toBe(true);
  });

  it('uses the same codes as the server–web contract', () => {
    expect([...PHASE_CODES]).toEqual([...contract.PHASES]);
    expect([...CONVERSATION_TYPE_CODES]).toEqual([...contract.CONVERSATION_TYPES]);
    expect([...COMPETENCY_CODES]).toEqual([...contract.COMPETENCIES]);
    expect([...FEEDBACK_TOPIC_CODES]).toEqual([...contract.FEEDBACK_TOPICS]);
  });
});

describe('question bank', () => {
  // Open questions start with a question word; a Dutch yes/no question starts with a verb ("Heb je…").
  const NL_OPENERS = ['Wat', 'Welk', 'Welke', 'Hoe', 'Hoeveel', 'Wie', 'Wanneer', 'Waar', 'Op', 'Met', 'Aan'];
  const EN_OPENERS = ['What', 'Which', 'How', 'Who', 'When', 'Where'];
  const firstWord = (s: string) => s.split(/[\s,]/)[0] ?? '';

  it('has at least 72 questions with unique ids and texts', () => {
    expect(QUESTIONS.length).toBeGreaterThanOrEqual(72);
    expect(new Set(QUESTIONS.map((q) => q.id)).size).toBe(QUESTIONS.length);
    expect(new Set(QUESTIONS.map((q) => q.text.nl)).size).toBe(QUESTIONS.length);
    expect(new Set(QUESTIONS.map((q) => q.text.en)).size).toBe(QUESTIONS.length);
  });

  it('covers every phase × competency with at least three questions', () => {
    for (const phase of PHASE_CODES) {
      for (const competency of COMPETENCY_CODES) expect(questionsFor(phase, competency).length).toBeGreaterThanOrEqual(3);
    }
  });

  it('asks only open questions and never "why"', () => {
    for (const q of QUESTIONS) {
      expect(q.text.nl.endsWith('?') && q.text.en.endsWith('?'), q.id).toBe(true);
      expect(NL_OPENERS, q.text.nl).toContain(firstWord(q.text.nl));
      expect(EN_OPENERS, q.text.en).toContain(firstWord(q.text.en));
      expect(/\bwaarom\b/i.test(q.text.nl) || /\bwhy\b/i.test(q.text.en), q.id).toBe(false);
    }
  });

  it('filters by phase and optionally competency, and finds by id', () => {
    const all = questionsFor('bewustwording');
    expect(all.every((q) => q.phase === 'bewustwording')).toBe(true);
    expect(new Set(all.map((q) => q.competency))).toEqual(new Set(COMPETENCY_CODES));
    const cell = questionsFor('acties', 'netwerken');
    expect(cell.every((q) => q.phase === 'acties' && q.competency === 'netwerken')).toBe(true);
    expect(cell[0]?.id).toBe('acties.netwerken.1');
    expect(questionById('acties.netwerken.1')).toEqual(cell[0]);
    expect(questionById('nope')).toBeUndefined();
  });
});

describe('SMART checker', () => {
  const today = '2026-03-10';
  const good = { owner: 'student', due: '2026-03-24', today };
  const check = (what: string, criterion: SmartCriterion, extra: Partial<SmartInput> = {}) => {
    const c = checkSmart({ ...good, what, ...extra }).checks.find((x) => x.criterion === criterion);
    if (!c) throw new Error('missing check');
    return c;
  };

  it('passes concrete actions in Dutch and English and returns the five checks in order', () => {
    const nl = ['Twee vacatures bekijken op de site van het UWV', 'Mijn cv naar de stagebegeleider mailen', 'Een afspraak maken met de decaan over de open dag'];
    const nl2 = ['Elke week 2 uur oefenen voor mijn presentatie', 'Meer dan drie bedrijven bellen over een stageplek', 'Contact opnemen met de decaan'];
    const en = ['Read three job adverts for nursing on the NHS site', 'Email my CV to the placement supervisor', 'Book an appointment with the careers adviser'];
    for (const what of [...nl, ...nl2, ...en, 'Sign up for the taster day at Saxion']) {
      const r = checkSmart({ ...good, what });
      expect(r.checks.map((c) => c.criterion)).toEqual([...SMART_CRITERIA]);
      expect(r.ok, `${what}: ${JSON.stringify(r.checks.filter((c) => !c.ok))}`).toBe(true);
      expect(r.checks.every((c) => bilingual(c.feedback))).toBe(true);
    }
  });

  it('specifiek: names the vague phrase and suggests a concrete deed', () => {
    const cases: [string, string][] = [
      ['Beter mijn best doen', 'mijn best doen'],
      ['Nadenken over mijn studiekeuze', 'Nadenken over'],
      ['Ik denk er goed over na welke stage ik wil', 'denk er goed over na'],
      ['Proberen een stageplek te vinden', 'Proberen'],
      ['Bezig gaan met mijn portfolio', 'Bezig gaan met'],
      ['Werken aan mijn cv', 'Werken aan'],
      ['Vaker naar de les gaan', 'Vaker'],
      ['Try to find a placement', 'Try to'],
      ['Work on my CV', 'Work on'],
      ['Think about what I want', 'Think about'],
      ['Be more active in class', 'Be more'],
      ['Improve my planning skills', 'Improve'],
      ['Look into open days', 'Look into'],
      ['Get better grades', 'better'],
      ['Mijn motivatie verhogen', 'verhogen'],
      ['Iets doen met mensen', 'Iets doen'],
      ['Increase my confidence', 'Increase'],
    ];
    for (const [what, phrase] of cases) {
      const c = check(what, 'specifiek');
      expect(c.ok, what).toBe(false);
      expect(c.feedback.nl).toContain(`‘${phrase}’`);
      expect(c.feedback.en).toContain(`‘${phrase}’`);
    }
    expect(check('Beter mijn best doen', 'specifiek').feedback.nl).toMatch(/^Wat ga je precies doen\?.*twee vacatures bekijken/);
    expect(check('', 'specifiek').ok).toBe(false);
    expect(check('Stage', 'specifiek').feedback.en).toContain('topic');
  });

  it('specifiek: does not flag words that only look vague', () => {
    expect(check('Meerdere vacatures vergelijken en er twee uitkiezen', 'specifiek').ok).toBe(true);
    expect(check('Niet meer te laat komen bij het eerste uur', 'specifiek').ok).toBe(true);
    expect(check('No more skipping the Monday lesson', 'specifiek').ok).toBe(true);
    expect(check('Twee vacatures lezen om beter te weten wat ik wil', 'specifiek').ok).toBe(true);
    expect(findVaguePhrases('Ik ga proberen beter te plannen')).toEqual([
      { phrase: 'proberen', kind: 'hedge', index: 6 },
      { phrase: 'beter', kind: 'comparative', index: 15 },
    ]);
  });

  it('meetbaar: wants a count or a concrete deliverable', () => {
    const nl = ['Drie vacatures lezen', '2 bedrijven bellen', 'Een gesprek voeren met mijn oom', 'Sollicitatiebrief schrijven voor de bakkerij'];
    const nl2 = ['Stageverslag inleveren bij de docent', 'Mijn LinkedIn-profiel aanmaken', 'Op de meeloopdag vijf vragen stellen'];
    const en = ['Visit the open day at Fontys', 'Write a cover letter for the bakery', 'Call my uncle about his job', 'Practise every day'];
    for (const what of [...nl, ...nl2, ...en]) expect(check(what, 'meetbaar').ok, what).toBe(true);
    for (const what of ['Vaker naar de les gaan', 'Harder studeren', 'Beter opletten in de les', 'Work on my attitude', 'Study harder', 'Be more motivated']) {
      const c = check(what, 'meetbaar');
      expect(c.ok, what).toBe(false);
      expect(c.feedback.nl).toContain('Hoe weet je straks dat het gelukt is?');
    }
  });

  it('acceptabel: someone has to own the action', () => {
    expect(check('Twee vacatures lezen', 'acceptabel').ok).toBe(true);
    for (const owner of [null, '', '   ']) expect(check('Twee vacatures lezen', 'acceptabel', { owner }).ok).toBe(false);
    expect(checkSmart({ what: 'Twee vacatures lezen', due: '2026-03-20', today }).checks[2]?.feedback.nl).toMatch(/^Wie doet dit\?/);
  });

  it('realistisch: one step per action, not a to-do list', () => {
    expect(countActionParts('Twee vacatures bekijken en een lijstje met vragen maken')).toBe(2);
    expect(countActionParts('Mijn oom, tante en buurman bellen')).toBe(3);
    expect(countActionParts('Elke dag 1,5 uur oefenen')).toBe(1);
    expect(check('Mijn oom, tante en buurman bellen', 'realistisch').ok).toBe(true);
    const nl = check('Cv updaten, LinkedIn maken, drie bedrijven mailen, open dag bezoeken en sollicitatiebrief schrijven', 'realistisch');
    expect(nl.ok).toBe(false);
    expect(nl.feedback.nl).toContain('5 dingen');
    expect(check('Update my CV, make a LinkedIn profile, email three companies and visit an open day', 'realistisch').feedback.en).toContain('4 things');
    expect(check('- cv\n- brief\n- mail\n- bellen', 'realistisch').ok).toBe(false);
    expect(check(Array.from({ length: 45 }, () => 'woord').join(' '), 'realistisch').ok).toBe(false);
  });

  it('tijdgebonden: a date from today up to one year ahead', () => {
    const at = (due: string | null, t = today) => checkSmart({ what: 'Twee vacatures lezen', owner: 'student', due, today: t }).checks[4];
    for (const due of [null, '', '2026-02-30', '10-03-2026', '2026-03-09', '2027-03-11']) expect(at(due)?.ok, String(due)).toBe(false);
    for (const due of ['2026-03-10', '2026-04-01', '2027-03-10']) expect(at(due)?.ok, due).toBe(true);
    expect(at('2026-03-09')?.feedback.nl).toContain('voorbij');
    expect(at('2027-03-11')?.feedback.en).toContain('more than a year');
    expect(at('2029-02-28', '2028-02-29')?.ok).toBe(true);
    expect(at('2029-03-01', '2028-02-29')?.ok).toBe(false);
    expect(() => checkSmart({ what: 'x y', today: '10-03-2026' })).toThrow(RangeError);
  });
});

describe('cadence', () => {
  const start = '2026-08-01';
  const four = { conversationsPerYear: 4, minutesEach: 30 };

  it('spreads due dates evenly over the school year', () => {
    expect(cadenceDueDates(four, start)).toEqual(['2026-10-31', '2027-01-31', '2027-04-30', '2027-07-31']);
    expect(cadenceDueDates({ conversationsPerYear: 2 }, start)).toEqual(['2027-01-31', '2027-07-31']);
    expect(cadenceDueDates({ conversationsPerYear: 1 }, start)).toEqual(['2027-07-31']);
    expect(cadenceDueDates({ conversationsPerYear: 5 }, start)[0]).toBe('2026-10-12');
    expect(cadenceDueDates({ conversationsPerYear: 12 }, start).slice(0, 2)).toEqual(['2026-08-31', '2026-09-30']);
    expect(cadenceDueDates({ conversationsPerYear: 0 }, start)).toEqual([]);
  });

  it('gives the same dates when asked again, whatever a caller did with the first answer', () => {
    const first = cadenceDueDates(four, start);
    first.push('2099-01-01');
    first[0] = 'x';
    expect(cadenceDueDates(four, start)).toEqual(['2026-10-31', '2027-01-31', '2027-04-30', '2027-07-31']);
    expect(cadenceDueDates(four, '2027-08-01')[0]).toBe('2027-10-31');
    expect(() => cadenceDueDates(four, '2027-02-30')).toThrow(RangeError);
  });

  it('at the start of the year nothing is expected yet', () => {
    expect(cadenceStatus(four, start, '2026-08-01', [])).toEqual({ held: 0, expectedByNow: 0, overdue: false, nextDueBy: '2026-10-31' });
  });

  it('becomes overdue the day after a due date passes without a conversation', () => {
    expect(cadenceStatus(four, start, '2026-10-31', []).overdue).toBe(false);
    expect(cadenceStatus(four, start, '2026-11-01', [])).toEqual({ held: 0, expectedByNow: 1, overdue: true, nextDueBy: '2026-10-31' });
    expect(cadenceStatus(four, start, '2026-11-01', ['2026-10-20'])).toEqual({ held: 1, expectedByNow: 1, overdue: false, nextDueBy: '2027-01-31' });
  });

  it('at the end of the year the last conversation is still due that day', () => {
    const three = ['2026-09-01', '2026-12-01', '2027-03-01'];
    expect(cadenceStatus(four, start, '2027-07-31', three)).toEqual({ held: 3, expectedByNow: 3, overdue: false, nextDueBy: '2027-07-31' });
    expect(cadenceStatus(four, start, '2027-07-31', three.slice(0, 2)).overdue).toBe(true);
    expect(cadenceStatus(four, start, '2027-08-15', three)).toMatchObject({ expectedByNow: 4, overdue: true });
  });

  it('with more than enough held, nothing is due', () => {
    const many = ['2026-08-20', '2026-09-03', '2026-09-17', '2026-10-01', '2026-10-15', '2026-11-02'];
    expect(cadenceStatus(four, start, '2026-12-01', many)).toEqual({ held: 6, expectedByNow: 1, overdue: false, nextDueBy: null });
  });

  it('counts only readable dates inside this school year up to today', () => {
    const dates = ['2026-07-31', '2026-09-10T09:30:00.000Z', 'soon', '2026-13-01', '2026-12-24', '2027-08-02'];
    expect(cadenceStatus(four, start, '2026-12-01', dates).held).toBe(1);
    expect(() => cadenceStatus(four, start, 'today', [])).toThrow(RangeError);
  });

  it('uses the programme norm for that school year, else the default for the level', () => {
    const norms = [{ programmeId: 'p1', schoolYear: '2026-2027', conversationsPerYear: 3, minutesEach: 40 }];
    expect(resolveCadenceNorm(norms, { id: 'p1', level: 'mbo' }, '2026-2027')).toEqual({ conversationsPerYear: 3, minutesEach: 40 });
    expect(resolveCadenceNorm(norms, { id: 'p1', level: 'vo' }, '2027-2028')).toEqual(DEFAULT_CADENCE_NORMS.vo);
    expect(DEFAULT_CADENCE_NORMS.vo).toMatchObject({ conversationsPerYear: 4, minutesEach: 30 });
  });
});

describe('conversation feedback', () => {
  const valid = { whoseAgenda: 'mine', helpingVsReflective: 4, topics: ['studievoortgang'] };

  it('validates the answers', () => {
    expect(ConversationFeedback.parse({ ...valid, comment: '  fijn gesprek ' }).comment).toBe('fijn gesprek');
    expect(ConversationFeedback.safeParse(valid).success).toBe(true);
    expect(ConversationFeedback.safeParse({ ...valid, topics: [], comment: 'x'.repeat(500) }).success).toBe(true);
    const badScale = [0, 6, 2.5].map((helpingVsReflective) => ({ ...valid, helpingVsReflective }));
    const badTopics = [['studievoortgang', 'studievoortgang'], ['weer']].map((topics) => ({ ...valid, topics }));
    for (const bad of [...badScale, ...badTopics, { ...valid, whoseAgenda: 'nobody' }, { ...valid, comment: 'x'.repeat(501) }]) {
      expect(ConversationFeedback.safeParse(bad).success, JSON.stringify(bad).slice(0, 80)).toBe(false);
    }
  });

  it('labels every option in both languages', () => {
    for (const t of [...Object.values(WHOSE_AGENDA_LABELS), ...Object.values(HELPING_VS_REFLECTIVE_LABELS), ...Object.values(FEEDBACK_TOPIC_LABELS)]) {
      expect(bilingual(t)).toBe(true);
    }
    expect(Object.keys(HELPING_VS_REFLECTIVE_LABELS)).toEqual(['1', '2', '3', '4', '5']);
  });

  it('aggregates only from the minimum number of answers on', () => {
    const list = [
      { whoseAgenda: 'mine', helpingVsReflective: 5, topics: ['zelfbeeld_toekomstbeeld', 'acties_werk_loopbaan'] },
      { whoseAgenda: 'both', helpingVsReflective: 4, topics: ['studievoortgang'] },
      { whoseAgenda: 'counsellor', helpingVsReflective: 1, topics: ['studievoortgang'] },
      { whoseAgenda: 'counsellor', helpingVsReflective: 2, topics: [] },
      { whoseAgenda: 'mine', helpingVsReflective: 3, topics: ['studievoortgang', 'acties_werk_loopbaan'] },
    ].map((f) => ConversationFeedback.parse(f));
    expect(aggregateFeedback(list.slice(0, 4))).toBeNull();
    expect(aggregateFeedback([], 0)).toBeNull();
    expect(aggregateFeedback(list.slice(0, 3), 3)?.n).toBe(3);
    expect(aggregateFeedback(list)).toEqual({
      n: 5,
      whoseAgenda: { mine: 2, both: 1, counsellor: 2 },
      helpingVsReflectiveCounts: { 1: 1, 2: 1, 3: 1, 4: 1, 5: 1 },
      helpingVsReflectiveMean: 3,
      topics: { studievoortgang: 0.6, zelfbeeld_toekomstbeeld: 0.2, acties_werk_loopbaan: 0.4 },
      topicCounts: { studievoortgang: 3, zelfbeeld_toekomstbeeld: 1, acties_werk_loopbaan: 2 },
    });
  });
});
