// The registry pages in a real browser against the real product: offices (filters, an edit with validation, a
// conflict and a server error on a nested input), the working calendar, the audit trail and a standard's page.
import type { Browser, BrowserContext, Page, Route } from 'playwright-core';
import { ADMIN_LOGIN, ADMIN_PASSWORD, startTestApp, type TestApp } from '../support/harness';
import { launch, newPage, shot, signIn, switchLanguage, type Lang } from './browser';

let app: TestApp;
let browser: Browser;
const contexts: BrowserContext[] = [];

const DIRECTORY_LOGIN = 'directory.ui';
const DIRECTORY_PASSWORD = 'directory-password-1';
/** A working Tuesday morning in Almaty (UTC+5), before any session's expiry. */
const OPEN_NOW = '2025-12-02T11:00:00+05:00';

beforeAll(async () => {
  app = await startTestApp();
  browser = await launch();
  const token = await app.signIn();
  const created = await app.gql<{ userCreate: { userErrors: unknown[] } }>(
    'mutation($input: UserCreateInput!) { userCreate(input: $input) { userErrors { message } } }',
    { input: { login: DIRECTORY_LOGIN, fullName: 'Directory administrator (UI test)', role: 'DIRECTORY_ADMIN', password: DIRECTORY_PASSWORD } },
    { token },
  );
  expect(created.data?.userCreate.userErrors).toEqual([]);
}, 120_000);

afterAll(async () => {
  for (const context of contexts) await context.close().catch(() => undefined);
  await browser?.close().catch(() => undefined);
  await app?.stop();
}, 60_000);

/** Polls `check` until it returns true (bounded), for lists that refresh after a debounced filter. */
async function until(check: () => Promise<boolean>, what: string, timeoutMs = 15_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check().catch(() => false)) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`timed out waiting for ${what}`);
}

const rowTexts = (page: Page) => page.locator('.RaList-main tbody tr').allInnerTexts();

/** The GraphQL requests the page sends, by operation, with their variables. */
function recordRequests(page: Page) {
  const seen: { query: string; variables: Record<string, any> }[] = [];
  page.on('request', (request) => {
    if (!request.url().endsWith('/graphql') || request.method() !== 'POST') return;
    try {
      seen.push(JSON.parse(request.postData() ?? '{}'));
    } catch {
      // not JSON: not ours
    }
  });
  return seen;
}

const MENU: Record<Lang, string[]> = {
  kk: ['Қызметтер', 'ХҚО бөлімдері', 'Өңірлер', 'Жұмыс күнтізбесі', 'Аудит журналы'],
  ru: ['Услуги', 'Отделы ЦОН', 'Регионы', 'Рабочий календарь', 'Журнал аудита'],
  en: ['Services', 'Offices', 'Regions', 'Working calendar', 'Audit trail'],
};

async function expectMenu(page: Page, lang: Lang) {
  for (const label of MENU[lang]) await page.getByRole('menuitem', { name: label, exact: true }).waitFor({ state: 'visible' });
  for (const other of (Object.keys(MENU) as Lang[]).filter((l) => l !== lang)) {
    for (const label of MENU[other]) expect(await page.getByRole('menuitem', { name: label, exact: true }).count()).toBe(0);
  }
}

describe('registry console', () => {
  test('offices: search "Қостанай", a region and "open now"', async () => {
    const page = await newPage(browser, contexts);
    const requests = recordRequests(page);
    await page.clock.install({ time: new Date(OPEN_NOW) });
    await signIn(page, app.url, ADMIN_LOGIN, ADMIN_PASSWORD);
    await expectMenu(page, 'kk');
    await page.getByRole('menuitem', { name: 'ХҚО бөлімдері', exact: true }).click();
    await page.locator('.RaList-main tbody tr').first().waitFor({ state: 'visible' });
    await shot(page, 'offices-kk');

    // Search: every row shown names Қостанай (Kazakh) or Костанай (Russian spelling) in its name, address or region.
    await page.locator('input[name="q"]').fill('Қостанай');
    await until(async () => {
      const rows = await rowTexts(page);
      return rows.length > 0 && rows.every((text) => /[ҚК]останай/i.test(text)) && page.url().includes('filter');
    }, 'the search to apply');
    const searched = await rowTexts(page);
    expect(searched.length).toBeGreaterThan(5);
    for (const text of searched) expect(text).toMatch(/[ҚК]останай/i);
    await shot(page, 'offices-search-kk');

    // A region instead: every row is in it.
    const { data } = await app.gql<{ regions: { code: string; name: { kk: string } }[] }>('{ regions { code name { kk } } }');
    const akmola = data!.regions.find((r) => r.code === 'KZ-AKM')!.name.kk;
    await page.locator('input[name="q"]').fill('');
    await page.getByRole('combobox', { name: 'Өңір' }).click();
    await page.getByRole('option', { name: akmola, exact: true }).click();
    await until(async () => {
      const rows = await rowTexts(page);
      return rows.length > 0 && rows.every((text) => text.includes(akmola));
    }, 'the region filter to apply');
    expect(requests.some((r) => r.variables?.filter?.region === 'KZ-AKM')).toBe(true);
    await shot(page, 'offices-region-kk');

    // "Open now" sends the browser's current instant. The page's clock starts at a Tuesday 11:00 in Almaty, so the
    // list must be exactly what the API says is open then in the region, whatever the hour the test runs at.
    await page.getByLabel('Қазір ашық').check();
    await until(async () => requests.some((r) => typeof r.variables?.filter?.openAt === 'string'), 'a request with openAt');
    const openAt = requests.find((r) => r.variables?.filter?.openAt)!.variables.filter.openAt as string;
    // The clock runs on from OPEN_NOW: the instant sent is within the test's few seconds of it.
    expect(Date.parse(openAt) - Date.parse(OPEN_NOW)).toBeGreaterThanOrEqual(0);
    expect(Date.parse(openAt) - Date.parse(OPEN_NOW)).toBeLessThan(120_000);
    const open = await app.gql<{ offices: { totalCount: number } }>(
      'query($filter: OfficeFilter) { offices(filter: $filter, page: { limit: 100 }) { totalCount } }',
      { filter: { region: 'KZ-AKM', openAt } },
    );
    const expected = open.data!.offices.totalCount;
    expect(expected).toBeGreaterThan(0);
    await until(async () => {
      const rows = await rowTexts(page);
      return rows.length === expected && rows.every((text) => text.includes(akmola));
    }, 'the open-now list');
    expect(await page.getByText('Бір нәрсе дұрыс болмады').count()).toBe(0);
    await shot(page, 'offices-open-now-kk');
  }, 120_000);

  test('a directory administrator edits an office: a bad phone is refused on its input, a stale version is a conflict, a good one is saved', async () => {
    const page = await newPage(browser, contexts);
    await signIn(page, app.url, DIRECTORY_LOGIN, DIRECTORY_PASSWORD, 'en');
    await expectMenu(page, 'en');
    expect(await page.getByRole('menuitem', { name: 'Users', exact: true }).count()).toBe(0);

    await page.getByRole('menuitem', { name: 'Offices', exact: true }).click();
    await page.locator('input[name="q"]').fill('Қостанай қалалық');
    await until(async () => (await rowTexts(page)).length === 1, 'one office');
    await page.locator('.RaList-main tbody tr').first().click();
    await page.getByRole('link', { name: 'Edit', exact: true }).click();
    const id = /#\/offices\/([^/?]+)/.exec(page.url())?.[1];
    expect(id).toBeTruthy();
    const read = async () =>
      (await app.gql<{ office: { version: number; phones: { printed: string; e164: string | null }[] } }>('query($id: ID!) { office(id: $id) { version phones { printed e164 } } }', { id })).data!.office;
    const original = await read();

    // Checked in the browser, in the user's language, on the input itself.
    const phone = page.locator('input[name="phones.0"]');
    await phone.fill('12-34');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    const phoneError = page.locator('.MuiFormHelperText-root.Mui-error', { hasText: 'Not a Kazakhstan phone number' });
    await phoneError.first().waitFor({ state: 'visible' });
    await shot(page, 'office-edit-phone-error-en');
    expect((await read()).version).toBe(original.version);

    // The server's answer for the same mistake (as the API words it) lands on the same input.
    let refused = false;
    const refuseOnce = async (route: Route) => {
      const body = JSON.parse(route.request().postData() ?? '{}');
      if (refused || !String(body.query).includes('officeUpdate')) return route.fallback();
      refused = true;
      return route.fulfill({
        contentType: 'application/json',
        body: JSON.stringify({
          data: { officeUpdate: { office: null, userErrors: [{ code: 'INVALID', field: ['input', 'phones', '0'], message: '"8 (7142) 50-14-66" is not a Kazakhstan phone number.' }] } },
        }),
      });
    };
    await page.route('**/graphql', refuseOnce);
    await phone.fill('8 (7142) 50-14-66');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await phoneError.first().waitFor({ state: 'visible' });
    await page.locator('input[name="phones.0"][aria-invalid="true"]').waitFor({ state: 'visible' });

    // Someone else changes the office meanwhile: the version sent is stale, the API refuses, nothing is lost.
    const token = await app.signIn(DIRECTORY_LOGIN, DIRECTORY_PASSWORD);
    const bumped = await app.gql<{ officeUpdate: { userErrors: unknown[] } }>(
      'mutation($id: ID!, $version: Int!) { officeUpdate(id: $id, version: $version, input: {}) { userErrors { message } } }',
      { id, version: original.version },
      { token },
    );
    expect(bumped.data?.officeUpdate.userErrors).toEqual([]);
    await phone.fill('8 (7142) 50-14-66 ');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByText('Someone else changed this record meanwhile', { exact: false }).first().waitFor({ state: 'visible' });
    await shot(page, 'office-edit-conflict-en');

    // Reloaded with the current version: saved, back on the list (still filtered), the new phone shown.
    await page.reload();
    await phone.waitFor({ state: 'visible' });
    await phone.fill('8 (7142) 50-14-66');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await until(async () => (await rowTexts(page)).some((text) => text.includes('8 (7142) 50-14-66')), 'the saved phone in the list');
    await shot(page, 'office-saved-en');
    const saved = await read();
    expect(saved.version).toBe(original.version + 2);
    expect(saved.phones[0]).toEqual({ printed: '8 (7142) 50-14-66', e164: '+77142501466' });

    // The show page: hours, source, and the archive button is offered to this role.
    await page.locator('.RaList-main tbody tr', { hasText: '8 (7142) 50-14-66' }).click();
    await page.getByTestId('opening-hours').waitFor({ state: 'visible' });
    await page.getByRole('button', { name: 'Archive', exact: true }).waitFor({ state: 'visible' });
    await shot(page, 'office-show-en');
  }, 120_000);

  test('a directory administrator archives an office: it leaves the list and comes back with "Include archived"', async () => {
    const { data } = await app.gql<{ offices: { items: { id: string; name: { en: string } }[] } }>(
      '{ offices(filter: { search: "Аршалы" }) { items { id name { en } } } }',
    );
    const target = data!.offices.items[0];
    expect(data!.offices.items).toHaveLength(1);

    const page = await newPage(browser, contexts);
    await signIn(page, app.url, DIRECTORY_LOGIN, DIRECTORY_PASSWORD, 'en');
    await page.goto(`${app.url}/#/offices/${target.id}/show`);
    await page.getByRole('button', { name: 'Archive', exact: true }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText('The office leaves the public directory but stays for history.', { exact: false }).waitFor({ state: 'visible' });
    await shot(page, 'office-archive-confirm-en');
    await dialog.getByRole('button', { name: 'Confirm', exact: true }).click();
    await page.getByText('The office is archived.', { exact: true }).waitFor({ state: 'visible' });
    const archived = await app.gql<{ office: { archivedAt: string | null } }>('query($id: ID!) { office(id: $id) { archivedAt } }', { id: target.id });
    expect(archived.data!.office.archivedAt).not.toBeNull();

    await page.goto(`${app.url}/#/offices`);
    await page.locator('input[name="q"]').fill('Аршалы');
    await until(async () => (await page.getByText(/No Offices found|No results/i).count()) > 0, 'the office to leave the list');
    await page.getByRole('button', { name: 'Add filter', exact: true }).click();
    await page.getByRole('menu').getByText('Include archived', { exact: true }).click();
    await page.getByLabel('Include archived').check();
    await until(async () => (await rowTexts(page)).length === 1, 'the archived office with "Include archived"');
    expect((await rowTexts(page))[0]).toContain(target.name.en);
    await shot(page, 'offices-archived-en');
  }, 120_000);

  test('calendar: a directory administrator marks 26.12.2025 as a moved day off', async () => {
    const yearQuery = '{ workingCalendar(year: 2025) { workingDays days { date kind version name { kk } } } }';
    type Year = { workingCalendar: { workingDays: number; days: { date: string; kind: string; version: number; name: { kk: string } }[] } };
    const before = (await app.gql<Year>(yearQuery)).data!.workingCalendar;
    expect(before.days.find((d) => d.date === '2025-12-26')).toBeUndefined();

    const page = await newPage(browser, contexts);
    await signIn(page, app.url, DIRECTORY_LOGIN, DIRECTORY_PASSWORD);
    await page.getByRole('menuitem', { name: 'Жұмыс күнтізбесі', exact: true }).click();
    await page.getByRole('combobox', { name: 'Жыл' }).click();
    await page.getByRole('option', { name: '2025', exact: true }).click();
    await page.locator('[data-testid="calendar-grid"][data-year="2025"]').waitFor({ state: 'visible' });
    await page.getByTestId('working-days').filter({ hasText: String(before.workingDays) }).waitFor({ state: 'visible' });
    const day = page.locator('[data-date="2025-12-26"]');
    expect(await day.getAttribute('data-kind')).toBe('ORDINARY');

    await day.click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor({ state: 'visible' });
    await dialog.getByRole('combobox', { name: /Күннің түрі/ }).click();
    await page.getByRole('option', { name: 'Ауыстырылған демалыс күні', exact: true }).click();
    // The Kazakh name is required (checked before the server is asked).
    await dialog.getByRole('button', { name: 'Сақтау', exact: true }).click();
    await dialog.getByText('Қазақша атауы міндетті.', { exact: true }).waitFor({ state: 'visible' });
    await dialog.locator('input[name="name.kk"]').fill('Жаңа жыл алдындағы демалыс');
    await dialog.locator('input[name="name.en"]').fill('Pre-New Year day off');
    await shot(page, 'calendar-dialog-kk');
    await dialog.getByRole('button', { name: 'Сақтау', exact: true }).click();
    await dialog.waitFor({ state: 'hidden' });

    await until(async () => (await day.getAttribute('data-kind')) === 'MOVED_DAY_OFF', 'the day to turn a moved day off');
    expect(await day.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(237, 224, 247)');
    const after = (await app.gql<Year>(yearQuery)).data!.workingCalendar;
    expect(after.days.find((d) => d.date === '2025-12-26')).toMatchObject({ kind: 'MOVED_DAY_OFF', version: 1, name: { kk: 'Жаңа жыл алдындағы демалыс' } });
    expect(after.workingDays).toBe(before.workingDays - 1);
    await page.getByTestId('working-days').filter({ hasText: String(after.workingDays) }).waitFor({ state: 'visible' });
    await shot(page, 'calendar-2025-kk');

    // Changing the entry again sends the version it read.
    await day.click();
    await dialog.waitFor({ state: 'visible' });
    await dialog.locator('input[name="name.kk"]').fill('Ауыстырылған демалыс күні');
    await dialog.getByRole('button', { name: 'Сақтау', exact: true }).click();
    await dialog.waitFor({ state: 'hidden' });
    const again = (await app.gql<Year>(yearQuery)).data!.workingCalendar;
    expect(again.days.find((d) => d.date === '2025-12-26')).toMatchObject({ kind: 'MOVED_DAY_OFF', version: 2, name: { kk: 'Ауыстырылған демалыс күні' } });

    // Both changes are in the audit trail, newest first, with a diff on expand.
    await page.getByRole('menuitem', { name: 'Аудит журналы', exact: true }).click();
    const first = page.locator('.RaList-main tbody tr').first();
    await first.getByText('Күнтізбе күні белгіленді', { exact: true }).waitFor({ state: 'visible' });
    await first.getByText('2025-12-26', { exact: true }).click();
    await page.getByTestId('audit-diff').getByText('name.kk', { exact: true }).waitFor({ state: 'visible' });
    await shot(page, 'audit-kk');
  }, 120_000);

  test('an administrator sees the calendar read-only', async () => {
    const page = await newPage(browser, contexts);
    await signIn(page, app.url, ADMIN_LOGIN, ADMIN_PASSWORD, 'ru');
    await page.getByRole('menuitem', { name: 'Рабочий календарь', exact: true }).click();
    await page.getByText('Изменять календарь могут только администраторы справочников.', { exact: true }).waitFor({ state: 'visible' });
    expect(await page.locator('button[data-date]').count()).toBe(0);
    await page.locator('[data-date]').first().click();
    expect(await page.getByRole('dialog').count()).toBe(0);
  }, 60_000);

  test('the S3 page reads like the standard: terms per channel and case, documents per case, in kk, ru and en', async () => {
    const { data } = await app.gql<{
      service: { title: Record<Lang, string>; deadlines: { channel: string }[]; documents: unknown[] };
    }>('{ service(code: "S3") { title { kk ru en } deadlines { channel } documents { submittedBy { kk } } } }');
    const s3 = data!.service;
    const body = s3.deadlines.filter((d) => d.channel === 'BODY').length;
    expect(body).toBeGreaterThan(3);
    expect(s3.documents.length).toBeGreaterThan(3);

    const TABS: Record<Lang, { terms: string; documents: string; indicators: string; repealed: RegExp }> = {
      kk: { terms: 'Мерзімдер', documents: 'Құжаттар', indicators: 'Көрсеткіштер', repealed: /№ 219 бойынша 2014 жылғы 11 наурыз/ },
      ru: { terms: 'Сроки', documents: 'Документы', indicators: 'Показатели', repealed: /^Утратил силу с 11 марта 2014.*№ 219/ },
      en: { terms: 'Terms', documents: 'Documents', indicators: 'Indicators', repealed: /^Repealed on 11 March 2014 by .*No 219/ },
    };

    const page = await newPage(browser, contexts);
    await signIn(page, app.url, ADMIN_LOGIN, ADMIN_PASSWORD);
    await page.getByRole('cell', { name: s3.title.kk, exact: true }).click();

    let current: Lang = 'kk';
    for (const lang of ['kk', 'ru', 'en'] as Lang[]) {
      if (lang !== current) {
        await switchLanguage(page, current, lang);
        current = lang;
      }
      await expectMenu(page, lang);
      await page.getByRole('heading', { name: s3.title[lang], exact: true }).waitFor({ state: 'visible' });
      await page.getByTestId('act-repealed').filter({ hasText: TABS[lang].repealed }).waitFor({ state: 'visible' });

      await page.getByRole('tab', { name: TABS[lang].terms, exact: true }).click();
      await page.getByRole('heading', { name: TABS[lang].terms, exact: true }).waitFor({ state: 'visible' });
      await page.getByTestId('deadlines-BODY').waitFor({ state: 'visible' });
      expect(await page.getByTestId('deadlines-BODY').locator('tbody tr').count()).toBe(body);
      await page.getByTestId('deadlines-CENTRE').waitFor({ state: 'visible' });
      expect(await page.getByTestId('deadlines-BODY').getByTestId('cite').first().textContent()).toMatch(/^S3 §7/);
      await shot(page, `service-s3-terms-${lang}`);

      await page.getByRole('tab', { name: TABS[lang].documents, exact: true }).click();
      await page.getByRole('heading', { name: TABS[lang].documents, exact: true }).waitFor({ state: 'visible' });
      await page.getByTestId('document-group').first().waitFor({ state: 'visible' });
      expect(await page.getByTestId('document-group').count()).toBe(s3.documents.length);
      await shot(page, `service-s3-documents-${lang}`);
    }

    // The indicators of Appendix 3, with their normative values.
    await page.getByRole('tab', { name: 'Indicators', exact: true }).click();
    await page.getByTestId('indicators').getByText('95%', { exact: true }).first().waitFor({ state: 'visible' });
    expect(await page.getByTestId('indicators').locator('tbody tr').count()).toBe(6);
    await shot(page, 'service-s3-indicators-en');
  }, 150_000);
});
