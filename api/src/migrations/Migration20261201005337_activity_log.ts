import { Migration } from '@mikro-orm/migrations';

export class Migration20261201005337_activity_log extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create type "activity_kind" as enum ('MUTATION', 'PERSONAL_DATA_READ');`);
    this.addSql(`create table "activity_log" ("id" bigserial primary key, "at" timestamptz not null default now(), "kind" "activity_kind" not null, "operation" text not null, "actor_id" uuid null, "actor_login" text not null, "role" text null, "via" text null, "ip" text null, "request_id" text null, "entity_type" text null, "entity_ids" text[] not null default '{}', "variables" jsonb null, "outcome" text not null);`);
    this.addSql(`create index "activity_log_entity_ids_index" on "activity_log" using gin ("entity_ids");`);
    this.addSql(`create index "activity_log_actor_login_at_index" on "activity_log" ("actor_login", "at");`);
    this.addSql(`create index "activity_log_at_index" on "activity_log" ("at");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "activity_log" cascade;`);

    this.addSql(`drop type "activity_kind";`);
  }

}
