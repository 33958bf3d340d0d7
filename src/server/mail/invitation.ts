/** The invitation a new user receives, in their own language, with a one-time set-password link. */
export interface Invitation {
  language: 'nl' | 'en';
  firstName: string;
  institution: string;
  link: string;
  validDays: number;
}

export function setPasswordLink(baseUrl: string, token: string): string {
  return `${baseUrl.replace(/\/+$/, '')}/wachtwoord-instellen?token=${encodeURIComponent(token)}`;
}

export function invitationMail(i: Invitation): { subject: string; body: string } {
  if (i.language === 'en') {
    return {
      subject: 'Your Koers account',
      body: [
        `Dear ${i.firstName},`,
        '',
        `${i.institution || 'Your school'} has created an account for you in Koers, the platform for study and career guidance.`,
        'Choose your password with this link:',
        '',
        i.link,
        '',
        `The link works once and expires in ${i.validDays} days. Did you not expect this e-mail? Then you can ignore it.`,
      ].join('\n'),
    };
  }
  return {
    subject: 'Je account voor Koers',
    body: [
      `Beste ${i.firstName},`,
      '',
      `${i.institution || 'Je school'} heeft een account voor je aangemaakt in Koers, het platform voor loopbaanoriëntatie en -begeleiding.`,
      'Kies je wachtwoord via deze link:',
      '',
      i.link,
      '',
      `De link werkt één keer en is ${i.validDays} dagen geldig. Had je deze e-mail niet verwacht? Dan kun je hem negeren.`,
    ].join('\n'),
  };
}
