// Applications, complaints and surveys in a real browser against the real product: an operator at a centre office
// registers an S1 application and takes it through hand-over, start, extension, ready and issue, prints its receipt;
// an S3 application without its documents is refused at acceptance; a supervisor sees the list with IINs masked.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { ADMIN_LOGIN, ADMIN_PASSWORD, startTestApp, type TestApp } from '../support/harness';
import { launch, shot as screenshot, signIn, STEP_MS, switchLanguage, type Lang } from './browser';

let app: TestApp;
let browser: Browser;
const contexts: BrowserContext[] = [];

const PASSWORD = 'operator-password-1';
const OPERATOR = 'op.kostanay';
const OPERATOR_NAME = 'Айгүл Серікқызы Нұрланова';
const SUPERVISOR = 'sup.country';

/** A working Tuesday in Almaty (UTC+5): the server's business clock at acceptance. */
const ACCEPTED_AT = '2026-02-03T10:00:00+05:00';
const TODAY = '2026-02-03';
/** The browser's clock: later the same day, so that what it calls "now" lies between acceptance and the server's now. */
const BROWSER_NOW = '2026-02-03T12:00:00+05:00';
/** The server's clock once the steps are taken. */
const LATER = '2026-02-03T16:00:00+05:00';

/** A valid IIN for 12.04.1990 (a man), the same algorithm as the API's makeIin. */
function makeIin(birthDate: string, male: boolean, serial: number): string {
  const [y, m, d] = birthDate.split('-');
  const century = (Number(y) < 2000 ? 3 : 5) + (male ? 0 : 1);
  const check = (digits: string) => {
    const n = [...digits].map(Number);
    const sum = (w: number[]) => n.reduce((s, x, i) => s + x * w[i], 0) % 11;
    let c = sum([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    if (c === 10) c = sum([3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2]);
    return c === 10 ? null : c;
  };
  for (let s = serial; ; s++) {
    const first11 = `${y.slice(2)}${m}${d}${century}${String(s % 10000).padStart(4, '0')}`;
    const c = check(first11);
    if (c !== null) return first11 + c;
  }
}

const IIN = makeIin('1990-04-12', true, 1001);
const IIN_S3 = makeIin('1985-11-03', true, 2002);
const MASKED = `${IIN.slice(0, 6)}*****${IIN.slice(11)}`;

/** A full-page screenshot from the top of the page (the app bar hides on scroll, and stays where it was scrolled in the shot). */
async function shot(page: Page, name: string) {
  await page.evaluate(() => window.scrollTo(0, 0));
  await screenshot(page, `applications-${name}`);
}

/** DD.MM.YYYY, as the console writes dates in tables and on receipts. */
const dmy = (day: string) => day.split('-').reverse().join('.');

async function addWorkingDays(days: number, from: string): Promise<string> {
  const res = await app.gql<{ addWorkingDays: string }>('query($d: Int!, $f: Date!) { addWorkingDays(days: $d, from: $f) }', { d: days, f: from });
  return res.data!.addWorkingDays;
}

let operatorToken: string;
let officeName: string;

beforeAll(async () => {
  app = await startTestApp();
  browser = await launch();
  const admin = await app.signIn();
  const office = (await app.gql<any>('{ offices(filter: { search: "Қостанай қалалық" }) { items { id name { kk } } } }')).data.offices.items[0];
  officeName = office.name.kk;
  const create = async (input: Record<string, unknown>) => {
    const res = await app.gql<any>('mutation($input: UserCreateInput!) { userCreate(input: $input) { user { id } userErrors { message } } }', { input }, { token: admin });
    expect(res.data?.userCreate.userErrors).toEqual([]);
  };
  await create({ login: OPERATOR, fullName: OPERATOR_NAME, role: 'OPERATOR', password: PASSWORD, officeId: office.id });
  await create({ login: SUPERVISOR, fullName: 'Supervisor (UI test)', role: 'SUPERVISOR', password: PASSWORD });
  app.clock.set(ACCEPTED_AT);
  operatorToken = await app.signIn(OPERATOR, PASSWORD);
}, 120_000);

afterAll(async () => {
  for (const context of contexts) await context.close().catch(() => undefined);
  await browser?.close().catch(() => undefined);
  await app?.stop();
}, 60_000);

/** A browser in Kazakhstan's time zone (as an operator's is), its clock set to the afternoon of the test's day. */
async function newPage() {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'en-US', timezoneId: 'Asia/Almaty' });
  contexts.push(context);
  const page = await context.newPage();
  page.setDefaultTimeout(STEP_MS);
  page.setDefaultNavigationTimeout(30_000);
  return page;
}

async function openAs(login: string, lang: Lang = 'kk', browserNow = BROWSER_NOW) {
  const page = await newPage();
  await page.clock.install({ time: new Date(browserNow) });
  await signIn(page, app.url, login, PASSWORD, lang);
  return page;
}

/** Fills the applicant's inputs (the birth date follows from the IIN). */
async function fillApplicant(page: Page, iin: string, lastName: string) {
  await page.locator('input[name="applicant.iin"]').fill(iin);
  await page.locator('input[name="applicant.phone"]').fill('+7 701 123 45 67');
  await page.locator('input[name="applicant.lastName"]').fill(lastName);
  await page.locator('input[name="applicant.firstName"]').fill('Асхат');
  await page.locator('input[name="applicant.patronymic"]').fill('Серікұлы');
  await page.locator('input[name="applicant.address"]').fill('Қостанай қ., Әл-Фараби д-лы, 1');
}

async function chooseService(page: Page, code: string) {
  await page.getByTestId('service-select').getByRole('combobox').click();
  await page.getByRole('option', { name: new RegExp(`^${code} `) }).click();
}

/** Takes a step through its dialog: `fill` completes the dialog's inputs; the status chip then shows `status`. */
async function step(page: Page, action: string, status: string, fill?: (dialog: ReturnType<Page['getByTestId']>) => Promise<void>) {
  await page.getByTestId(`step-${action}`).click();
  const dialog = page.getByTestId(`dialog-${action}`);
  await dialog.getByRole('dialog').waitFor({ state: 'visible' });
  if (fill) await fill(dialog);
  await dialog.locator('button[type="submit"]').click();
  await dialog.getByRole('dialog').waitFor({ state: 'hidden' });
  await page.getByTestId('application-status').getByText(status, { exact: true }).waitFor({ state: 'visible' });
}

async function applicationByNumber(number: string) {
  const res = await app.gql<any>(
    `query($n: String) { application(number: $n) { id status dueOn dueProvisional originalDueOn handedOverOn readyOn completedOn timeliness
      extension { newDueOn limitOn reason notifiedBy } documents { name { kk } }
      receipt { number acceptedAt issueOn issueOnProvisional documentCount employeeName applicantName applicantPhone issuePlace { name { kk } } } } }`,
    { n: number },
    { token: operatorToken },
  );
  return res.data.application;
}

describe('applications console', () => {
  let s1Number = '';

  test('an operator registers an S1 application at the centre and takes it through every step to the printed receipt', async () => {
    const page = await openAs(OPERATOR);
    await page.getByRole('menuitem', { name: 'Өтініштер', exact: true }).click();
    await page.getByText('Әзірге өтініш жоқ.', { exact: true }).waitFor({ state: 'visible' });
    await page.getByRole('link', { name: 'Құру', exact: true }).first().click();

    // The channel follows the operator's place: a centre office.
    await page.getByRole('radio', { name: 'Халыққа қызмет көрсету орталығы' }).waitFor({ state: 'visible' });
    expect(await page.getByRole('radio', { name: 'Халыққа қызмет көрсету орталығы' }).isChecked()).toBe(true);
    expect(await page.getByRole('radio', { name: 'Уәкілетті орган' }).isDisabled()).toBe(true);
    await chooseService(page, 'S1');

    // A mistyped IIN is refused in the browser, in Kazakh; the right one gives the birth date.
    await page.locator('input[name="applicant.iin"]').fill(IIN.slice(0, 11) + ((Number(IIN[11]) + 1) % 10));
    await page.locator('input[name="applicant.iin"]').blur();
    await page.getByText('ЖСН-нің бақылау цифры қате: оны жеке куәлікпен салыстырыңыз.', { exact: true }).waitFor({ state: 'visible' });
    await fillApplicant(page, IIN, 'Тестов');
    expect(await page.locator('input[name="applicant.birthDate"]').inputValue()).toBe('1990-04-12');

    // The term the standard sets for the centre, with its citation, before submitting.
    await page.getByTestId('term-preview').getByText('S1 §7 item 1)').waitFor({ state: 'visible' });

    // The Appendix 4 form: the required answers (the name, year of birth, address and date are filled by the server).
    await page.locator('input[name="answers.militaryRegistration"]').fill('Қостанай қалалық қорғаныс істері басқармасы');
    await page.getByTestId('answer-certificateType').getByRole('combobox').click();
    await page.getByRole('option').first().click();
    await page.locator('textarea[name="answers.conscriptedBy"]').fill('Қостанай қалалық әскери комиссариаты, 1988');
    await page.locator('input[name="answers.rankAndPosition"]').fill('қатардағы жауынгер, атқыш');
    await page.locator('textarea[name="answers.unit"]').fill('Құрлық әскерлері, 12345 әскери бөлімі, Алматы');
    await page.locator('input[name="answers.servicePeriod"]').fill('1988-05–1990-05');
    // S1's identity card comes from a state system: nothing else to bring.
    await page.getByTestId('document-checklist').getByText('Мемлекеттік жүйеден', { exact: true }).waitFor({ state: 'visible' });
    expect(await page.getByTestId('missing-warning').count()).toBe(0);
    await shot(page, 'create-s1-kk');
    await page.getByRole('button', { name: 'Тіркеу', exact: true }).click();

    // Accepted, with its provisional due date: the next working day is assumed for the hand-over.
    await page.getByTestId('application-number').waitFor({ state: 'visible' });
    s1Number = (await page.getByTestId('application-number').textContent())!.trim();
    expect(s1Number).toMatch(/^S1-2026-\d{6}$/);
    await page.getByTestId('application-status').getByText('Қабылданды', { exact: true }).waitFor({ state: 'visible' });
    const provisionalDue = await addWorkingDays(2, await addWorkingDays(1, TODAY));
    let stored = await applicationByNumber(s1Number);
    expect(stored.dueOn).toBe(provisionalDue);
    expect(stored.dueProvisional).toBe(true);
    await page.getByTestId('provisional').waitFor({ state: 'visible' });
    expect(await page.getByTestId('remaining').textContent()).toMatch(/жұмыс күні қалды/);
    await page.getByTestId('history').getByText('Қабылданды, қолхат берілді', { exact: true }).waitFor({ state: 'visible' });
    await shot(page, 'show-accepted-kk');

    // Hand-over today: the due date is fixed from it.
    await step(page, 'HAND_OVER', 'Қабылданды', async (dialog) => {
      expect(await dialog.locator('input[name="handedOverOn"]').inputValue()).toBe(TODAY);
    });
    const fixedDue = await addWorkingDays(2, TODAY);
    await page.getByTestId('provisional').waitFor({ state: 'detached' });
    stored = await applicationByNumber(s1Number);
    expect(stored.handedOverOn).toBe(TODAY);
    expect(stored.dueOn).toBe(fixedDue);

    await step(page, 'START', 'Орындалуда');

    // S1 has two extension rules (30 and 90 working days): the 30-day one, up to its limit; the applicant was phoned.
    app.clock.set(LATER);
    const limit30 = await addWorkingDays(31, TODAY);
    await page.getByTestId('step-EXTEND').click();
    const extend = page.getByTestId('dialog-EXTEND');
    await extend.getByRole('dialog').waitFor({ state: 'visible' });
    await extend.getByRole('radio', { name: /^30 жұмыс күні/ }).check();
    await extend.getByTestId('extension-limit').getByText(dmy(limit30), { exact: false }).waitFor({ state: 'visible' });
    // A date past the rule's limit is refused by the server, on its input, in Kazakh.
    await extend.locator('input[name="newDueOn"]').fill(await addWorkingDays(5, limit30));
    await extend.locator('textarea[name="reason"]').fill('Орталық мұрағаттан деректерді растау қажет');
    await shot(page, 'extend-dialog-kk');
    await extend.locator('button[type="submit"]').click();
    await extend.getByText('Стандарт мұндай кеш мерзімге рұқсат етпейді.', { exact: true }).waitFor({ state: 'visible' });
    await shot(page, 'extend-error-kk');
    await extend.locator('input[name="newDueOn"]').fill('');
    await extend.locator('button[type="submit"]').click();
    await extend.getByRole('dialog').waitFor({ state: 'hidden' });
    await page.getByTestId('extension').waitFor({ state: 'visible' });
    stored = await applicationByNumber(s1Number);
    expect(stored.dueOn).toBe(limit30);
    expect(stored.originalDueOn).toBe(fixedDue);
    expect(stored.extension).toMatchObject({ newDueOn: limit30, limitOn: limit30, notifiedBy: 'PHONE', reason: 'Орталық мұрағаттан деректерді растау қажет' });
    await page.getByTestId('extension').getByText(`${dmy(fixedDue)} → ${dmy(limit30)}`, { exact: false }).waitFor({ state: 'visible' });
    // Extended once: the step is no longer offered.
    expect(await page.getByTestId('step-EXTEND').count()).toBe(0);

    await step(page, 'READY', 'Дайын');
    await step(page, 'ISSUE', 'Берілді');
    await page.getByTestId('application-timeliness').getByText('Мерзімінде', { exact: true }).waitFor({ state: 'visible' });
    stored = await applicationByNumber(s1Number);
    expect(stored).toMatchObject({ status: 'ISSUED', readyOn: TODAY, completedOn: TODAY, timeliness: 'ON_TIME' });
    for (const label of ['Уәкілетті органға тапсырылды', 'Орындау басталды', 'Мерзім ұзартылды', 'Нәтиже дайын', 'Нәтиже берілді']) {
      await page.getByTestId('history').getByText(label, { exact: true }).waitFor({ state: 'visible' });
    }
    expect(await page.getByTestId('timeline-event').count()).toBe(6);
    await shot(page, 'show-issued-kk');

    // The printed receipt: the six items of para 14, as stored at acceptance.
    await page.getByTestId('open-receipt').first().click();
    const receipt = page.getByTestId('receipt');
    await receipt.waitFor({ state: 'visible' });
    await receipt.getByText('Құжаттарды қабылдау туралы қолхат', { exact: true }).waitFor({ state: 'visible' });
    const r = stored.receipt;
    expect(await receipt.getByTestId('receipt-number').textContent()).toBe(s1Number);
    expect(await receipt.getByTestId('receipt-item-1').textContent()).toContain('03.02.2026 10:00');
    expect(await receipt.getByTestId('receipt-item-2').textContent()).toContain('S1');
    expect(await receipt.getByTestId('receipt-document-count').textContent()).toBe(`${r.documentCount} құжат`);
    expect(await receipt.getByTestId('receipt-documents').textContent()).toContain(stored.documents[0].name.kk);
    expect(await receipt.getByTestId('receipt-issue-on').textContent()).toContain(dmy(r.issueOn));
    expect(r.issueOn).toBe(provisionalDue);
    expect(await receipt.getByTestId('receipt-item-4').textContent()).toContain(r.issuePlace.name.kk);
    expect(await receipt.getByTestId('receipt-employee').textContent()).toBe(OPERATOR_NAME);
    expect(await receipt.getByTestId('receipt-applicant').textContent()).toBe('Тестов Асхат Серікұлы');
    expect(await receipt.getByTestId('receipt-item-6').textContent()).toContain(r.applicantPhone);
    for (let n = 1; n <= 6; n++) await receipt.getByTestId(`receipt-item-${n}`).waitFor({ state: 'visible' });
    await shot(page, 'receipt-kk');
    // "Print" calls the browser's print dialog.
    await page.evaluate(() => {
      (window as unknown as { printed: number }).printed = 0;
      window.print = () => {
        (window as unknown as { printed: number }).printed++;
      };
    });
    await page.getByTestId('print-receipt').click();
    expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('header.MuiAppBar-root').isVisible()).toBe(false);
    await shot(page, 'receipt-print-kk');
    await page.emulateMedia({ media: 'screen' });

    // The same receipt in Russian and English.
    await switchLanguage(page, 'kk', 'ru');
    await receipt.getByText('Расписка о приёме документов', { exact: true }).waitFor({ state: 'visible' });
    await shot(page, 'receipt-ru');
    await switchLanguage(page, 'ru', 'en');
    await receipt.getByText('Receipt of acceptance of documents', { exact: true }).waitFor({ state: 'visible' });
    await shot(page, 'receipt-en');
    await page.getByRole('link', { name: 'Back to the application' }).click();
    await page.getByTestId('application-status').getByText('Issued', { exact: true }).waitFor({ state: 'visible' });
    await shot(page, 'show-issued-en');
    await switchLanguage(page, 'en', 'ru');
    await page.getByTestId('application-status').getByText('Выдано', { exact: true }).waitFor({ state: 'visible' });
    await shot(page, 'show-issued-ru');
  }, 240_000);

  test('an S3 application "military ID stolen" without its documents is refused at acceptance, listing what is missing', async () => {
    app.clock.set(LATER);
    const page = await openAs(OPERATOR, 'en');
    await page.goto(`${app.url}/#/applications/create`);
    await chooseService(page, 'S3');
    await page.getByTestId('case-select').getByRole('combobox').click();
    await page.getByRole('option', { name: /^11\.4 2\) / }).click();
    // The case decides the term case (lost or damaged): no second question.
    await page.getByText('when lost (damaged)', { exact: true }).waitFor({ state: 'visible' });
    expect(await page.getByTestId('term-case-select').count()).toBe(0);
    await fillApplicant(page, IIN_S3, 'Ұрланов');
    await page.locator('input[name="answers.birthPlace"]').fill('Қостанай облысы, Рудный қ.');
    await page.locator('input[name="answers.nationality"]').fill('қазақ');
    await page.locator('input[name="answers.maritalStatus"]').fill('үйленген');
    await page.locator('textarea[name="answers.reason"]').fill('Әскери билет ұрланды');
    const { data } = await app.gql<any>('{ service(code: "S3") { documents { case { key } items { id kind fromStateSystem condition { en } name { en } } } } }');
    const items: any[] = data.service.documents.find((g: any) => g.case?.key === 'lost-stolen').items;
    const required = items.filter((d) => d.kind !== 'FORM' && !d.fromStateSystem && !d.condition);
    expect(required.length).toBeGreaterThan(0);
    await page.getByTestId('missing-warning').waitFor({ state: 'visible' });
    await shot(page, 'create-s3-missing-en');
    await page.getByRole('button', { name: 'Register', exact: true }).click();

    await page.getByTestId('refused-banner').waitFor({ state: 'visible' });
    await page.getByTestId('application-status').getByText('Refused at acceptance', { exact: true }).waitFor({ state: 'visible' });
    const missing = page.getByTestId('refused-banner').getByTestId('missing-documents');
    expect(await missing.locator('li').count()).toBe(required.length);
    for (const d of required) expect(await missing.textContent()).toContain(d.name.en);
    await page.getByTestId('application-timeliness').getByText('Not counted', { exact: true }).waitFor({ state: 'visible' });
    // No step is possible after a refusal at acceptance.
    expect(await page.locator('[data-testid^="step-"]').count()).toBe(0);
    await shot(page, 'show-refused-en');

    // The refusal receipt (para 16) lists the same documents.
    await page.getByTestId('refused-banner').getByTestId('open-receipt').click();
    const receipt = page.getByTestId('receipt');
    await receipt.getByText('Receipt of refusal to accept documents', { exact: true }).waitFor({ state: 'visible' });
    expect(await receipt.getByTestId('receipt-missing').locator('li').count()).toBe(required.length);
    for (const d of required) expect(await receipt.getByTestId('receipt-missing').textContent()).toContain(d.name.en);
    await shot(page, 'receipt-refusal-en');
    await switchLanguage(page, 'en', 'kk');
    await receipt.getByText('Құжаттарды қабылдаудан бас тарту туралы қолхат', { exact: true }).waitFor({ state: 'visible' });
    await shot(page, 'receipt-refusal-kk');
  }, 120_000);

  test('the operator records the applicant\'s survey and registers a complaint, then resolves it', async () => {
    // The complaint is registered at the server's 16:00 and answered at 18:00; the browser's clock is in between.
    app.clock.set(LATER);
    const page = await openAs(OPERATOR, 'ru', '2026-02-03T17:00:00+05:00');
    await page.getByRole('menuitem', { name: 'Заявления', exact: true }).click();
    await page.getByRole('cell', { name: s1Number, exact: true }).click();
    await page.getByTestId('application-number').waitFor({ state: 'visible' });

    // The survey: four indicators, 4.1 only when the applicant complained.
    await page.getByTestId('record-survey').click();
    const survey = page.getByTestId('dialog-feedback');
    await survey.getByRole('dialog').waitFor({ state: 'visible' });
    await survey.locator('button[type="submit"]').click();
    await survey.getByText('Поставьте оценку от 1 до 5.', { exact: true }).first().waitFor({ state: 'visible' });
    await survey.getByTestId('score-processScore').locator('label').nth(4).click();
    await survey.getByTestId('score-informationScore').locator('label').nth(3).click();
    await survey.getByTestId('score-courtesyScore').locator('label').nth(4).click();
    await survey.locator('textarea[name="comment"]').fill('Быстро и вежливо');
    await shot(page, 'survey-dialog-ru');
    await survey.locator('button[type="submit"]').click();
    await survey.getByRole('dialog').waitFor({ state: 'hidden' });
    await page.getByRole('menuitem', { name: 'Опросы', exact: true }).click();
    const row = page.getByRole('row', { name: new RegExp(s1Number) });
    await row.waitFor({ state: 'visible' });
    expect(await row.textContent()).toContain('Быстро и вежливо');
    await shot(page, 'feedback-list-ru');

    // A second survey of the same application is refused, in Russian.
    await page.goBack();
    await page.getByTestId('record-survey').click();
    await survey.getByTestId('score-processScore').locator('label').nth(2).click();
    await survey.getByTestId('score-informationScore').locator('label').nth(2).click();
    await survey.getByTestId('score-courtesyScore').locator('label').nth(2).click();
    await survey.locator('button[type="submit"]').click();
    await survey.getByText('По этому заявлению опрос уже записан: один на заявление.', { exact: true }).waitFor({ state: 'visible' });
    await survey.getByRole('button', { name: 'Отмена' }).click();

    // A complaint about the application: the talon and the term of the law on appeals.
    await page.getByRole('menuitem', { name: 'Жалобы', exact: true }).click();
    await page.getByRole('link', { name: 'Создать', exact: true }).first().click();
    await page.locator('input[name="applicationNumber"]').fill(s1Number);
    await page.locator('input[name="complainantName"]').fill('Тестов Асхат Серікұлы');
    await page.locator('input[name="email"]').fill('askhat@example.kz');
    await page.locator('textarea[name="reasons"]').fill('Долго ждал в очереди');
    await page.locator('textarea[name="demands"]').fill('Принять меры');
    await shot(page, 'complaint-create-ru');
    await page.getByRole('button', { name: 'Зарегистрировать', exact: true }).click();
    await page.getByTestId('talon').waitFor({ state: 'visible' });
    await page.getByRole('link', { name: s1Number }).waitFor({ state: 'visible' });
    await shot(page, 'complaint-show-ru');
    app.clock.set('2026-02-03T18:00:00+05:00');
    // Extended once, to the longest term the rule allows, with notice by e-mail.
    await page.getByTestId('complaint-EXTEND').click();
    const extend = page.getByTestId('dialog-complaint-EXTEND');
    await extend.getByRole('dialog').waitFor({ state: 'visible' });
    await extend.locator('textarea[name="reason"]').fill('Нужна проверка записей видеонаблюдения');
    await shot(page, 'complaint-extend-ru');
    await extend.locator('button[type="submit"]').click();
    await extend.getByRole('dialog').waitFor({ state: 'hidden' });
    const rule = (await app.gql<any>('{ complaintRule { extendedDays } }')).data.complaintRule;
    const extendedTo = new Date(Date.parse(`${TODAY}T00:00:00Z`) + rule.extendedDays * 86_400_000).toISOString().slice(0, 10);
    await page.getByTestId('complaint-term').getByText(dmy(extendedTo), { exact: false }).first().waitFor({ state: 'visible' });
    expect(await page.getByTestId('complaint-EXTEND').count()).toBe(0);
    await page.getByTestId('complaint-RESOLVE').click();
    const resolve = page.getByTestId('dialog-complaint-RESOLVE');
    await resolve.getByRole('dialog').waitFor({ state: 'visible' });
    await resolve.getByRole('combobox', { name: /Итог/ }).click();
    await page.getByRole('option', { name: 'Удовлетворена частично', exact: true }).click();
    await resolve.locator('textarea[name="outcomeText"]').fill('Проведена беседа с сотрудником');
    await resolve.locator('button[type="submit"]').click();
    await resolve.getByRole('dialog').waitFor({ state: 'hidden' });
    await page.getByTestId('outcome').getByText('Удовлетворена частично', { exact: true }).waitFor({ state: 'visible' });
    await shot(page, 'complaint-resolved-ru');
    await page.getByRole('menuitem', { name: 'Жалобы', exact: true }).click();
    await page.locator('.RaList-main tbody tr').first().waitFor({ state: 'visible' });
    await shot(page, 'complaints-ru');
  }, 120_000);

  test('a supervisor sees the applications of the country with IINs masked and cannot act on them', async () => {
    app.clock.set(LATER);
    const page = await openAs(SUPERVISOR, 'en');
    await page.getByRole('menuitem', { name: 'Applications', exact: true }).click();
    await page.getByRole('cell', { name: s1Number, exact: true }).waitFor({ state: 'visible' });
    const iins = await page.getByTestId('applicant-iin').allTextContents();
    expect(iins).toContain(MASKED);
    expect(iins.some((text) => /^\d{12}$/.test(text))).toBe(false);
    expect(await page.getByText(IIN, { exact: true }).count()).toBe(0);
    // Supervisors register nothing: no create button.
    expect(await page.getByRole('link', { name: 'Create', exact: true }).count()).toBe(0);
    await shot(page, 'list-supervisor-en');

    // The region filter is theirs: Kostanay shows the application, Akmola does not.
    await page.getByRole('combobox', { name: 'Region' }).click();
    await page.getByRole('option', { name: 'Akmola Region', exact: true }).click();
    await page.getByRole('cell', { name: s1Number, exact: true }).waitFor({ state: 'detached' });
    expect(await page.locator('.RaList-main tbody tr td').filter({ hasText: /^S\d-/ }).count()).toBe(0);
    await page.getByRole('combobox', { name: 'Region' }).click();
    await page.getByRole('option', { name: 'Kostanay Region', exact: true }).click();
    await page.getByRole('cell', { name: s1Number, exact: true }).waitFor({ state: 'visible' });

    await page.goto(`${app.url}/#/applications`);
    await page.getByRole('cell', { name: s1Number, exact: true }).click();
    await page.getByTestId('show-iin').getByText(MASKED, { exact: true }).waitFor({ state: 'visible' });
    expect(await page.locator('[data-testid^="step-"]').count()).toBe(0);
    expect(await page.getByTestId('record-survey').count()).toBe(0);
    await page.getByText('Personal data are masked for supervisors.', { exact: true }).waitFor({ state: 'visible' });
    await shot(page, 'show-supervisor-en');
    await switchLanguage(page, 'en', 'kk');
    await page.getByText('Дербес деректер супервайзерлерге жасырылған.', { exact: true }).waitFor({ state: 'visible' });
    await shot(page, 'show-supervisor-kk');
    await page.getByRole('menuitem', { name: 'Өтініштер', exact: true }).click();
    await page.getByRole('cell', { name: s1Number, exact: true }).waitFor({ state: 'visible' });
    await shot(page, 'list-supervisor-kk');
    await switchLanguage(page, 'kk', 'ru');
    await page.getByRole('cell', { name: s1Number, exact: true }).waitFor({ state: 'visible' });
    await shot(page, 'list-supervisor-ru');
    // A supervisor registers complaints about any place of their region: the place is chosen on the form.
    await page.getByRole('menuitem', { name: 'Жалобы', exact: true }).click();
    await page.getByRole('link', { name: 'Создать', exact: true }).first().click();
    await page.getByRole('combobox', { name: /Отдел ЦОН/ }).waitFor({ state: 'visible' });
    await shot(page, 'complaint-create-supervisor-ru');
  }, 120_000);

  test('an operator\'s list: overdue rows stand out and the overdue filter keeps only them', async () => {
    // An S1 application accepted three weeks earlier, never handed over: its (provisional) due date has passed.
    app.clock.set('2026-01-13T10:00:00+05:00');
    const form = (await app.gql<any>('{ service(code: "S1") { form { fields { key choices { value } } } } }')).data.service.form;
    const choice = form.fields.find((f: any) => f.key === 'certificateType').choices[0].value;
    const answers = [
      ['militaryRegistration', 'Қостанай қалалық қорғаныс істері басқармасы'],
      ['certificateType', choice],
      ['conscriptedBy', 'Қостанай қалалық әскери комиссариаты, 1987'],
      ['rankAndPosition', 'сержант'],
      ['unit', '54321 әскери бөлімі'],
      ['servicePeriod', '1987-05–1989-05'],
    ].map(([key, value]) => ({ key, value }));
    const submitted = await app.gql<any>(
      'mutation($input: ApplicationSubmitInput!) { applicationSubmit(input: $input) { application { number dueOn } userErrors { field message } } }',
      {
        input: {
          serviceCode: 'S1',
          channel: 'CENTRE',
          applicant: { iin: makeIin('1967-02-20', true, 3003), lastName: 'Кешіккен', firstName: 'Ерлан', birthDate: '1967-02-20', phone: '+7 701 765 43 21', address: 'Қостанай қ.' },
          answers,
          documents: [],
        },
      },
      { token: operatorToken },
    );
    expect(submitted.data.applicationSubmit.userErrors).toEqual([]);
    const late = submitted.data.applicationSubmit.application;
    expect(late.dueOn < TODAY).toBe(true);
    app.clock.set(LATER);

    const page = await openAs(OPERATOR, 'en');
    await page.getByRole('menuitem', { name: 'Applications', exact: true }).click();
    const lateRow = page.getByRole('row', { name: new RegExp(late.number) });
    await lateRow.getByText('Overdue', { exact: true }).waitFor({ state: 'visible' });
    expect(await lateRow.getByTestId('remaining-days').getAttribute('aria-label')).toMatch(/^\d+ working days? overdue$/);
    // Highlighted: a red edge on the overdue row only.
    expect(await lateRow.evaluate((row) => getComputedStyle(row).boxShadow)).toContain('inset');
    expect(await page.getByRole('row', { name: new RegExp(s1Number) }).evaluate((row) => getComputedStyle(row).boxShadow)).toBe('none');
    await shot(page, 'list-operator-en');
    await page.getByLabel('Overdue only').check();
    await page.getByRole('cell', { name: s1Number, exact: true }).waitFor({ state: 'detached' });
    expect(await page.locator('.RaList-main tbody tr').count()).toBe(1);
    expect(page.url()).toContain('overdue');
    await switchLanguage(page, 'en', 'kk');
    await lateRow.getByText('Мерзімі өтті', { exact: true }).waitFor({ state: 'visible' });
    await shot(page, 'list-overdue-kk');
    await switchLanguage(page, 'kk', 'ru');
    await lateRow.getByText('Просрочено', { exact: true }).waitFor({ state: 'visible' });
    await shot(page, 'list-overdue-ru');
  }, 90_000);

  test('an administrator attaches an operator to a department, and issues an API key with its scopes', async () => {
    const page = await newPage();
    await signIn(page, app.url, ADMIN_LOGIN, ADMIN_PASSWORD, 'en');
    await page.getByRole('menuitem', { name: 'Users', exact: true }).click();
    await page.getByRole('link', { name: 'Create', exact: true }).click();
    await page.locator('input[name="login"]').fill('op.body');
    await page.locator('input[name="fullName"]').fill('Department operator');
    await page.getByRole('combobox', { name: /Role/ }).click();
    await page.getByRole('option', { name: 'Operator', exact: true }).click();
    await page.getByRole('radio', { name: 'Defence affairs department' }).check();
    await page.getByRole('combobox', { name: /Defence affairs department/ }).click();
    const { data } = await app.gql<any>('{ departments { id region { code } name { en kk } } }');
    const kostanay = data.departments.find((d: any) => d.region.code === 'KZ-KUS');
    await page.getByRole('option', { name: kostanay.name.en ?? kostanay.name.kk, exact: true }).click();
    await page.locator('input[name="password"]').fill(PASSWORD);
    await shot(page, 'user-operator-department-en');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByRole('cell', { name: 'op.body', exact: true }).waitFor({ state: 'visible' });
    await shot(page, 'users-en');
    const me = await app.gql<any>('{ me { role department { id } office { id } } }', {}, { token: await app.signIn('op.body', PASSWORD) });
    expect(me.data.me).toEqual({ role: 'OPERATOR', department: { id: kostanay.id }, office: null });

    // The operator at the department files BODY applications: the channel is preset.
    const body = await openAs('op.body', 'en');
    await body.goto(`${app.url}/#/applications/create`);
    await body.getByRole('radio', { name: 'Authorized body' }).waitFor({ state: 'visible' });
    expect(await body.getByRole('radio', { name: 'Authorized body' }).isChecked()).toBe(true);
    expect(await body.getByRole('radio', { name: 'Population service centre' }).isDisabled()).toBe(true);
  }, 120_000);
});
