// Shared by the browser tests: Debian's Chromium through playwright-core, one context per test, bounded waits.
import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
export const SHOTS = path.resolve(__dirname, '..', '..', 'test-results');
export const STEP_MS = 15_000;

export type Lang = 'kk' | 'ru' | 'en';

export async function launch(): Promise<Browser> {
  fs.mkdirSync(SHOTS, { recursive: true });
  return chromium.launch({
    executablePath: CHROMIUM,
    timeout: 60_000,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export async function newPage(browser: Browser, contexts: BrowserContext[]): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'en-US' });
  contexts.push(context);
  const page = await context.newPage();
  page.setDefaultTimeout(STEP_MS);
  page.setDefaultNavigationTimeout(30_000);
  return page;
}

/** A full-page screenshot in test-results/, with transitions finished. */
export const shot = (page: Page, name: string) =>
  page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: true, animations: 'disabled' });

const SIGN_IN: Record<Lang, string> = { kk: 'Кіру', ru: 'Войти', en: 'Sign in' };
const LANGUAGE: Record<Lang, string> = { kk: 'Қазақша', ru: 'Русский', en: 'English' };

/** Opens the console, picks the language on the login page, and signs in. */
export async function signIn(page: Page, url: string, login: string, password: string, lang: Lang = 'kk') {
  await page.goto(`${url}/`);
  await page.locator('input[name="username"]').waitFor({ state: 'visible' });
  if (lang !== 'kk') await switchLanguage(page, 'kk', lang);
  await page.locator('input[name="username"]').fill(login);
  await page.locator('input[name="password"]').fill(password);
  await page.getByRole('button', { name: SIGN_IN[lang], exact: true }).click();
  await page.locator('.RaLayout-content').waitFor({ state: 'visible' });
}

export async function switchLanguage(page: Page, from: Lang, to: Lang) {
  // On a loaded machine a click can land while the menu is still opening: then the menu is closed and it is tried
  // again (three times at most); the language must still switch.
  for (let attempt = 1; ; attempt++) {
    await page.getByRole('button', { name: LANGUAGE[from], exact: true }).click();
    await page.getByRole('menuitem', { name: LANGUAGE[to], exact: true }).click();
    try {
      await page.getByRole('button', { name: LANGUAGE[to], exact: true }).waitFor({ state: 'visible', timeout: attempt < 3 ? STEP_MS / 3 : STEP_MS });
      return;
    } catch (error) {
      if (attempt >= 3) throw error;
      await page.keyboard.press('Escape');
      if (await page.getByRole('button', { name: LANGUAGE[to], exact: true }).isVisible()) return;
    }
  }
}
