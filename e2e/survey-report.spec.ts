import { apiGet, apiLogin } from './api';
import { expect, expectNoSeriousA11yViolations, expectPageReady, login, pageHeading, test } from './helpers';

/*
 * The quality monitor report of the demo's closed campaign (a few hundred responses, seeded by
 * demo-surveys.seed.ts): charts, a group below the minimum shown as suppressed, and the PDF and
 * zip downloads. The campaign is found through the API (set-up only); everything checked goes
 * through the UI or the links it offers.
 */

test.use({ locale: 'nl-NL', timezoneId: 'Europe/Amsterdam' });

const TITLE = 'Studentenmonitor loopbaanleren';

test('a manager reads the demo campaign report with charts, suppression and downloads', async ({ page, request }) => {
  await apiLogin(request, 'manager@demo.koers.nl');
  const { items: campaigns } = await apiGet<{ items: { id: string; title: string }[] }>(request, '/api/surveys');
  const campaign = campaigns.find((c) => c.title === TITLE);
  expect(campaign, 'the demo campaign exists').toBeDefined();

  await login(page, 'manager@demo.koers.nl');
  await page.goto(`/kwaliteitsmonitor/${campaign!.id}/rapport?groupBy=programme`);
  await expectPageReady(page);
  await expect(pageHeading(page)).toHaveText(`Rapport: ${TITLE}`);

  const main = page.getByRole('main');
  // One chart per scale, drawn as SVG.
  const charts = main.locator('.survey-group-chart svg');
  await expect(charts.first()).toBeVisible();
  expect(await charts.count()).toBeGreaterThan(5);

  // The programme with 6 respondents is named, but only as "te klein", never with figures.
  const who = main.getByRole('region', { name: 'Wie deed er mee' });
  await expect(who.getByRole('listitem').filter({ hasText: 'Havo – profiel Natuur & Techniek' })).toContainText('te klein');
  const card = main.getByRole('article', { name: 'Keuzezekerheid' });
  await expect(card.getByRole('row', { name: /Havo – profiel Natuur & Techniek/ })).toContainText('te klein');
  await expect(main.getByText(/Niet meegenomen: .*Havo – profiel Natuur & Techniek/).first()).toBeVisible();

  // A regression from the form, with its plain-language reading.
  const regression = main.getByRole('region', { name: 'Wat hangt samen met een uitkomst?' });
  await regression.getByLabel('Uitkomst').selectOption({ label: 'Keuzezekerheid' });
  await regression.getByRole('checkbox', { name: 'Werkexploratie' }).check();
  await regression.getByRole('checkbox', { name: 'Geslacht' }).check();
  await regression.getByRole('button', { name: 'Bereken' }).click();
  await expect(regression.getByText(/Eén punt meer op Werkexploratie gaat samen met/)).toBeVisible();
  await expect(regression.getByText(/Wat dit níet zegt/)).toBeVisible();

  await expectNoSeriousA11yViolations(page, 'survey report');

  // The download links answer with a PDF and a zip (fetched with the page's own session).
  for (const [name, type] of [
    ['Download rapport (PDF)', 'application/pdf'],
    ['Download antwoorden voor R of SPSS (zip)', 'application/zip'],
  ] as const) {
    const href = await page.getByRole('link', { name }).getAttribute('href');
    expect(href).toBeTruthy();
    const response = await page.request.get(href!);
    expect(response.status(), name).toBe(200);
    expect(response.headers()['content-type']).toContain(type);
    expect((await response.body()).length).toBeGreaterThan(1000);
  }
});
