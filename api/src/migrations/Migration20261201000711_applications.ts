import { Migration } from '@mikro-orm/migrations';

/** Working days after `a` up to and including `b` (negative when b < a): the engine's rule (working-days.ts) in SQL. */
const WORKING_DAYS_BETWEEN = `create or replace function registry_working_days_between(a date, b date) returns int
  language sql stable parallel safe as $$
    select (case when b >= a then 1 else -1 end) * (
      select count(*)::int
        from generate_series(least(a, b) + 1, greatest(a, b), interval '1 day') g(d)
        left join calendar_day c on c.date = g.d::date
       where coalesce(c.kind = 'WORKING_DAY', extract(isodow from g.d) < 6))
  $$;`;

/**
 * Applications and their history; operators at departments; API key scopes. Receipt numbers come from a sequence, and
 * the working-day count is a SQL function so list filters ("due within N working days") and indicators stay in SQL.
 */
export class Migration20261201000711_applications extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create type "application_status" as enum ('ACCEPTED', 'IN_PROGRESS', 'READY', 'ISSUED', 'REFUSED', 'TRANSFERRED_TO_BODY', 'REFUSED_AT_ACCEPTANCE');`);
    this.addSql(`create type "submission_channel" as enum ('CONSOLE', 'API');`);
    this.addSql(`create type "application_action" as enum ('SUBMIT', 'REFUSE_AT_ACCEPTANCE', 'HAND_OVER', 'START', 'EXTEND', 'READY', 'ISSUE', 'REFUSE', 'TRANSFER_UNCOLLECTED');`);
    this.addSql(`create table "application" ("id" uuid not null default gen_random_uuid(), "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "number" text not null, "service_id" uuid not null, "case_id" uuid null, "term_case_id" uuid null, "channel" "channel" not null, "office_id" uuid null, "department_id" uuid null, "region_id" uuid not null, "status" "application_status" not null, "applicant_iin" text not null, "applicant_last_name" text not null, "applicant_first_name" text not null, "applicant_patronymic" text null, "applicant_birth_date" date not null, "applicant_phone" text not null, "applicant_address" text not null, "receipt" jsonb not null, "answers" jsonb not null, "documents" jsonb not null, "missing_documents" jsonb not null default '[]', "accepted_at" timestamptz not null, "accepted_on" date not null, "accepted_by_id" uuid null, "accepted_by_name" text not null, "submitted_by_id" uuid not null, "submitted_via" "submission_channel" not null, "idempotency_key" text null, "payload_hash" text null, "handed_over_on" date null, "commission_decision_approved_on" date null, "term_rule_id" uuid null, "term" jsonb null, "due_on" date null, "due_provisional" boolean not null default false, "original_due_on" date null, "extension" jsonb null, "ready_on" date null, "issued_at" timestamptz null, "refused_on" date null, "refusal_reasons" text null, "transferred_at" timestamptz null, "completed_on" date null, constraint "application_pkey" primary key ("id"));`);
    this.addSql(`alter table "application" add constraint "application_number_unique" unique ("number");`);
    this.addSql(`create index "application_applicant_iin_index" on "application" ("applicant_iin");`);
    this.addSql(`create index "application_status_due_on_index" on "application" ("status", "due_on");`);
    this.addSql(`create index "application_department_id_status_index" on "application" ("department_id", "status");`);
    this.addSql(`create index "application_office_id_status_index" on "application" ("office_id", "status");`);
    this.addSql(`create index "application_service_id_accepted_on_index" on "application" ("service_id", "accepted_on");`);
    this.addSql(`create index "application_region_id_accepted_on_index" on "application" ("region_id", "accepted_on");`);
    this.addSql(`alter table "application" add constraint "application_submitted_by_id_idempotency_key_unique" unique ("submitted_by_id", "idempotency_key");`);

    this.addSql(`create table "application_event" ("id" uuid not null default gen_random_uuid(), "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "application_id" uuid not null, "at" timestamptz not null, "action" "application_action" not null, "from_status" "application_status" null, "to_status" "application_status" not null, "actor_id" uuid null, "actor_login" text not null, "reason" text null, "details" jsonb null, constraint "application_event_pkey" primary key ("id"));`);
    this.addSql(`create index "application_event_application_id_at_index" on "application_event" ("application_id", "at");`);

    this.addSql(`alter table "application" add constraint "application_service_id_foreign" foreign key ("service_id") references "service" ("id") on update cascade;`);
    this.addSql(`alter table "application" add constraint "application_case_id_foreign" foreign key ("case_id") references "service_case" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "application" add constraint "application_term_case_id_foreign" foreign key ("term_case_id") references "service_case" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "application" add constraint "application_office_id_foreign" foreign key ("office_id") references "office" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "application" add constraint "application_department_id_foreign" foreign key ("department_id") references "department" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "application" add constraint "application_region_id_foreign" foreign key ("region_id") references "region" ("id") on update cascade;`);
    this.addSql(`alter table "application" add constraint "application_accepted_by_id_foreign" foreign key ("accepted_by_id") references "app_user" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "application" add constraint "application_submitted_by_id_foreign" foreign key ("submitted_by_id") references "app_user" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "application" add constraint "application_term_rule_id_foreign" foreign key ("term_rule_id") references "deadline_rule" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "application_event" add constraint "application_event_application_id_foreign" foreign key ("application_id") references "application" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "app_user" add column "department_id" uuid null;`);
    this.addSql(`alter table "app_user" add constraint "app_user_department_id_foreign" foreign key ("department_id") references "department" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "api_key" add column "scopes" text[] not null default '{catalogue:read}';`);

    this.addSql(`create sequence if not exists "application_number_seq";`);
    this.addSql(WORKING_DAYS_BETWEEN);
  }

  override async down(): Promise<void> {
    this.addSql(`drop function if exists registry_working_days_between(date, date);`);
    this.addSql(`drop sequence if exists "application_number_seq";`);
    this.addSql(`alter table "application_event" drop constraint "application_event_application_id_foreign";`);

    this.addSql(`drop table if exists "application" cascade;`);

    this.addSql(`drop table if exists "application_event" cascade;`);

    this.addSql(`alter table "app_user" drop constraint "app_user_department_id_foreign";`);

    this.addSql(`alter table "api_key" drop column "scopes";`);

    this.addSql(`alter table "app_user" drop column "department_id";`);

    this.addSql(`drop type "application_status";`);
    this.addSql(`drop type "submission_channel";`);
    this.addSql(`drop type "application_action";`);
  }

}
