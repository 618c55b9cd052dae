// The console in a real browser (Debian's Chromium through playwright-core) against the real product.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { ADMIN_LOGIN, ADMIN_PASSWORD, startTestApp, type TestApp } from '../support/harness';
import { launch, newPage as openPage, shot as screenshot, type Lang } from './browser';

/** What each language must say: the switcher's names, the menu, and a few react-admin and console strings. */
const UI: Record<Lang, { language: string; menu: string[]; signIn: string; signInError: string; logout: string; userMenu: string; title: string }> = {
  kk: {
    language: 'Қазақша',
    menu: ['Қызметтер', 'Өңірлер', 'Пайдаланушылар', 'API кілттері'],
    signIn: 'Кіру',
    signInError: 'Аутентификация сәтсіз аяқталды, қайталап көріңіз',
    logout: 'Шығу',
    userMenu: 'Профиль',
    title: 'Мемлекеттік қызметтер тізілімі',
  },
  ru: {
    language: 'Русский',
    menu: ['Услуги', 'Регионы', 'Пользователи', 'API-ключи'],
    signIn: 'Войти',
    signInError: 'Ошибка аутентификации, попробуйте снова',
    logout: 'Выйти',
    userMenu: 'Профиль',
    title: 'Реестр государственных услуг',
  },
  en: {
    language: 'English',
    menu: ['Services', 'Regions', 'Users', 'API keys'],
    signIn: 'Sign in',
    signInError: 'Authentication failed, please retry',
    logout: 'Logout',
    userMenu: 'Profile',
    title: 'State services registry',
  },
};

let app: TestApp;
let browser: Browser;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  app = await startTestApp();
  browser = await launch();
}, 120_000);

afterAll(async () => {
  for (const context of contexts) await context.close().catch(() => undefined);
  await browser?.close().catch(() => undefined);
  await app?.stop();
}, 60_000);

const newPage = () => openPage(browser, contexts);
const shot = (page: Page, name: string) => screenshot(page, `console-${name}`);

/** History entries: a redirect loop between logout and /login would push dozens of them. */
const historyLength = (page: Page) => page.evaluate(() => history.length);

async function openLogin(page: Page) {
  await page.goto(`${app.url}/`);
  await page.locator('input[name="username"]').waitFor({ state: 'visible' });
  expect(await historyLength(page)).toBeLessThanOrEqual(3);
}

async function signIn(page: Page, login: string, password: string, lang: Lang = 'kk') {
  await page.locator('input[name="username"]').fill(login);
  await page.locator('input[name="password"]').fill(password);
  await page.getByRole('button', { name: UI[lang].signIn, exact: true }).click();
}

async function expectMenu(page: Page, lang: Lang) {
  for (const label of UI[lang].menu) {
    await page.getByRole('menuitem', { name: label, exact: true }).waitFor({ state: 'visible' });
  }
  // Nothing of another language is left in the menu.
  for (const other of (Object.keys(UI) as Lang[]).filter((l) => l !== lang)) {
    for (const label of UI[other].menu) expect(await page.getByRole('menuitem', { name: label, exact: true }).count()).toBe(0);
  }
  await page.getByText(UI[lang].title, { exact: true }).first().waitFor({ state: 'visible' });
}

async function switchLanguage(page: Page, from: Lang, to: Lang) {
  await page.getByRole('button', { name: UI[from].language, exact: true }).click();
  await page.getByRole('menuitem', { name: UI[to].language, exact: true }).click();
  await page.getByRole('button', { name: UI[to].language, exact: true }).waitFor({ state: 'visible' });
}

describe('console', () => {
  test('signs in, switches Kazakh → Russian → English, shows localized data, signs out', async () => {
    const page = await newPage();
    const s1 = await app.gql<{ service: { title: Record<Lang, string>; act: { number: string | null } } }>(
      '{ service(code: "S1") { title { kk ru en } act { number } } }',
    );
    const titles = s1.data!.service.title;
    const actNumber = s1.data!.service.act.number;

    await openLogin(page);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('kk');
    await page.getByText(UI.kk.title, { exact: true }).waitFor({ state: 'visible' });
    await shot(page, 'login-kk');
    await signIn(page, ADMIN_LOGIN, ADMIN_PASSWORD);

    // Kazakh by default, with the data in Kazakh.
    await expectMenu(page, 'kk');
    await page.getByRole('cell', { name: titles.kk, exact: true }).waitFor({ state: 'visible' });
    await shot(page, 'services-kk');

    // One service, with its title in the three languages and the act that approved it.
    await page.getByRole('cell', { name: titles.kk, exact: true }).click();
    await page.getByText(titles.en, { exact: true }).waitFor({ state: 'visible' });
    await page.getByText('Бекіткен акт', { exact: true }).waitFor({ state: 'visible' });
    if (actNumber) await page.getByText(new RegExp(`^Қазақстан Республикасы.*№ ${actNumber}$`)).waitFor({ state: 'visible' });
    await shot(page, 'service-show-kk');
    await page.getByRole('menuitem', { name: UI.kk.menu[0], exact: true }).click();
    await page.getByRole('cell', { name: titles.kk, exact: true }).waitFor({ state: 'visible' });

    await switchLanguage(page, 'kk', 'ru');
    await expectMenu(page, 'ru');
    await page.getByRole('cell', { name: titles.ru, exact: true }).waitFor({ state: 'visible' });
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('ru');
    await shot(page, 'services-ru');

    await switchLanguage(page, 'ru', 'en');
    await expectMenu(page, 'en');
    await page.getByRole('cell', { name: titles.en, exact: true }).waitFor({ state: 'visible' });
    await shot(page, 'services-en');
    await page.getByRole('cell', { name: titles.en, exact: true }).click();
    await page.getByText('Approving act', { exact: true }).waitFor({ state: 'visible' });
    if (actNumber) await page.getByText(new RegExp(`^Government Decree .* No ${actNumber} of \\d{1,2} \\w+ \\d{4}$`)).waitFor({ state: 'visible' });
    await shot(page, 'service-show-en');

    // A look at the other pages, in English.
    await page.getByRole('menuitem', { name: 'Regions', exact: true }).click();
    await page.getByRole('cell', { name: 'Astana city', exact: true }).waitFor({ state: 'visible' });
    await shot(page, 'regions-en');
    await page.getByRole('menuitem', { name: 'Users', exact: true }).click();
    await page.getByRole('cell', { name: ADMIN_LOGIN, exact: true }).waitFor({ state: 'visible' });
    await shot(page, 'users-en');

    // The language choice survives a reload.
    await page.reload();
    await expectMenu(page, 'en');

    // Sign out: back to the login page, and the session is revoked on the server.
    const token = await page.evaluate(() => JSON.parse(localStorage.getItem('registry.session') ?? '{}').token as string | undefined);
    expect(token).toBeTruthy();
    expect((await app.gql<{ me: { login: string } | null }>('{ me { login } }', {}, { token })).data?.me?.login).toBe(ADMIN_LOGIN);
    const entries = await historyLength(page);
    await page.getByRole('button', { name: UI.en.userMenu, exact: true }).click();
    await page.getByRole('menuitem', { name: UI.en.logout, exact: true }).click();
    await page.locator('input[name="username"]').waitFor({ state: 'visible' });
    expect((await historyLength(page)) - entries).toBeLessThanOrEqual(2);
    expect(await page.evaluate(() => localStorage.getItem('registry.session'))).toBeNull();
    const after = await app.gql<{ me: unknown }>('{ me { login } }', {}, { token });
    expect(after.data?.me ?? null).toBeNull();
  }, 120_000);

  test('a wrong password shows an error and stays on the login page', async () => {
    const page = await newPage();
    await openLogin(page);
    await signIn(page, ADMIN_LOGIN, 'not-the-password');
    await page.getByText(UI.kk.signInError, { exact: true }).waitFor({ state: 'visible' });
    await shot(page, 'login-error-kk');
    expect(page.url()).toContain('login');
    await page.locator('input[name="username"]').waitFor({ state: 'visible' });
    expect(await page.getByRole('menuitem', { name: UI.kk.menu[0], exact: true }).count()).toBe(0);
    expect(await page.evaluate(() => localStorage.getItem('registry.session'))).toBeNull();
  }, 60_000);

  test('an administrator manages accounts (a server-side error on its field, a supervisor\'s region, an edit) and API keys', async () => {
    const page = await newPage();
    await openLogin(page);
    await switchLanguage(page, 'kk', 'en');
    await signIn(page, ADMIN_LOGIN, ADMIN_PASSWORD, 'en');
    await expectMenu(page, 'en');

    // A taken login: the API's userError lands on the login input.
    await page.getByRole('menuitem', { name: 'Users', exact: true }).click();
    await page.getByRole('link', { name: 'Create', exact: true }).click();
    await page.locator('input[name="login"]').fill(ADMIN_LOGIN);
    await page.locator('input[name="fullName"]').fill('Queue system of Almaty PSC');
    await page.getByRole('combobox', { name: /Role/ }).click();
    await page.getByRole('option', { name: 'Integrator (API)', exact: true }).click();
    await page.locator('input[name="password"]').fill('integrator-password-1');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByText('Already in use', { exact: true }).waitFor({ state: 'visible' });
    await shot(page, 'user-create-error-en');

    // A free login: created, back on the list.
    await page.locator('input[name="login"]').fill('psc-almaty');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByRole('cell', { name: 'psc-almaty', exact: true }).waitFor({ state: 'visible' });

    // A supervisor limited to one region (the region input appears for that role only), then edited (userUpdate with version).
    await page.getByRole('link', { name: 'Create', exact: true }).click();
    await page.locator('input[name="login"]').fill('supervisor.akm');
    await page.locator('input[name="fullName"]').fill('Akmola supervisor');
    await page.getByRole('combobox', { name: /Role/ }).click();
    await page.getByRole('option', { name: 'Supervisor', exact: true }).click();
    await page.getByRole('combobox', { name: /Region/ }).click();
    await page.getByRole('option', { name: 'Akmola Region', exact: true }).click();
    await page.locator('input[name="password"]').fill('supervisor-password-1');
    await shot(page, 'user-create-supervisor-en');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByRole('cell', { name: 'supervisor.akm', exact: true }).waitFor({ state: 'visible' });
    await page.getByRole('row', { name: /supervisor\.akm/ }).getByText('Akmola Region', { exact: true }).waitFor({ state: 'visible' });
    await page.getByRole('cell', { name: 'supervisor.akm', exact: true }).click();
    await page.locator('input[name="fullName"]').fill('Akmola region supervisor');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByRole('cell', { name: 'Akmola region supervisor', exact: true }).waitFor({ state: 'visible' });
    await shot(page, 'users-after-edit-en');

    // A key for it: the secret is shown once.
    await page.getByRole('menuitem', { name: 'API keys', exact: true }).click();
    await page.getByRole('link', { name: 'Create', exact: true }).click();
    await page.getByRole('combobox', { name: /Integrator account/ }).click();
    await page.getByRole('option', { name: /psc-almaty/ }).click();
    await page.locator('input[name="name"]').fill('Queue system, Almaty');
    // A key needs at least one scope: none chosen is refused in the browser.
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByText('Choose at least one scope.', { exact: true }).waitFor({ state: 'visible' });
    await page.getByRole('checkbox', { name: /Submit applications and take their steps/ }).check();
    await shot(page, 'api-key-create-en');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'The new API key' });
    await dialog.waitFor({ state: 'visible' });
    const secret = (await dialog.getByTestId('api-key-secret').textContent())?.trim() ?? '';
    expect(secret.length).toBeGreaterThan(16);
    await shot(page, 'api-key-secret-en');
    await dialog.getByRole('button', { name: 'I have saved the key', exact: true }).click();
    await page.getByRole('cell', { name: 'Queue system, Almaty', exact: true }).waitFor({ state: 'visible' });
    await page.getByRole('row', { name: /Queue system, Almaty/ }).getByText('applications:write', { exact: true }).waitFor({ state: 'visible' });

    // The key works against the API as the integrator.
    const me = await app.gql<{ me: { login: string } | null }>('{ me { login } }', {}, { apiKey: secret });
    expect(me.data?.me?.login).toBe('psc-almaty');

    // Revoke it from the list.
    await page.getByRole('button', { name: 'Revoke', exact: true }).click();
    await page.getByRole('button', { name: 'Confirm', exact: true }).click();
    await page.getByText('Revoked', { exact: true }).first().waitFor({ state: 'visible' });
    await shot(page, 'api-keys-en');
    const denied = await app.gql<{ me: unknown }>('{ me { login } }', {}, { apiKey: secret });
    expect(denied.data?.me ?? null).toBeNull();
  }, 120_000);

  test('a supervisor sees the registry but not accounts or API keys', async () => {
    const token = await app.signIn();
    const created = await app.gql<{ userCreate: { userErrors: unknown[] } }>(
      'mutation($input: UserCreateInput!) { userCreate(input: $input) { userErrors { message } } }',
      { input: { login: 'supervisor.ui', fullName: 'Supervisor (UI test)', role: 'SUPERVISOR', password: 'supervisor-password-2' } },
      { token },
    );
    expect(created.data?.userCreate.userErrors).toEqual([]);

    const page = await newPage();
    await openLogin(page);
    await signIn(page, 'supervisor.ui', 'supervisor-password-2');
    await page.getByRole('menuitem', { name: UI.kk.menu[0], exact: true }).waitFor({ state: 'visible' });
    await page.getByRole('menuitem', { name: UI.kk.menu[1], exact: true }).waitFor({ state: 'visible' });
    expect(await page.getByRole('menuitem', { name: UI.kk.menu[2], exact: true }).count()).toBe(0);
    expect(await page.getByRole('menuitem', { name: UI.kk.menu[3], exact: true }).count()).toBe(0);
    await shot(page, 'supervisor-kk');
    // The page itself is refused too, not only hidden from the menu.
    await page.goto(`${app.url}/#/users`);
    await page.getByText('Қолжетімділік жоқ', { exact: true }).first().waitFor({ state: 'visible' });
  }, 60_000);
});
