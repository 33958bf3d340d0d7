import { randomBytes, randomUUID } from 'node:crypto';
import { LOB_SCAN_CODE, LOB_SCAN_THEMES } from '../../domain/instruments/builtin/lob-scan';
import { scoreResponse } from '../../domain/instruments/scoring';
import * as instruments from '../repositories/instruments.repository';
import type { DemoSeedContext } from './demo-seed-support';
import { definitionOf } from './instruments.service';
import { hashToken, newToken } from './tokens';

/*
 * The demo's LOB-scan: the largest team led by the demo manager did a cycle half a year ago
 * (closed, with priorities and an action plan, one action already looked back on) and has a
 * current cycle open, answered by most members, whose plan is still to be made.
 */

const DAY = 86_400_000;
const iso = (d: Date) => d.toISOString().slice(0, 10);

/** Deterministic 1–4 answers per member and item, so the radar looks the same on every seed. */
function answer(member: number, item: number, cycle: number): number {
  const base = [3, 2, 3, 2, 2, 1, 3, 2, 2, 1, 2][Math.floor(item / 2)] ?? 2;
  const wobble = ((member * 7 + item * 3 + cycle * 5) % 5) - 2;
  return Math.min(4, Math.max(1, base + cycle + Math.sign(wobble) * (Math.abs(wobble) > 1 ? 1 : 0)));
}

export async function seedDemoLobScan(seed: DemoSeedContext): Promise<void> {
  const { trx, institutionId, today } = seed;
  const version = await instruments.latestVersionOf(trx, institutionId, LOB_SCAN_CODE);
  if (!version) return;
  const definition = definitionOf(version);
  const team = await trx
    .selectFrom('team')
    .innerJoin('team_member', 'team_member.team_id', 'team.id')
    .select(['team.id', 'team.leader_id'])
    .select((eb) => eb.fn.countAll<number>().as('members'))
    .where('team.institution_id', '=', institutionId)
    .groupBy(['team.id', 'team.leader_id'])
    .orderBy('members', 'desc')
    .orderBy('team.id')
    .executeTakeFirst();
  if (!team) return;
  const members = (await trx.selectFrom('team_member').select('user_id').where('team_id', '=', team.id).orderBy('user_id').execute()).map((m) => m.user_id);

  const cycles = [
    { title: 'LOB-scan voorjaar', opens: new Date(today.getTime() - 200 * DAY), closes: new Date(today.getTime() - 180 * DAY), status: 'closed' as const },
    { title: 'LOB-scan najaar', opens: new Date(today.getTime() - 7 * DAY), closes: new Date(today.getTime() + 14 * DAY), status: 'open' as const },
  ];
  let previousId: string | null = null;
  for (const [cycle, c] of cycles.entries()) {
    const campaignId = randomUUID();
    await trx
      .insertInto('survey_campaign')
      .values({
        id: campaignId,
        institution_id: institutionId,
        title: c.title,
        description: 'Teamzelfevaluatie: de scores per teamlid zijn zichtbaar voor het team, als "Teamlid 1…n", zonder namen.',
        audience: 'team',
        anonymity: 'pseudonymous',
        team_id: team.id,
        opens_on: iso(c.opens),
        closes_on: iso(c.closes),
        status: c.status,
        previous_campaign_id: previousId,
        created_by: team.leader_id,
        created_at: c.opens,
      })
      .execute();
    await trx.insertInto('survey_campaign_instrument').values({ campaign_id: campaignId, instrument_version_id: version.id, position: 0 }).execute();
    // In the open cycle one member has not answered yet.
    const answering = cycle === 1 ? members.slice(0, Math.max(1, members.length - 1)) : members;
    for (const [m, userId] of members.entries()) {
      const invitationId = randomUUID();
      const submitted = new Date(c.opens.getTime() + (m + 1) * 3_600_000);
      const responded = answering.includes(userId);
      await trx
        .insertInto('survey_invitation')
        .values({ id: invitationId, campaign_id: campaignId, user_id: userId, token_hash: hashToken(newToken()), invited_at: c.opens, responded_at: responded ? submitted : null })
        .execute();
      if (!responded) continue;
      const responseId = randomUUID();
      const answers = Object.fromEntries(definition.items.map((item, i) => [item.code, answer(m, i, cycle)]));
      await trx
        .insertInto('survey_response')
        .values({ id: responseId, campaign_id: campaignId, invitation_id: invitationId, pseudonym: randomBytes(6).toString('hex'), status: 'submitted', started_at: c.opens, submitted_at: submitted })
        .execute();
      await trx.insertInto('survey_answer').values(Object.entries(answers).map(([item_code, value]) => ({ response_id: responseId, item_code, value }))).execute();
      const scales = scoreResponse(definition, answers).scales.filter((s): s is typeof s & { score: number } => s.score !== null);
      await trx.insertInto('survey_scale_score').values(scales.map((s) => ({ response_id: responseId, scale_code: s.code, score: s.score }))).execute();
    }
    if (cycle === 0) {
      const [first, second, third] = [LOB_SCAN_THEMES[5], LOB_SCAN_THEMES[9], LOB_SCAN_THEMES[3]];
      await trx
        .insertInto('lob_scan_priority')
        .values([
          { campaign_id: campaignId, theme_code: first, rank: 1, rationale: 'Laagste score en grote verschillen tussen teamleden.' },
          { campaign_id: campaignId, theme_code: second, rank: 2, rationale: 'Ouders weten weinig van het LOB-programma.' },
          { campaign_id: campaignId, theme_code: third, rank: 3, rationale: 'Keuzemomenten komen voor studenten als verrassing.' },
        ])
        .execute();
      const due = iso(new Date(c.closes.getTime() + 90 * DAY));
      await trx
        .insertInto('lob_scan_action')
        .values([
          { campaign_id: campaignId, theme_code: first, what: 'In elk studiejaar één onderdeel met echte keuzeruimte.', who: 'Onderwijscommissie', due_on: due, status: 'done', review_note: 'Gedaan in jaar 1 en 2; jaar 3 volgt.', reviewed_at: new Date(today.getTime() - 2 * DAY) },
          { campaign_id: campaignId, theme_code: second, what: 'Ouderavond over studiekeuze en stage.', who: 'SLB-coördinator', due_on: due, status: 'open' },
          { campaign_id: campaignId, theme_code: third, what: 'Per studiejaar een A4 met de keuzemomenten.', who: 'Teamleider', due_on: due, status: 'open' },
        ])
        .execute();
    }
    previousId = campaignId;
  }
}
