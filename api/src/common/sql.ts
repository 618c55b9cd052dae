/** Escapes LIKE wildcards so user text matches literally. */
export const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => '\\' + c);

/**
 * Lower-cases and folds Kazakh letters to their Russian look-alikes (Қостанай ~ Костанай, Ақсу ~ Аксу), the same way
 * as the SQL function registry_fold, so typed text matches names written either way.
 */
const FOLD: Record<string, string> = { ә: 'а', ғ: 'г', қ: 'к', ң: 'н', ө: 'о', ұ: 'у', ү: 'у', һ: 'х', і: 'и', ё: 'е' };
export const foldText = (text: string) => text.toLowerCase().replace(/[әғқңөұүһіё]/g, (c) => FOLD[c]);

/** True for a UUID: ids from clients are checked before they reach a query (PostgreSQL would reject them with an error). */
export const isUuid = (id: string) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id);
