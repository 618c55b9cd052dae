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

/** Named statements by SQL text (with `?` placeholders): PostgreSQL's text (with $n) and the name. */
const statements = new Map<string, { text: string; name?: string }>();
/** Distinct statement texts prepared by name (per connection, by PostgreSQL); past this many, the rest run unnamed. */
const MAX_PREPARED = 500;

function statementOf(sql: string): { text: string; name?: string } {
  let found = statements.get(sql);
  if (found) return found;
  // `?` to `$n` as knex does it (`\\?` stays a literal question mark).
  let n = 0;
  const text = sql.replace(/(\\*)(\?)/g, (match, escapes: string) => (escapes.length % 2 ? '?' : `$${++n}`));
  found = { text, name: statements.size < MAX_PREPARED ? `r_${crypto.createHash('sha1').update(sql).digest('hex').slice(0, 30)}` : undefined };
  if (found.name) statements.set(sql, found);
  return found;
}

interface PgConnection {
  query(config: { text: string; values: unknown[]; name?: string }): Promise<{ rows: unknown[] }>;
}

/**
 * A hot read as a named (prepared) statement with bound parameters: PostgreSQL parses and plans each text once per
 * connection instead of once per request, and only the parameters travel. MikroORM's `execute` would inline the
 * parameters into a new text every time (and knex's query builder costs as much CPU as the read). On the pool of
 * `type`'s connection (a read replica for 'read' when configured), announced to knex's `query` listeners like its
 * own queries; inside a transaction of `em`, through knex on the transaction's connection.
 */
export async function preparedRead<T>(em: EntityManager, type: 'read' | 'write', sql: string, params: readonly unknown[]): Promise<T[]> {
  const values = params.map((p) => (p === undefined ? null : p));
  const trx = em.getTransactionContext();
  if (trx) {
    const result = (await em.getConnection('write').getKnex().raw(sql, values as Knex.RawBinding[]).transacting(trx)) as { rows: T[] };
    return result.rows;
  }
  const knex = em.getConnection(type).getKnex();
  const { text, name } = statementOf(sql);
  knex.emit('query', { method: 'raw', sql, bindings: values, options: name ? { name } : {} });
  const connection = (await knex.client.acquireConnection()) as PgConnection;
  try {
    return (await connection.query({ text, values, ...(name ? { name } : {}) })).rows as T[];
  } finally {
    await knex.client.releaseConnection(connection);
  }
}
