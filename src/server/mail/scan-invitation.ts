/** The message an external supervisor receives (or the inviter copies) to fill in a competence scan. */
export interface ScanInvitationText {
  language: 'nl' | 'en';
  supervisorName: string;
  studentName: string;
  inviterName: string;
  link: string;
  validDays: number;
}

export function scanLink(baseUrl: string, token: string): string {
  return `${baseUrl.replace(/\/+$/, '')}/scan/${encodeURIComponent(token)}`;
}

export function scanInvitationMail(t: ScanInvitationText): { subject: string; body: string } {
  if (t.language === 'en') {
    return {
      subject: `Would you rate ${t.studentName}'s career competencies?`,
      body: [
        `Dear ${t.supervisorName},`,
        '',
        `${t.inviterName} asks you to fill in a short competence scan about ${t.studentName}: twenty statements about how ${t.studentName} reflects on their qualities and motives, explores work, steers their own career and builds a network.`,
        'Your view, next to the student\'s own and the counsellor\'s, is material for their next guidance conversation. It takes about five minutes; you need no account.',
        '',
        t.link,
        '',
        `The link is personal, works for one completed scan and expires in ${t.validDays} days.`,
      ].join('\n'),
    };
  }
  return {
    subject: `Wilt u de loopbaancompetenties van ${t.studentName} beoordelen?`,
    body: [
      `Beste ${t.supervisorName},`,
      '',
      `${t.inviterName} vraagt u een korte competentiescan in te vullen over ${t.studentName}: twintig uitspraken over hoe ${t.studentName} nadenkt over eigen kwaliteiten en motieven, werk verkent, de eigen loopbaan stuurt en een netwerk opbouwt.`,
      'Uw blik, naast die van de student zelf en de loopbaanbegeleider, is materiaal voor het volgende begeleidingsgesprek. Het kost ongeveer vijf minuten; u hebt geen account nodig.',
      '',
      t.link,
      '',
      `De link is persoonlijk, werkt voor één ingevulde scan en is ${t.validDays} dagen geldig.`,
    ].join('\n'),
  };
}
