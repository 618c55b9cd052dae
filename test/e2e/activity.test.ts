// The activity log in a real browser against the real product: an operator submits an application through the API, a
// supervisor opens it in the console, then follows "Who viewed this" to the log filtered by its id and finds both the
// submission and their own read, opens the submission's redacted arguments, narrows by kind and dates; the complaint page
// has the same link; the page in kk, ru and en (an administrator sees the records without links to them); an operator
// has no menu entry and is refused the page.
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { ADMIN_LOGIN, ADMIN_PASSWORD, startTestApp, type TestApp } from '../support/harness';
import { applicant, mustBring, requirements, SUBMIT } from '../support/applications';
import { launch, newPage as openPage, shot as screenshot, signIn, type Lang } from './browser';

let app: TestApp;
let browser: Browser;
const contexts: BrowserContext[] = [];

const PASSWORD = 'activity-password-1';
const OPERATOR = 'op.activity';
const SUPERVISOR = 'sup.activity';

/** A working Monday in Almaty: the server's business clock for the submission (the log keeps the real time). */
const ACCEPTED_AT = '2025-10-06T10:00:00+05:00';
const ANSWERS = [
  { key: 'militaryRegistration', value: 'Қостанай облысының ҚІД' },
  { key: 'certificateType', value: 'CHERNOBYL_LIQUIDATOR' },
  { key: 'conscriptedBy', value: 'Рудный қалалық әскери комиссариаты' },
  { key: 'rankAndPosition', value: 'қатардағы' },
  { key: 'unit', value: '731-батальон' },
  { key: 'servicePeriod', value: '1986-05–1986-11' },
];

/** What each language calls the page and the values the test looks for. */
const UI: Record<Lang, { title: string; submit: string; read: string; mutation: string; readKind: string; ok: string; session: string; whoViewed: string }> = {
  kk: {
    title: 'Әрекеттер журналы',
    submit: 'Өтініш қабылданды',
    read: 'Өтініш ашылды',
    mutation: 'Өзгерту',
    readKind: 'Дербес деректерді оқу',
    ok: 'Орындалды',
    session: 'сеанс',
    whoViewed: 'Кім қарады',
  },
  ru: {
    title: 'Журнал действий',
    submit: 'Заявление принято',
    read: 'Открыто заявление',
    mutation: 'Изменение',
    readKind: 'Чтение персональных данных',
    ok: 'Выполнено',
    session: 'сеанс',
    whoViewed: 'Кто просматривал',
  },
  en: {
    title: 'Activity log',
    submit: 'Application accepted',
    read: 'Application opened',
    mutation: 'Change',
    readKind: 'Personal data read',
    ok: 'Done',
    session: 'session',
    whoViewed: 'Who viewed this',
  },
};

let submitted: { id: string; number: string };
let complaintId: string;
let surname: string;

beforeAll(async () => {
  app = await startTestApp();
  browser = await launch();
  const admin = await app.signIn();
  const office = (await app.gql<any>('{ offices(filter: { search: "Қостанай қалалық" }) { items { id } } }')).data.offices.items[0];
  const create = async (input: Record<string, unknown>) => {
    const res = await app.gql<any>('mutation($input: UserCreateInput!) { userCreate(input: $input) { user { id } userErrors { message } } }', { input }, { token: admin });
    expect(res.data?.userCreate.userErrors).toEqual([]);
  };
  await create({ login: OPERATOR, fullName: 'Operator (activity test)', role: 'OPERATOR', password: PASSWORD, officeId: office.id });
  await create({ login: SUPERVISOR, fullName: 'Supervisor (activity test)', role: 'SUPERVISOR', password: PASSWORD });
  const operator = await app.signIn(OPERATOR, PASSWORD);

  app.clock.set(ACCEPTED_AT);
  const S1 = (await requirements(app, 'S1')).get('')!;
  const person = applicant('1962-07-01');
  surname = person.lastName;
  const res = await app.gql<any>(
    SUBMIT,
    { input: { serviceCode: 'S1', channel: 'CENTRE', officeId: office.id, applicant: person, answers: ANSWERS, documents: mustBring(S1).map((d) => d.id) } },
    { token: operator },
  );
  expect(res.data?.applicationSubmit.userErrors).toEqual([]);
  submitted = res.data.applicationSubmit.application;

  const complaint = await app.gql<any>(
    'mutation($input: ComplaintRegisterInput!) { complaintRegister(input: $input) { complaint { id } userErrors { message } } }',
    {
      input: {
        form: 'WRITTEN',
        addressee: 'CENTRE_HEAD',
        complainantName: 'Серікбаев Нұрлан Асқарұлы',
        postalAddress: 'Қостанай қ., Байтұрсынов к-сі, 67, 12 п.',
        reasons: 'Анықтама уақытында берілмеді',
        demands: 'Кешіктіру себебін түсіндіруді сұраймын',
        applicationId: submitted.id,
      },
    },
    { token: operator },
  );
  expect(complaint.data?.complaintRegister.userErrors).toEqual([]);
  complaintId = complaint.data.complaintRegister.complaint.id;
}, 120_000);

afterAll(async () => {
  for (const context of contexts) await context.close().catch(() => undefined);
  await browser?.close().catch(() => undefined);
  await app?.stop();
}, 60_000);

/** A full-page screenshot from the top of the page. */
async function shot(page: Page, name: string) {
  await page.evaluate(() => window.scrollTo(0, 0));
  await screenshot(page, `activity-${name}`);
}

async function openAs(login: string, password: string, lang: Lang) {
  const page = await openPage(browser, contexts);
  await signIn(page, app.url, login, password, lang);
  return page;
}

const rows = (page: Page) => page.locator('.RaList-main tbody tr').filter({ has: page.getByTestId('activity-operation') });
const row = (page: Page, operation: string) => rows(page).filter({ has: page.getByTestId('activity-operation').getByText(operation, { exact: true }) });

/** The list filtered to the submitted application by its URL, as "Who viewed this" opens it. */
const openLogOf = (page: Page, id: string) => page.goto(`${app.url}/#/activity?filter=${encodeURIComponent(JSON.stringify({ entityId: id }))}`);

/** The submission's row and the supervisor's read of the application, in `lang`. */
async function expectBothEntries(page: Page, lang: Lang) {
  const t = UI[lang];
  const submission = row(page, 'applicationSubmit');
  await submission.waitFor({ state: 'visible' });
  await expectCells(submission, [t.submit, OPERATOR, t.mutation, t.ok, t.session]);
  const read = row(page, 'application').first();
  await read.waitFor({ state: 'visible' });
  await expectCells(read, [t.read, SUPERVISOR, t.readKind, t.ok]);
  // Nothing else names the application: the submission, and the supervisor's reads of it.
  const operations = await rows(page).getByTestId('activity-operation').locator('div:last-child').allInnerTexts();
  expect(new Set(operations)).toEqual(new Set(['applicationSubmit', 'application']));
  return { submission, read };
}

async function expectCells(locator: Locator, texts: string[]) {
  for (const text of texts) await locator.getByText(text, { exact: true }).first().waitFor({ state: 'visible' });
}

/** Today in Almaty, and the day before, as the date inputs take them. */
function almatyDays() {
  const day = (d: Date) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Almaty', year: 'numeric', month: '2-digit', day: '2-digit' }).format(d);
  return { today: day(new Date()), yesterday: day(new Date(Date.now() - 86_400_000)) };
}

describe('activity log', () => {
  test("a supervisor views an application, then finds its submission and their own read from the application's page", async () => {
    const page = await openAs(SUPERVISOR, PASSWORD, 'kk');
    // The log is in the menu under "control".
    await page.getByRole('menuitem', { name: UI.kk.title, exact: true }).waitFor({ state: 'visible' });

    await page.goto(`${app.url}/#/applications/${submitted.id}/show`);
    await page.getByTestId('application-number').getByText(submitted.number, { exact: true }).waitFor({ state: 'visible' });
    await page.getByTestId('who-viewed').getByText(UI.kk.whoViewed, { exact: true }).waitFor({ state: 'visible' });
    await shot(page, 'application-show-kk');
    await page.getByTestId('who-viewed').click();

    // The log, filtered by the application's id.
    await page.waitForURL(/#\/activity\?/);
    await page.getByText(UI.kk.title, { exact: true }).first().waitFor({ state: 'visible' });
    expect(await page.locator('input[name="entityId"]').inputValue()).toBe(submitted.id);
    const { submission, read } = await expectBothEntries(page, 'kk');
    // Who and how: the operator's role; the supervisor's.
    await submission.getByText('Оператор', { exact: true }).waitFor({ state: 'visible' });
    await read.getByText('Бақылаушы', { exact: true }).waitFor({ state: 'visible' });
    // Both name the application, linked to its page (a supervisor may open it), with the address it came from.
    for (const r of [submission, read]) {
      const link = r.getByTestId('activity-record-link');
      expect(await link.textContent()).toBe(submitted.id.slice(0, 8));
      expect(await link.getAttribute('href')).toContain(`/applications/${submitted.id}/show`);
      expect(await r.locator('td').last().textContent()).toMatch(/^(127\.0\.0\.1|::1|::ffff:127\.0\.0\.1)$/);
    }

    // The submission opens into its arguments as recorded: the applicant and the answers redacted by the server.
    await submission.getByTestId('activity-operation').click();
    const variables = page.getByTestId('activity-variables');
    await variables.waitFor({ state: 'visible' });
    const json = JSON.parse((await variables.textContent())!);
    expect(json.input).toMatchObject({ serviceCode: 'S1', channel: 'CENTRE', applicant: '[redacted]', answers: '[redacted]' });
    expect(await variables.textContent()).not.toContain(surname);
    expect(await variables.textContent()).toContain('\n    "serviceCode": "S1"');
    await page.getByTestId('activity-details').getByText(submitted.id, { exact: true }).waitFor({ state: 'visible' });
    await shot(page, 'application-kk');

    // By kind: the reads only.
    await page.getByRole('combobox', { name: 'Түрі' }).click();
    await page.getByRole('option', { name: UI.kk.readKind, exact: true }).click();
    await row(page, 'applicationSubmit').waitFor({ state: 'detached' });
    await row(page, 'application').first().waitFor({ state: 'visible' });
    expect(new URL(page.url().replace('#/', '')).searchParams.get('filter')).toContain('PERSONAL_DATA_READ');

    // By dates (Kazakhstan's days): a range ending yesterday has nothing; today has the read again.
    const { today, yesterday } = almatyDays();
    await page.locator('input[name="from"]').fill(yesterday);
    await page.locator('input[name="to"]').fill(yesterday);
    await page.getByText(/Ағымдағы сүзгілер бойынша .+ табылмады/).first().waitFor({ state: 'visible' });
    expect(await rows(page).count()).toBe(0);
    await page.locator('input[name="from"]').fill(today);
    await page.locator('input[name="to"]').fill(today);
    await row(page, 'application').first().waitFor({ state: 'visible' });

    // The read link opens the application again.
    await openLogOf(page, submitted.id);
    await row(page, 'applicationSubmit').getByTestId('activity-record-link').click();
    await page.getByTestId('application-number').getByText(submitted.number, { exact: true }).waitFor({ state: 'visible' });
  }, 120_000);

  test('the complaint page has the same link, to the log of the complaint', async () => {
    const page = await openAs(SUPERVISOR, PASSWORD, 'kk');
    await page.goto(`${app.url}/#/complaints/${complaintId}/show`);
    await page.getByTestId('talon').waitFor({ state: 'visible' });
    await page.getByTestId('who-viewed').click();
    await page.waitForURL(/#\/activity\?/);
    expect(await page.locator('input[name="entityId"]').inputValue()).toBe(complaintId);
    await expectCells(row(page, 'complaintRegister'), ['Шағым тіркелді', OPERATOR, 'Өзгерту']);
    await expectCells(row(page, 'complaint').first(), ['Шағым ашылды', SUPERVISOR, UI.kk.readKind]);
    expect(await row(page, 'complaint').first().getByTestId('activity-record-link').getAttribute('href')).toContain(`/complaints/${complaintId}/show`);
  }, 60_000);

  test('the page in Russian (an administrator: records without links) and in English', async () => {
    const admin = await openAs(ADMIN_LOGIN, ADMIN_PASSWORD, 'ru');
    await admin.getByRole('menuitem', { name: UI.ru.title, exact: true }).click();
    await admin.getByText(UI.ru.title, { exact: true }).first().waitFor({ state: 'visible' });
    // The administrator's own sign-in is the newest change.
    await rows(admin).first().waitFor({ state: 'visible' });
    await openLogOf(admin, submitted.id);
    const { submission } = await expectBothEntries(admin, 'ru');
    // An administrator may not open applications: the id is shown, not linked.
    expect(await submission.getByTestId('activity-record-link').count()).toBe(0);
    await submission.getByText(submitted.id.slice(0, 8), { exact: true }).waitFor({ state: 'visible' });
    await submission.getByTestId('activity-operation').click();
    await admin.getByTestId('activity-variables').waitFor({ state: 'visible' });
    await admin.getByText('Аргументы', { exact: true }).waitFor({ state: 'visible' });
    await shot(admin, 'application-ru');

    const supervisor = await openAs(SUPERVISOR, PASSWORD, 'en');
    await openLogOf(supervisor, submitted.id);
    await supervisor.getByText(UI.en.title, { exact: true }).first().waitFor({ state: 'visible' });
    await expectBothEntries(supervisor, 'en');
    for (const label of ['When', 'Account', 'Operation', 'Kind', 'Records', 'Outcome', 'IP address']) {
      await supervisor.locator('.RaList-main thead').getByText(label, { exact: true }).waitFor({ state: 'visible' });
    }
    await row(supervisor, 'application').first().getByTestId('activity-operation').click();
    await supervisor.getByText('A read records which records were viewed, not what was asked.', { exact: true }).waitFor({ state: 'visible' });
    await shot(supervisor, 'application-en');
  }, 120_000);

  test('an operator has no menu entry and is refused the page', async () => {
    const page = await openAs(OPERATOR, PASSWORD, 'kk');
    await page.getByRole('menuitem', { name: 'Өтініштер', exact: true }).waitFor({ state: 'visible' });
    expect(await page.getByRole('menuitem', { name: UI.kk.title, exact: true }).count()).toBe(0);
    expect(await page.getByText('Бақылау', { exact: true }).count()).toBe(0);
    // Nor the link on the application's page.
    await page.goto(`${app.url}/#/applications/${submitted.id}/show`);
    await page.getByTestId('application-number').waitFor({ state: 'visible' });
    expect(await page.getByTestId('who-viewed').count()).toBe(0);
    await page.goto(`${app.url}/#/activity`);
    await page.getByText('Қолжетімділік жоқ', { exact: true }).first().waitFor({ state: 'visible' });
    expect(await rows(page).count()).toBe(0);
    await shot(page, 'operator-refused-kk');
    const token = await app.signIn(OPERATOR, PASSWORD);
    expect((await app.gql('{ activityLog { totalCount } }', {}, { token })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  }, 60_000);
});
