import crypto from 'node:crypto';
import type { EntityManager, Knex } from '@mikro-orm/postgresql';
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

const statementNames = new Map<string, string>();
/** Distinct statement texts prepared by name (per connection, by PostgreSQL); past this many, the rest run unnamed. */
const MAX_PREPARED = 500;

/**
 * A hot read as a named (prepared) statement with bound parameters: PostgreSQL parses and plans each text once per
 * connection instead of once per request, and only the parameters travel. MikroORM's `execute` would inline the
 * parameters into a new text every time. Runs through knex (counted and logged like every query), in the
 * transaction of `em` when there is one, else on `type`'s connection (a read replica for 'read' when configured).
 */
export async function preparedRead<T>(em: EntityManager, type: 'read' | 'write', sql: string, params: readonly unknown[]): Promise<T[]> {
  const trx = em.getTransactionContext();
  const knex = em.getConnection(trx ? 'write' : type).getKnex();
  let name = statementNames.get(sql);
  if (!name && statementNames.size < MAX_PREPARED) statementNames.set(sql, (name = `r_${crypto.createHash('sha1').update(sql).digest('hex').slice(0, 30)}`));
  const query = knex.raw(sql, params.map((p) => (p === undefined ? null : p)) as Knex.RawBinding[]);
  if (name) query.options({ name });
  if (trx) query.transacting(trx);
  const result = (await query) as { rows: T[] };
  return result.rows;
}
