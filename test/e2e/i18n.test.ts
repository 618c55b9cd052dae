// The console's message catalogues: Kazakh covers all of react-admin, and the three languages say the same things.
import englishMessages from 'ra-language-english';
import { en } from '../../admin/src/i18n/en';
import { kk } from '../../admin/src/i18n/kk';
import { ru } from '../../admin/src/i18n/ru';

type Tree = { [key: string]: string | Tree };

/** Every leaf as [dotted key, message]. */
const leaves = (tree: Tree, prefix = ''): [string, string][] =>
  Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [[`${prefix}${key}`, value] as [string, string]] : leaves(value, `${prefix}${key}.`),
  );

const keysOf = (tree: unknown) => leaves(tree as Tree).map(([key]) => key).sort();
const placeholders = (message: string) => [...new Set(message.match(/%\{\w+\}/g) ?? [])].sort();

const catalogues = { kk, ru, en } as const;

describe('console messages', () => {
  test("Kazakh translates every react-admin message (ra-language-english's whole tree)", () => {
    const missing = keysOf({ ra: englishMessages.ra }).filter((key) => !keysOf({ ra: kk.ra }).includes(key));
    expect(missing).toEqual([]);
  });

  test.each(Object.keys(catalogues) as (keyof typeof catalogues)[])('%s has every react-admin key and the same app keys as the others', (lang) => {
    const keys = keysOf(catalogues[lang]);
    expect(keysOf({ ra: englishMessages.ra }).filter((key) => !keys.includes(key))).toEqual([]);
    const app = (tree: unknown) => keysOf(tree).filter((key) => !key.startsWith('ra.'));
    expect(app(catalogues[lang])).toEqual(app(en));
  });

  test.each(['kk', 'ru'] as const)('%s keeps the placeholders of each message', (lang) => {
    const translated = new Map(leaves(catalogues[lang] as unknown as Tree));
    // react-admin also passes `field` with `field_lower_first` (DataTable's sort label); ra-language-russian uses it.
    const extra: Record<string, string[]> = { 'ra.sort.sort_by': ['%{field}'] };
    const wrong = leaves(en as unknown as Tree)
      .filter(([key]) => translated.has(key))
      .filter(([key, message]) => {
        const ours = placeholders(translated.get(key)!);
        const theirs = placeholders(message);
        // Our own messages keep every placeholder; a packaged translation may leave one out, never invent one.
        if (!key.startsWith('ra.') || lang === 'kk') return ours.join() !== theirs.join();
        return !ours.every((p) => theirs.includes(p) || extra[key]?.includes(p));
      })
      .map(([key]) => key);
    expect(wrong).toEqual([]);
  });

  test.each(['kk', 'ru'] as const)('%s messages are translated, not copied from English', (lang) => {
    const translated = new Map(leaves(catalogues[lang] as unknown as Tree));
    // Proper names and symbols that read the same in every language.
    const same = new Set(['ra.boolean.null', 'ra.page.list', 'ra.page.edit', 'ra.page.show', 'ra.navigation.page_range_info']);
    const copied = leaves(en as unknown as Tree)
      .filter(([key, message]) => !same.has(key) && /[a-z]{3}/.test(message.replace(/%\{\w+\}|API|X-Api-Key|Ctrl\+C|dataProvider|regexp|URL|ISO|Email/g, '')))
      .filter(([key, message]) => translated.get(key) === message)
      .map(([key]) => key);
    expect(copied).toEqual([]);
  });

  test('titles and menu labels', () => {
    const get = (tree: unknown, key: string) => key.split('.').reduce<unknown>((node, part) => (node as Tree)[part], tree) as string;
    expect(get(kk, 'app.title')).toBe('Мемлекеттік қызметтер тізілімі');
    expect(get(ru, 'app.title')).toBe('Реестр государственных услуг');
    expect(get(en, 'app.title')).toBe('State services registry');
  });
});
