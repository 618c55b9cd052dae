import { Migration } from '@mikro-orm/migrations';

/** Demo data is marked on every row it creates, so the console can say so and `npm run demo-data -- --remove` can take it away. */
export class Migration20261201002231_demo extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "app_setting" ("key" text not null, "value" jsonb not null, "updated_at" timestamptz not null default now(), constraint "app_setting_pkey" primary key ("key"));`);

    this.addSql(`alter table "application" add column "demo" boolean not null default false;`);

    this.addSql(`alter table "feedback" add column "demo" boolean not null default false;`);

    this.addSql(`alter table "complaint" add column "demo" boolean not null default false;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "app_setting" cascade;`);

    this.addSql(`alter table "application" drop column "demo";`);

    this.addSql(`alter table "complaint" drop column "demo";`);

    this.addSql(`alter table "feedback" drop column "demo";`);
  }

}
