import type { InstrumentDefinition, ItemDef } from '../definition';
import { AGREEMENT_SCALE, type CompetencyCode } from './competencies';
import { competencyScales } from './build';

/*
 * The 360° competence scan: counsellor and placement supervisor rate the student on the same five
 * scales as the self-assessment, so the result page can show the views side by side. Items are in
 * the third person and describe behaviour an observer can actually see, not inner states.
 */

const item = (code: string, nl: string, en: string, reverse = false): ItemDef => ({ code, text: { nl, en }, reverse });

const ITEMS: Record<CompetencyCode, ItemDef[]> = {
  kwaliteitenreflectie: [
    item('kr1', 'Deze student kan benoemen waar hij of zij goed in is.', 'This student can name what they are good at.'),
    item('kr2', 'Deze student geeft met voorbeelden aan wat nog beter kan.', 'This student gives examples of what could still improve.'),
    item('kr3', 'Deze student gebruikt feedback om een beter beeld van zichzelf te krijgen.', 'This student uses feedback to get a clearer picture of themselves.'),
    item('kr4', 'Deze student schat eigen kunnen vaak verkeerd in.', 'This student often misjudges their own abilities.', true),
  ],
  motievenreflectie: [
    item('mr1', 'Deze student kan uitleggen wat hij of zij belangrijk vindt in werk.', 'This student can explain what they find important in work.'),
    item('mr2', 'Deze student laat merken bij welke taken de motivatie groot is.', 'This student shows which tasks they are most motivated by.'),
    item('mr3', 'Deze student verbindt eigen keuzes aan wat hem of haar drijft.', 'This student links their choices to what drives them.'),
    item('mr4', 'Deze student kan niet zeggen waarom hij of zij deze opleiding doet.', 'This student cannot say why they are doing this programme.', true),
  ],
  werkexploratie: [
    item('we1', 'Deze student stelt vragen over het werk en de mensen om zich heen.', 'This student asks questions about the work and the people around them.'),
    item('we2', 'Deze student zoekt uit welke taken en functies er in het vak zijn.', 'This student finds out which tasks and roles exist in the field.'),
    item('we3', 'Deze student kan aangeven welk soort werk wel en niet bij hem of haar past.', 'This student can say which kind of work does and does not suit them.'),
    item('we4', 'Deze student toont weinig belangstelling voor het werkveld.', 'This student shows little interest in the field of work.', true),
  ],
  loopbaansturing: [
    item('ls1', 'Deze student neemt zelf initiatief in zijn of haar leerproces.', 'This student takes initiative in their own learning.'),
    item('ls2', 'Deze student maakt afspraken over volgende stappen en komt die na.', 'This student agrees on next steps and follows through.'),
    item('ls3', 'Deze student stuurt bij als een plan niet werkt.', 'This student adjusts course when a plan does not work.'),
    item('ls4', 'Deze student wacht af tot anderen beslissen.', 'This student waits for others to decide.', true),
  ],
  netwerken: [
    item('nw1', 'Deze student benadert collega\'s of docenten zelf met vragen.', 'This student approaches colleagues or teachers with questions on their own.'),
    item('nw2', 'Deze student bouwt contacten op die nuttig zijn voor de toekomst.', 'This student builds contacts that are useful for the future.'),
    item('nw3', 'Deze student weet wie hij of zij waarvoor kan benaderen.', 'This student knows whom to approach for what.'),
    item('nw4', 'Deze student vermijdt contact met mensen buiten de eigen kring.', 'This student avoids contact with people outside their own circle.', true),
  ],
};

export const COMPETENTIESCAN: InstrumentDefinition = {
  code: 'competentiescan',
  version: 1,
  title: { nl: 'Competentiescan (360°)', en: 'Competence scan (360°)' },
  description: {
    nl: 'Geef aan hoe u deze student ziet op de vijf loopbaancompetenties. Baseer uw oordeel op wat u de afgelopen periode hebt gezien.',
    en: 'Indicate how you see this student on the five career competencies. Base your rating on what you have observed recently.',
  },
  responseScale: AGREEMENT_SCALE,
  ...competencyScales(ITEMS),
  scoring: { rule: 'mean', minAnsweredFraction: 0.75 },
  respondents: [
    { role: 'counsellor', about: 'student' },
    { role: 'supervisor', about: 'student' },
  ],
};
