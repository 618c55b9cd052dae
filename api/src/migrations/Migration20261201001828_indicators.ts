import { Migration } from '@mikro-orm/migrations';
import { ROLLUP_DOWN, ROLLUP_UP } from '../modules/indicators/rollup.sql';

/**
 * Indicators: the monthly rollup kept exact by triggers (filled from what exists), and the yearly targets of para 19.
 * `nulls not distinct` needs PostgreSQL 15: two rows differing only by a null office are the same bucket.
 */
export class Migration20261201001828_indicators extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "kpi_month" ("id" bigserial primary key, "month" date not null, "service_id" uuid not null, "region_id" uuid not null, "office_id" uuid null, "department_id" uuid null, "channel" "channel" not null, "completed" int not null default 0, "on_time" int not null default 0, "feedback" int not null default 0, "process_ok" int not null default 0, "information_ok" int not null default 0, "complaint_rated" int not null default 0, "complaint_ok" int not null default 0, "courtesy_ok" int not null default 0);`);
    this.addSql(`create unique index "kpi_month_key" on "kpi_month" ("month", "service_id", "region_id", "office_id", "department_id", "channel") nulls not distinct;`);

    this.addSql(`create table "indicator_target" ("id" uuid not null default gen_random_uuid(), "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "year" int not null, "code" text not null, "service_id" uuid null, "value" real not null, "order_number" text not null, "order_date" date not null, "set_by" text not null, constraint "indicator_target_pkey" primary key ("id"));`);
    this.addSql(`create index "indicator_target_year_code_index" on "indicator_target" ("year", "code");`);

    this.addSql(`alter table "kpi_month" add constraint "kpi_month_service_id_foreign" foreign key ("service_id") references "service" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "kpi_month" add constraint "kpi_month_region_id_foreign" foreign key ("region_id") references "region" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "kpi_month" add constraint "kpi_month_office_id_foreign" foreign key ("office_id") references "office" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "kpi_month" add constraint "kpi_month_department_id_foreign" foreign key ("department_id") references "department" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "indicator_target" add constraint "indicator_target_service_id_foreign" foreign key ("service_id") references "service" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "feedback" add column "department_id" uuid null;`);
    this.addSql(`alter table "feedback" add constraint "feedback_department_id_foreign" foreign key ("department_id") references "department" ("id") on update cascade on delete set null;`);

    for (const sql of ROLLUP_UP) this.addSql(sql);
  }

  override async down(): Promise<void> {
    for (const sql of ROLLUP_DOWN) this.addSql(sql);
    this.addSql(`drop table if exists "kpi_month" cascade;`);

    this.addSql(`drop table if exists "indicator_target" cascade;`);

    this.addSql(`alter table "feedback" drop constraint "feedback_department_id_foreign";`);

    this.addSql(`alter table "feedback" drop column "department_id";`);
  }

}
