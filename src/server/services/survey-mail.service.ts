/*
 * The invitation and reminder a survey invitee receives (or the manager copies). The link opens
 * only this invitee's questionnaire, without signing in; signing in works as well.
 */

export function surveyLink(baseUrl: string, token: string): string {
  return `${baseUrl.replace(/\/+$/, '')}/vragenlijst/${encodeURIComponent(token)}`;
}

export interface SurveyMailText {
  language: 'nl' | 'en';
  name: string;
  title: string;
  closesOn: string;
  anonymous: boolean;
  link: string;
  reminder: boolean;
}

export function surveyMail(t: SurveyMailText): { subject: string; body: string } {
  if (t.language === 'en') {
    return {
      subject: `${t.reminder ? 'Reminder: ' : ''}${t.title}`,
      body: [
        `Dear ${t.name},`,
        '',
        t.reminder
          ? `You have not yet filled in the questionnaire "${t.title}". It is open until ${t.closesOn}.`
          : `Your school asks you to fill in the questionnaire "${t.title}". It takes about ten minutes and is open until ${t.closesOn}.`,
        t.anonymous
          ? 'Your answers are anonymous: once you submit, nothing links them to you. The school only sees results of groups.'
          : 'The school only sees results of groups; your answers are kept under a code, not your name.',
        '',
        t.link,
        '',
        'The link is personal; the newest link you received is the one that works. You can also sign in to Koers and open the questionnaire from your start page.',
      ].join('\n'),
    };
  }
  return {
    subject: `${t.reminder ? 'Herinnering: ' : ''}${t.title}`,
    body: [
      `Beste ${t.name},`,
      '',
      t.reminder
        ? `Je hebt de vragenlijst "${t.title}" nog niet ingevuld. Dat kan tot en met ${t.closesOn}.`
        : `Je school vraagt je de vragenlijst "${t.title}" in te vullen. Het kost ongeveer tien minuten en kan tot en met ${t.closesOn}.`,
      t.anonymous
        ? 'Je antwoorden zijn anoniem: na het inleveren is niets meer naar jou terug te leiden. De school ziet alleen uitkomsten van groepen.'
        : 'De school ziet alleen uitkomsten van groepen; je antwoorden worden bewaard onder een code, niet onder je naam.',
      '',
      t.link,
      '',
      'De link is persoonlijk; de nieuwste link die je kreeg, werkt. Je kunt ook inloggen in Koers en de vragenlijst openen vanaf je startpagina.',
    ].join('\n'),
  };
}
