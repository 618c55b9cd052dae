import { Migration } from '@mikro-orm/migrations';

/**
 * Runs before the tables: the folding function used by generated search columns, and trigram indexes for
 * substring search. pg_trgm is a trusted extension: a database owner may create it.
 */
export class Migration20261124213000_search_functions extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create extension if not exists pg_trgm;`);
    this.addSql(
      `create or replace function registry_fold(t text) returns text language sql immutable parallel safe ` +
        `as $$ select translate(lower(t), 'әғқңөұүһіё', 'агкноуухие') $$;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop function if exists registry_fold(text);`);
  }
}
