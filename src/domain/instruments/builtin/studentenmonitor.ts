import type { InstrumentDefinition } from '../definition';
import { FOUR_POINT_AGREEMENT, fromScales, item, type SurveyScale } from './survey-scales';

/*
 * The student questionnaire of the quality monitor: how students experience their learning
 * environment and their guidance conversations, which career competencies they use, and how that
 * shows in motivation, work identity, choice certainty and thoughts of quitting. The constructs
 * follow the large study of career learning in higher professional education; the items are
 * written anew in plain language. `keuzezekerheid` and `uitvalrisico` are fixed scale codes: the
 * caseload reads them from campaigns that share them with guidance. A high `uitvalrisico` means
 * more serious thoughts of stopping.
 */

export const STUDENT_MONITOR_CODE = 'studentenmonitor';

const s = (code: string, title: [string, string], explanation: [string, string], suggestion: [string, string], items: SurveyScale['items']): SurveyScale => ({
  code,
  title: { nl: title[0], en: title[1] },
  explanation: { nl: explanation[0], en: explanation[1] },
  suggestion: { nl: suggestion[0], en: suggestion[1] },
  items,
});

const SCALES: SurveyScale[] = [
  s('praktijkgericht', ['Praktijkgerichte leeromgeving', 'Practice-oriented learning environment'],
    ['Of de opleiding echte beroepservaring een plek geeft en ervaringen buiten school laat meetellen.', 'Whether the programme gives real work experience a place and lets experiences outside school count.'],
    ['Laat studenten ervaringen van buiten school inbrengen en gebruik ze in opdrachten.', 'Let students bring in experiences from outside school and use them in assignments.'],
    [
      item('ple1', 'In mijn opleiding werk ik aan opdrachten uit de echte beroepspraktijk.', 'In my programme I work on assignments from real professional practice.'),
      item('ple2', 'Wat ik buiten school leer (werk, stage, vrijwilligerswerk) telt mee in mijn studie.', 'What I learn outside school (work, placement, volunteering) counts in my studies.'),
      item('ple3', 'Mijn opleiding moedigt me aan om ervaring op te doen buiten de school.', 'My programme encourages me to gain experience outside school.'),
      item('ple4', 'Ik spreek tijdens mijn opleiding regelmatig mensen uit het beroep.', 'During my programme I regularly talk to people working in the profession.'),
    ]),
  s('vraaggericht', ['Vraaggerichte leeromgeving', 'Demand-oriented learning environment'],
    ['Of je zelf keuzes kunt maken in je studie en daarbij geholpen wordt.', 'Whether you can make your own choices in your studies and get help doing so.'],
    ['Bied keuzeruimte in opdrachten en help studenten kiezen wat bij hen past.', 'Offer choice in assignments and help students choose what suits them.'],
    [
      item('dle1', 'Ik kan in mijn studieprogramma zelf keuzes maken.', 'I can make my own choices in my study programme.'),
      item('dle2', 'Ik kan kiezen uit verschillende opdrachten.', 'I can choose from different assignments.'),
      item('dle3', 'Ik word geholpen om de opdrachten te kiezen die het best bij mij passen.', 'I get help choosing the assignments that suit me best.'),
      item('dle4', 'Docenten schrijven mij voor hoe ik mijn eigen verantwoordelijkheid moet invullen.', 'Teachers prescribe how I should take my own responsibility.', true),
    ]),
  s('dialoog', ['Eigen inbreng in het gesprek', 'Own input in conversations'],
    ['Of jij de inhoud van de gesprekken met je studieloopbaanbegeleider mee bepaalt: een echte dialoog.', 'Whether you help decide what the conversations with your study career counsellor are about: a real dialogue.'],
    ['Begin elk gesprek met de vraag wat de student wil bespreken.', 'Start each conversation by asking what the student wants to discuss.'],
    [
      item('dia1', 'Ik bepaal zelf mee waar de gesprekken met mijn SLB\'er over gaan.', 'I help decide what the conversations with my counsellor are about.'),
      item('dia2', 'In de gesprekken is ruimte voor wat mij echt bezighoudt.', 'There is room in the conversations for what really matters to me.'),
      item('dia3', 'Mijn SLB\'er bepaalt meestal alleen waar het gesprek over gaat.', 'My counsellor usually decides alone what the conversation is about.', true),
    ]),
  s('gespreksvorm', ['Vorm van de gesprekken', 'Form of the conversations'],
    ['Of de gesprekken je aan het denken en in actie zetten, in plaats van alleen informatie of advies te geven.', 'Whether the conversations make you think and act, rather than only giving information or advice.'],
    ['Stel vaker open vragen en laat de student zelf de volgende stap bedenken.', 'Ask open questions more often and let the student work out the next step.'],
    [
      item('gvo1', 'Door de gesprekken denk ik beter na over wat ik wil.', 'The conversations make me think more about what I want.'),
      item('gvo2', 'Na een gesprek weet ik welke stap ik zelf ga zetten.', 'After a conversation I know which step I will take myself.'),
      item('gvo3', 'Mijn SLB\'er vertelt me vooral wat ik moet doen.', 'My counsellor mostly tells me what to do.', true),
    ]),
  s('gespreksinhoud', ['Inhoud van de gesprekken', 'Content of the conversations'],
    ['Of het in de gesprekken ook gaat over wie je bent, wat je later wilt en wat je daarvoor gaat doen, niet alleen over studievoortgang.', 'Whether the conversations are also about who you are, what you want later and what you will do about it, not only about study progress.'],
    ['Bespreek naast studiepunten ook toekomstbeelden en concrete acties voor werk en studie.', 'Besides credits, also discuss images of the future and concrete actions for work and study.'],
    [
      item('gin1', 'We praten over wat ik goed kan en wat ik belangrijk vind.', 'We talk about what I am good at and what matters to me.'),
      item('gin2', 'We praten over het werk dat ik later wil doen.', 'We talk about the work I want to do later.'),
      item('gin3', 'We spreken concrete acties af voor mijn stage, werk of vervolgstudie.', 'We agree on concrete actions for my placement, work or further studies.'),
    ]),
  s('loopbaanreflectie', ['Loopbaanreflectie', 'Career reflection'],
    ['Hoe vaak je nadenkt over je kwaliteiten en motieven in relatie tot je loopbaan.', 'How often you think about your qualities and motives in relation to your career.'],
    ['Laat studenten na een ervaring opschrijven wat die zegt over hun kwaliteiten en motieven.', 'After an experience, let students write down what it says about their qualities and motives.'],
    [
      item('lbr1', 'Ik denk na over wat ik goed kan en wat ik nog moet leren.', 'I think about what I am good at and what I still need to learn.'),
      item('lbr2', 'Ik denk na over wat ik belangrijk vind in mijn werk later.', 'I think about what matters to me in my future work.'),
      item('lbr3', 'Ik weet waar ik energie van krijg.', 'I know what gives me energy.'),
    ]),
  s('werkexploratie', ['Werkexploratie', 'Work exploration'],
    ['Of je actief uitzoekt welk werk er is en wat het van je vraagt.', 'Whether you actively find out what work there is and what it asks of you.'],
    ['Laat studenten een beroepsbeoefenaar interviewen of meelopen.', 'Let students interview or shadow a professional.'],
    [
      item('wex1', 'Ik zoek uit welk werk er is met mijn opleiding.', 'I find out what jobs there are with my programme.'),
      item('wex2', 'Ik onderzoek wat een beroep van mij vraagt.', 'I look into what a profession asks of me.'),
      item('wex3', 'Ik vergelijk verschillende soorten werk met wat ik wil en kan.', 'I compare different kinds of work with what I want and can do.'),
    ]),
  s('loopbaansturing', ['Loopbaansturing', 'Career action'],
    ['Of je bewust keuzes maakt en plant om je studie en werk bij je te laten passen.', 'Whether you make deliberate choices and plans so that study and work suit you.'],
    ['Werk met kleine, concrete plannen die de student zelf kiest en bijhoudt.', 'Work with small, concrete plans that students choose and track themselves.'],
    [
      item('lbs1', 'Ik maak plannen voor mijn studie en loopbaan.', 'I make plans for my studies and career.'),
      item('lbs2', 'Ik kies stage, minor of opdrachten bewust bij wat ik wil worden.', 'I choose placements, minors or assignments deliberately with my goals in mind.'),
      item('lbs3', 'Als iets niet bij me past, onderneem ik actie.', 'When something does not suit me, I take action.'),
    ]),
  s('netwerken', ['Netwerken', 'Networking'],
    ['Of je contacten legt en gebruikt die je helpen in je loopbaan.', 'Whether you make and use contacts that help your career.'],
    ['Help studenten een lijst te maken van mensen die ze om advies kunnen vragen, en een eerste contact te leggen.', 'Help students list people they could ask for advice, and make a first contact.'],
    [
      item('net1', 'Ik leg contacten met mensen die me verder kunnen helpen in mijn loopbaan.', 'I make contacts with people who can help my career.'),
      item('net2', 'Ik vraag mensen uit het werkveld om advies.', 'I ask people in the field for advice.'),
      item('net3', 'Ik laat anderen weten wat ik kan en wat ik zoek.', 'I let others know what I can do and what I am looking for.'),
    ]),
  s('leermotivatie', ['Leermotivatie', 'Learning motivation'],
    ['Hoe gemotiveerd je bent voor je studie.', 'How motivated you are for your studies.'],
    ['Laat studenten zien hoe vakken samenhangen met het beroep dat ze kiezen.', 'Show students how courses connect to the profession they are choosing.'],
    [
      item('mot1', 'Ik heb zin in mijn studie.', 'I look forward to my studies.'),
      item('mot2', 'Ik zet me in, ook voor onderdelen die ik minder leuk vind.', 'I make an effort, also for parts I like less.'),
      item('mot3', 'Ik zie het nut van wat ik leer.', 'I see the point of what I am learning.'),
    ]),
  s('arbeidsidentiteit', ['Arbeidsidentiteit', 'Work identity'],
    ['Hoe helder je beeld is van wie je als professional wilt zijn.', 'How clear your picture is of who you want to be as a professional.'],
    ['Laat studenten hun beeld van zichzelf als professional beschrijven en later herzien.', 'Let students describe themselves as a professional and revise it later.'],
    [
      item('aid1', 'Ik weet wat voor professional ik wil worden.', 'I know what kind of professional I want to become.'),
      item('aid2', 'Ik weet wat ik in mijn werk belangrijk vind.', 'I know what matters to me in my work.'),
      item('aid3', 'Ik kan uitleggen waarom dit beroep bij mij past.', 'I can explain why this profession suits me.'),
    ]),
  s('keuzezekerheid', ['Keuzezekerheid', 'Choice certainty'],
    ['Hoe zeker je bent dat deze opleiding de goede keuze is.', 'How sure you are that this programme is the right choice.'],
    ['Bespreek twijfel vroeg en zonder oordeel; twijfel is materiaal voor een gesprek.', 'Discuss doubts early and without judgement; doubt is material for a conversation.'],
    [
      item('kz1', 'Ik weet zeker dat deze opleiding bij mij past.', 'I am sure this programme suits me.'),
      item('kz2', 'Als ik opnieuw mocht kiezen, koos ik weer deze opleiding.', 'If I could choose again, I would choose this programme again.'),
      item('kz3', 'Ik twijfel over mijn studiekeuze.', 'I have doubts about my choice of programme.', true),
    ]),
  s('uitvalrisico', ['Uitvalrisico', 'Dropout risk'],
    ['Hoe serieus je overweegt om te stoppen of over te stappen. Een hoge score betekent meer twijfel.', 'How seriously you consider stopping or switching. A high score means more doubt.'],
    ['Zoek contact met studenten die aan stoppen denken en verken samen de mogelijkheden.', 'Reach out to students who are thinking of quitting and explore the options together.'],
    [
      item('uv1', 'Ik denk er serieus over om met deze opleiding te stoppen.', 'I am seriously thinking of quitting this programme.'),
      item('uv2', 'Ik overweeg over te stappen naar een andere opleiding.', 'I am considering switching to another programme.'),
      item('uv3', 'Ik ben van plan deze opleiding af te maken.', 'I intend to finish this programme.', true),
    ]),
];

export const STUDENTENMONITOR: InstrumentDefinition = {
  code: STUDENT_MONITOR_CODE,
  use: 'survey',
  version: 1,
  title: { nl: 'Studentenmonitor loopbaanleren', en: 'Student monitor career learning' },
  description: {
    nl: 'Hoe ervaar jij je opleiding, de gesprekken met je SLB\'er en je eigen loopbaan? Er zijn geen goede of foute antwoorden. Je school ziet alleen uitkomsten van groepen.',
    en: 'How do you experience your programme, the conversations with your counsellor and your own career? There are no right or wrong answers. Your school only sees results of groups.',
  },
  responseScale: FOUR_POINT_AGREEMENT,
  ...fromScales(SCALES),
  scoring: { rule: 'mean', minAnsweredFraction: 0.6 },
  respondents: [{ role: 'student', about: 'self' }],
};
