import { Migration } from '@mikro-orm/migrations';

/** The values of the localized texts, never their JSON: `name::text` also held the keys "kk", "ru" and "en". */
const VALUES = `registry_fold(coalesce(name->>'kk', '') || ' ' || coalesce(name->>'ru', '') || ' ' || coalesce(name->>'en', '') || ' ' || coalesce(address->>'kk', '') || ' ' || coalesce(address->>'ru', '') || ' ' || coalesce(address->>'en', ''))`;
const JSON_TEXT = `registry_fold(((coalesce((name)::text, ''::text) || ' '::text) || coalesce((address)::text, ''::text)))`;

/**
 * office.search_text held `name::text || address::text`, so searching "kk", "ru" or "en" matched every office (and a
 * quote in a name was searchable only as \"). A generated column's expression cannot be altered before PostgreSQL 17:
 * the column is dropped (with its index) and added again, which recomputes it for every row.
 */
export class Migration20261201000000_office_search_values extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "office" drop column "search_text";`);
    this.addSql(`alter table "office" add column "search_text" text generated always as (${VALUES}) stored not null;`);
    this.addSql(`create index "office_search_text_trgm" on "office" using gin ("search_text" gin_trgm_ops);`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "office" drop column "search_text";`);
    this.addSql(`alter table "office" add column "search_text" text generated always as (${JSON_TEXT}) stored not null;`);
    this.addSql(`create index "office_search_text_trgm" on "office" using gin ("search_text" gin_trgm_ops);`);
  }
}
