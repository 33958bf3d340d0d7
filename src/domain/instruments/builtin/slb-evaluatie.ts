import type { InstrumentDefinition, ItemDef } from '../definition';
import { AGREEMENT_SCALE } from './competencies';

/*
 * The end-of-year evaluation of guidance: a student says how the guidance by their current
 * counsellor went this year. Four short scales in the student's own terms rather than the seven
 * counsellor competencies, because a student can judge what they experienced, not how it was done.
 * The counsellor only ever sees means of at least five students (see guidance-evaluation.service).
 */

export const GUIDANCE_EVALUATION_CODE = 'slb-evaluatie';

const item = (code: string, nl: string, en: string): ItemDef => ({ code, text: { nl, en }, reverse: false });

const SCALES = [
  {
    code: 'eigen_vragen',
    title: { nl: 'Ruimte voor mijn eigen vragen', en: 'Room for my own questions' },
    explanation: {
      nl: 'Of de gesprekken gingen over wat jij belangrijk vond, en of je je vragen kwijt kon.',
      en: 'Whether the conversations were about what mattered to you, and whether you could ask your questions.',
    },
    suggestion: {
      nl: 'Vraag studenten aan het begin van een gesprek wat zij vandaag willen bespreken.',
      en: 'Ask students at the start of a conversation what they want to talk about today.',
    },
    items: [
      item('ev_vr1', 'In de gesprekken was er tijd voor de onderwerpen die ik zelf wilde bespreken.', 'In our conversations there was time for the topics I wanted to discuss.'),
      item('ev_vr2', 'Mijn begeleider luisterde echt naar wat ik vertelde.', 'My counsellor really listened to what I said.'),
      item('ev_vr3', 'Ik durfde mijn begeleider ook lastige vragen te stellen.', 'I felt free to ask my counsellor difficult questions too.'),
    ],
  },
  {
    code: 'zelf_nadenken',
    title: { nl: 'Helpt me zelf nadenken', en: 'Helps me think for myself' },
    explanation: {
      nl: 'Of je begeleider je hielp om zelf na te denken over je keuzes, in plaats van ze voor je te maken.',
      en: 'Whether your counsellor helped you think about your choices yourself, instead of making them for you.',
    },
    suggestion: {
      nl: 'Stel vaker een open vraag en laat de student zelf samenvatten wat de volgende stap is.',
      en: 'Ask open questions more often and let the student sum up the next step themselves.',
    },
    items: [
      item('ev_zn1', 'Door de gesprekken weet ik beter wat ik wil en wat ik goed kan.', 'Thanks to our conversations I know better what I want and what I am good at.'),
      item('ev_zn2', 'Mijn begeleider stelde vragen waardoor ik zelf op ideeën kwam.', 'My counsellor asked questions that helped me come up with ideas myself.'),
      item('ev_zn3', 'Ik maakte mijn keuzes zelf; mijn begeleider hielp me ze goed te overwegen.', 'I made my own choices; my counsellor helped me think them through.'),
    ],
  },
  {
    code: 'afspraken',
    title: { nl: 'Afspraken en opvolging', en: 'Agreements and follow-up' },
    explanation: {
      nl: 'Of wat jullie afspraken ook gebeurde, en of er later op teruggekomen werd.',
      en: 'Whether what you agreed on actually happened, and whether it was followed up later.',
    },
    suggestion: {
      nl: 'Leg na elk gesprek samen één of twee concrete acties vast en begin het volgende gesprek daarmee.',
      en: 'Record one or two concrete actions together after each conversation and start the next one with them.',
    },
    items: [
      item('ev_af1', 'Na een gesprek wist ik wat ik moest doen en wanneer.', 'After a conversation I knew what to do and by when.'),
      item('ev_af2', 'Mijn begeleider kwam terug op wat we eerder hadden afgesproken.', 'My counsellor came back to what we had agreed before.'),
      item('ev_af3', 'Mijn begeleider deed zelf wat hij of zij had toegezegd.', 'My counsellor did what they had promised to do.'),
    ],
  },
  {
    code: 'bereikbaarheid',
    title: { nl: 'Bereikbaarheid', en: 'Availability' },
    explanation: {
      nl: 'Of je je begeleider kon bereiken als je dat nodig had, en of je snel genoeg antwoord kreeg.',
      en: 'Whether you could reach your counsellor when you needed to, and got an answer quickly enough.',
    },
    suggestion: {
      nl: 'Vertel studenten hoe en wanneer ze je kunnen bereiken, en hoe snel ze een antwoord mogen verwachten.',
      en: 'Tell students how and when they can reach you, and how soon they can expect an answer.',
    },
    items: [
      item('ev_be1', 'Als ik mijn begeleider nodig had, kon ik hem of haar bereiken.', 'When I needed my counsellor, I could reach them.'),
      item('ev_be2', 'Ik kreeg snel genoeg antwoord op mijn berichten.', 'I got answers to my messages quickly enough.'),
      item('ev_be3', 'Er was genoeg tijd voor gesprekken met mijn begeleider.', 'There was enough time for conversations with my counsellor.'),
    ],
  },
] as const;

export const SLB_EVALUATIE: InstrumentDefinition = {
  code: GUIDANCE_EVALUATION_CODE,
  version: 1,
  title: { nl: 'Evaluatie van je begeleiding', en: 'Evaluation of your guidance' },
  description: {
    nl: 'Hoe vond je de begeleiding door je loopbaanbegeleider dit schooljaar? Je begeleider ziet nooit wat jij invult: alleen gemiddelden van minstens vijf studenten samen.',
    en: 'How did you find the guidance by your counsellor this school year? Your counsellor never sees your answers: only averages of at least five students together.',
  },
  responseScale: AGREEMENT_SCALE,
  scales: SCALES.map((s) => ({ code: s.code, title: s.title, explanation: s.explanation, suggestion: s.suggestion, items: s.items.map((i) => i.code) })),
  items: SCALES.flatMap((s) => s.items),
  scoring: { rule: 'mean', minAnsweredFraction: 0.66 },
  respondents: [{ role: 'student', about: 'counsellor' }],
};
