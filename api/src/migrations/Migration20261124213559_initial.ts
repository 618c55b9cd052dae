import { Migration } from '@mikro-orm/migrations';

export class Migration20261124213559_initial extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create type "calendar_day_kind" as enum ('HOLIDAY', 'SUBSTITUTE_DAY_OFF', 'MOVED_DAY_OFF', 'WORKING_DAY');`);
    this.addSql(`create type "form_field_type" as enum ('TEXT', 'LONG_TEXT', 'DATE', 'YEAR', 'YEAR_MONTH', 'CHOICE', 'ADDRESSEE', 'SIGNATURE');`);
    this.addSql(`create type "act_kind" as enum ('LAW', 'CODE', 'GOVERNMENT_DECREE', 'MINISTERIAL_ORDER');`);
    this.addSql(`create type "act_status" as enum ('IN_FORCE', 'REPEALED');`);
    this.addSql(`create type "region_kind" as enum ('OBLAST', 'CITY');`);
    this.addSql(`create type "office_kind" as enum ('CITY_DEPARTMENT', 'DISTRICT_DEPARTMENT', 'SUB_DEPARTMENT', 'OTHER');`);
    this.addSql(`create type "service_status" as enum ('IN_FORCE', 'REPEALED');`);
    this.addSql(`create type "case_kind" as enum ('DOCUMENTS', 'DEADLINE', 'BOTH');`);
    this.addSql(`create type "document_kind" as enum ('ORIGINAL', 'COPY', 'NOTARISED_COPY', 'ORIGINAL_FOR_VERIFICATION', 'FORM');`);
    this.addSql(`create type "channel" as enum ('BODY', 'CENTRE');`);
    this.addSql(`create type "deadline_kind" as enum ('PROCESSING', 'EXTENSION', 'QUEUE_AT_SUBMISSION', 'WAIT_AT_RECEIPT', 'WAIT_BEFORE_SERVICE', 'SERVICE_ON_DAY');`);
    this.addSql(`create type "deadline_unit" as enum ('WORKING_DAYS', 'MONTHS', 'MINUTES');`);
    this.addSql(`create type "deadline_start" as enum ('SUBMISSION', 'ARRIVAL_AT_BODY', 'REGISTRATION_OF_WRITTEN_APPLICATION', 'COMMISSION_DECISION_APPROVAL', 'APPLICATION');`);
    this.addSql(`create type "service_change" as enum ('APPROVED', 'RESTATED', 'ADDED', 'REMOVED');`);
    this.addSql(`create type "closed_days" as enum ('SATURDAY_SUNDAY_AND_HOLIDAYS', 'SUNDAY_AND_HOLIDAYS', 'REST_DAYS_AND_HOLIDAYS');`);
    this.addSql(`create type "role" as enum ('ADMIN', 'SUPERVISOR', 'DIRECTORY_ADMIN', 'OPERATOR', 'INTEGRATOR');`);
    this.addSql(`create table "application_form" ("id" uuid not null default gen_random_uuid(), "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "seed_key" text null, "seed_hash" text null, "edited_at" timestamptz null, "code" text not null, "title" jsonb not null, "used_by" text[] not null, "attachments" jsonb not null, "notes" jsonb not null, "observations" jsonb not null, "lines" text not null, constraint "application_form_pkey" primary key ("id"));`);
    this.addSql(`alter table "application_form" add constraint "application_form_seed_key_unique" unique ("seed_key");`);
    this.addSql(`alter table "application_form" add constraint "application_form_code_unique" unique ("code");`);

    this.addSql(`create table "audit_entry" ("id" uuid not null default gen_random_uuid(), "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "actor_id" uuid null, "actor_login" text not null, "action" text not null, "entity_type" text not null, "entity_key" text not null, "before" jsonb null, "after" jsonb null, "request_id" text null, constraint "audit_entry_pkey" primary key ("id"));`);
    this.addSql(`create index "audit_entry_entity_type_entity_key_index" on "audit_entry" ("entity_type", "entity_key");`);

    this.addSql(`create table "calendar_day" ("id" uuid not null default gen_random_uuid(), "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "seed_key" text null, "seed_hash" text null, "edited_at" timestamptz null, "date" date not null, "kind" "calendar_day_kind" not null, "name" jsonb not null, "note" text null, constraint "calendar_day_pkey" primary key ("id"));`);
    this.addSql(`alter table "calendar_day" add constraint "calendar_day_seed_key_unique" unique ("seed_key");`);
    this.addSql(`alter table "calendar_day" add constraint "calendar_day_date_unique" unique ("date");`);

    this.addSql(`create table "form_field" ("id" uuid not null default gen_random_uuid(), "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "seed_key" text null, "seed_hash" text null, "edited_at" timestamptz null, "form_id" uuid not null, "position" int not null, "key" text not null, "label" jsonb not null, "type" "form_field_type" not null, "required" boolean not null, "choices" jsonb null, "lines" text not null, constraint "form_field_pkey" primary key ("id"));`);
    this.addSql(`alter table "form_field" add constraint "form_field_seed_key_unique" unique ("seed_key");`);
    this.addSql(`alter table "form_field" add constraint "form_field_form_id_key_unique" unique ("form_id", "key");`);

    this.addSql(`create table "legal_act" ("id" uuid not null default gen_random_uuid(), "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "seed_key" text null, "seed_hash" text null, "edited_at" timestamptz null, "cite" text null, "lines" text null, "key" text not null, "kind" "act_kind" not null, "number" text null, "adopted_on" date not null, "title" jsonb not null, "note" jsonb null, "signatory" text null, "status" "act_status" null, "repealed_on" date null, "repealed_by_id" uuid null, "approves_standards" boolean not null default false, constraint "legal_act_pkey" primary key ("id"));`);
    this.addSql(`alter table "legal_act" add constraint "legal_act_seed_key_unique" unique ("seed_key");`);
    this.addSql(`alter table "legal_act" add constraint "legal_act_key_unique" unique ("key");`);

    this.addSql(`create table "act_amendment" ("id" uuid not null default gen_random_uuid(), "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "seed_key" text null, "seed_hash" text null, "edited_at" timestamptz null, "cite" text null, "lines" text null, "act_id" uuid not null, "amends_id" uuid not null, "changes" jsonb not null, "entry_into_force" jsonb not null, constraint "act_amendment_pkey" primary key ("id"));`);
    this.addSql(`alter table "act_amendment" add constraint "act_amendment_seed_key_unique" unique ("seed_key");`);

    this.addSql(`create table "region" ("id" uuid not null default gen_random_uuid(), "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "seed_key" text null, "seed_hash" text null, "edited_at" timestamptz null, "code" text not null, "iso_numeric_code" text null, "name" jsonb not null, "kind" "region_kind" not null, "sort_order" int not null default 0, constraint "region_pkey" primary key ("id"));`);
    this.addSql(`alter table "region" add constraint "region_seed_key_unique" unique ("seed_key");`);
    this.addSql(`alter table "region" add constraint "region_code_unique" unique ("code");`);

    this.addSql(`create table "psc_branch" ("id" uuid not null default gen_random_uuid(), "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "seed_key" text null, "seed_hash" text null, "edited_at" timestamptz null, "cite" text null, "lines" text null, "region_id" uuid not null, "name" jsonb not null, "address" jsonb not null, "phones" jsonb not null, "notes" jsonb not null, constraint "psc_branch_pkey" primary key ("id"));`);
    this.addSql(`alter table "psc_branch" add constraint "psc_branch_seed_key_unique" unique ("seed_key");`);

    this.addSql(`create table "office" ("id" uuid not null default gen_random_uuid(), "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "seed_key" text null, "seed_hash" text null, "edited_at" timestamptz null, "cite" text null, "lines" text null, "region_id" uuid not null, "branch_id" uuid null, "position" int not null default 0, "printed_number" text null, "kind" "office_kind" not null, "name" jsonb not null, "address" jsonb null, "phones" jsonb not null default '[]', "notes" jsonb not null default '[]', "postcode" text null, "opening_hours" jsonb not null default '[{"days":["MON","TUE","WED","THU","FRI","SAT"],"opens":"09:00","closes":"20:00","lunchFrom":null,"lunchTo":null}]', "search_text" text generated always as (registry_fold(((coalesce((name)::text, ''::text) || ' '::text) || coalesce((address)::text, ''::text)))) stored not null, "archived_at" timestamptz null, constraint "office_pkey" primary key ("id"));`);
    this.addSql(`alter table "office" add constraint "office_seed_key_unique" unique ("seed_key");`);
    this.addSql(`create index "office_search_text_trgm" on "office" using gin ("search_text" gin_trgm_ops);`);

    this.addSql(`create table "department" ("id" uuid not null default gen_random_uuid(), "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "seed_key" text null, "seed_hash" text null, "edited_at" timestamptz null, "cite" text null, "lines" text null, "region_id" uuid not null, "number" int not null, "name" jsonb not null, "postcode" text not null, "address" jsonb not null, "phones" jsonb not null, "notes" jsonb not null, constraint "department_pkey" primary key ("id"));`);
    this.addSql(`alter table "department" add constraint "department_seed_key_unique" unique ("seed_key");`);

    this.addSql(`create table "service" ("id" uuid not null default gen_random_uuid(), "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "seed_key" text null, "seed_hash" text null, "edited_at" timestamptz null, "code" text not null, "title" jsonb not null, "status" "service_status" not null, "act_id" uuid not null, "decree_item" text null, "sort_order" int not null default 0, "details" jsonb null, "form_code" text null, "form_note" jsonb null, constraint "service_pkey" primary key ("id"));`);
    this.addSql(`alter table "service" add constraint "service_seed_key_unique" unique ("seed_key");`);
    this.addSql(`alter table "service" add constraint "service_code_unique" unique ("code");`);

    this.addSql(`create table "service_case" ("id" uuid not null default gen_random_uuid(), "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "seed_key" text null, "seed_hash" text null, "edited_at" timestamptz null, "cite" text null, "lines" text null, "service_id" uuid not null, "key" text not null, "parent_key" text null, "number" text null, "kind" "case_kind" not null, "title" jsonb not null, "deadline_case_key" text null, "mapping" text null, "position" int not null default 0, constraint "service_case_pkey" primary key ("id"));`);
    this.addSql(`alter table "service_case" add constraint "service_case_seed_key_unique" unique ("seed_key");`);
    this.addSql(`alter table "service_case" add constraint "service_case_service_id_key_unique" unique ("service_id", "key");`);

    this.addSql(`create table "document_requirement" ("id" uuid not null default gen_random_uuid(), "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "seed_key" text null, "seed_hash" text null, "edited_at" timestamptz null, "cite" text null, "lines" text null, "service_id" uuid not null, "case_id" uuid null, "submitted_by" jsonb not null, "name" jsonb not null, "kind" "document_kind" not null, "from_state_system" boolean not null, "condition" jsonb null, "photo_width_cm" real null, "photo_height_cm" real null, "photo_count" int null, "photo_in_uniform" boolean null, "position" int not null default 0, constraint "document_requirement_pkey" primary key ("id"));`);
    this.addSql(`alter table "document_requirement" add constraint "document_requirement_seed_key_unique" unique ("seed_key");`);

    this.addSql(`create table "deadline_rule" ("id" uuid not null default gen_random_uuid(), "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "seed_key" text null, "seed_hash" text null, "edited_at" timestamptz null, "cite" text null, "lines" text null, "service_id" uuid not null, "channel" "channel" not null, "case_id" uuid null, "kind" "deadline_kind" not null, "value" int not null, "unit" "deadline_unit" not null, "up_to" boolean not null, "starts_from" "deadline_start" null, "condition" jsonb null, "excludes_acceptance_and_issue_days" boolean not null, "text" jsonb not null, "position" int not null default 0, constraint "deadline_rule_pkey" primary key ("id"));`);
    this.addSql(`alter table "deadline_rule" add constraint "deadline_rule_seed_key_unique" unique ("seed_key");`);

    this.addSql(`create table "service_event" ("id" uuid not null default gen_random_uuid(), "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "seed_key" text null, "seed_hash" text null, "edited_at" timestamptz null, "cite" text null, "lines" text null, "service_id" uuid not null, "act_id" uuid not null, "change" "service_change" not null, constraint "service_event_pkey" primary key ("id"));`);
    this.addSql(`alter table "service_event" add constraint "service_event_seed_key_unique" unique ("seed_key");`);

    this.addSql(`create table "service_indicator" ("id" uuid not null default gen_random_uuid(), "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "seed_key" text null, "seed_hash" text null, "edited_at" timestamptz null, "cite" text null, "lines" text null, "service_id" uuid not null, "code" text not null, "group_code" text not null, "group_name" jsonb not null, "wording" jsonb not null, "normative_value" real not null, constraint "service_indicator_pkey" primary key ("id"));`);
    this.addSql(`alter table "service_indicator" add constraint "service_indicator_seed_key_unique" unique ("seed_key");`);
    this.addSql(`alter table "service_indicator" add constraint "service_indicator_service_id_code_unique" unique ("service_id", "code");`);

    this.addSql(`create table "service_schedule" ("id" uuid not null default gen_random_uuid(), "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "seed_key" text null, "seed_hash" text null, "edited_at" timestamptz null, "cite" text null, "lines" text null, "service_id" uuid not null, "channel" "channel" not null, "days" text[] not null, "opens" text not null, "closes" text not null, "lunch_from" text null, "lunch_to" text null, "closed_on" "closed_days" not null, "text" jsonb not null, constraint "service_schedule_pkey" primary key ("id"));`);
    this.addSql(`alter table "service_schedule" add constraint "service_schedule_seed_key_unique" unique ("seed_key");`);

    this.addSql(`create table "app_user" ("id" uuid not null default gen_random_uuid(), "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "login" text not null, "password_hash" text not null, "full_name" text not null, "role" "role" not null, "region_id" uuid null, "office_id" uuid null, "active" boolean not null default true, "failed_sign_ins" int not null default 0, "last_sign_in_at" timestamptz null, constraint "app_user_pkey" primary key ("id"));`);
    this.addSql(`alter table "app_user" add constraint "app_user_login_unique" unique ("login");`);

    this.addSql(`create table "session" ("id" uuid not null default gen_random_uuid(), "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "user_id" uuid not null, "token_hash" text not null, "expires_at" timestamptz not null, "revoked_at" timestamptz null, "user_agent" text null, constraint "session_pkey" primary key ("id"));`);
    this.addSql(`alter table "session" add constraint "session_token_hash_unique" unique ("token_hash");`);
    this.addSql(`create index "session_expires_at_index" on "session" ("expires_at");`);

    this.addSql(`create table "api_key" ("id" uuid not null default gen_random_uuid(), "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "user_id" uuid not null, "name" text not null, "prefix" text not null, "secret_hash" text not null, "expires_at" timestamptz null, "revoked_at" timestamptz null, "last_used_at" timestamptz null, constraint "api_key_pkey" primary key ("id"));`);
    this.addSql(`alter table "api_key" add constraint "api_key_prefix_unique" unique ("prefix");`);

    this.addSql(`alter table "form_field" add constraint "form_field_form_id_foreign" foreign key ("form_id") references "application_form" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "legal_act" add constraint "legal_act_repealed_by_id_foreign" foreign key ("repealed_by_id") references "legal_act" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "act_amendment" add constraint "act_amendment_act_id_foreign" foreign key ("act_id") references "legal_act" ("id") on update cascade;`);
    this.addSql(`alter table "act_amendment" add constraint "act_amendment_amends_id_foreign" foreign key ("amends_id") references "legal_act" ("id") on update cascade;`);

    this.addSql(`alter table "psc_branch" add constraint "psc_branch_region_id_foreign" foreign key ("region_id") references "region" ("id") on update cascade;`);

    this.addSql(`alter table "office" add constraint "office_region_id_foreign" foreign key ("region_id") references "region" ("id") on update cascade;`);
    this.addSql(`alter table "office" add constraint "office_branch_id_foreign" foreign key ("branch_id") references "psc_branch" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "department" add constraint "department_region_id_foreign" foreign key ("region_id") references "region" ("id") on update cascade;`);

    this.addSql(`alter table "service" add constraint "service_act_id_foreign" foreign key ("act_id") references "legal_act" ("id") on update cascade;`);

    this.addSql(`alter table "service_case" add constraint "service_case_service_id_foreign" foreign key ("service_id") references "service" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "document_requirement" add constraint "document_requirement_service_id_foreign" foreign key ("service_id") references "service" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "document_requirement" add constraint "document_requirement_case_id_foreign" foreign key ("case_id") references "service_case" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "deadline_rule" add constraint "deadline_rule_service_id_foreign" foreign key ("service_id") references "service" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "deadline_rule" add constraint "deadline_rule_case_id_foreign" foreign key ("case_id") references "service_case" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "service_event" add constraint "service_event_service_id_foreign" foreign key ("service_id") references "service" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "service_event" add constraint "service_event_act_id_foreign" foreign key ("act_id") references "legal_act" ("id") on update cascade;`);

    this.addSql(`alter table "service_indicator" add constraint "service_indicator_service_id_foreign" foreign key ("service_id") references "service" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "service_schedule" add constraint "service_schedule_service_id_foreign" foreign key ("service_id") references "service" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "app_user" add constraint "app_user_region_id_foreign" foreign key ("region_id") references "region" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "app_user" add constraint "app_user_office_id_foreign" foreign key ("office_id") references "office" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "session" add constraint "session_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "api_key" add constraint "api_key_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "form_field" drop constraint "form_field_form_id_foreign";`);

    this.addSql(`alter table "legal_act" drop constraint "legal_act_repealed_by_id_foreign";`);

    this.addSql(`alter table "act_amendment" drop constraint "act_amendment_act_id_foreign";`);

    this.addSql(`alter table "act_amendment" drop constraint "act_amendment_amends_id_foreign";`);

    this.addSql(`alter table "service" drop constraint "service_act_id_foreign";`);

    this.addSql(`alter table "service_event" drop constraint "service_event_act_id_foreign";`);

    this.addSql(`alter table "psc_branch" drop constraint "psc_branch_region_id_foreign";`);

    this.addSql(`alter table "office" drop constraint "office_region_id_foreign";`);

    this.addSql(`alter table "department" drop constraint "department_region_id_foreign";`);

    this.addSql(`alter table "app_user" drop constraint "app_user_region_id_foreign";`);

    this.addSql(`alter table "office" drop constraint "office_branch_id_foreign";`);

    this.addSql(`alter table "app_user" drop constraint "app_user_office_id_foreign";`);

    this.addSql(`alter table "service_case" drop constraint "service_case_service_id_foreign";`);

    this.addSql(`alter table "document_requirement" drop constraint "document_requirement_service_id_foreign";`);

    this.addSql(`alter table "deadline_rule" drop constraint "deadline_rule_service_id_foreign";`);

    this.addSql(`alter table "service_event" drop constraint "service_event_service_id_foreign";`);

    this.addSql(`alter table "service_indicator" drop constraint "service_indicator_service_id_foreign";`);

    this.addSql(`alter table "service_schedule" drop constraint "service_schedule_service_id_foreign";`);

    this.addSql(`alter table "document_requirement" drop constraint "document_requirement_case_id_foreign";`);

    this.addSql(`alter table "deadline_rule" drop constraint "deadline_rule_case_id_foreign";`);

    this.addSql(`alter table "session" drop constraint "session_user_id_foreign";`);

    this.addSql(`alter table "api_key" drop constraint "api_key_user_id_foreign";`);

    this.addSql(`drop table if exists "application_form" cascade;`);

    this.addSql(`drop table if exists "audit_entry" cascade;`);

    this.addSql(`drop table if exists "calendar_day" cascade;`);

    this.addSql(`drop table if exists "form_field" cascade;`);

    this.addSql(`drop table if exists "legal_act" cascade;`);

    this.addSql(`drop table if exists "act_amendment" cascade;`);

    this.addSql(`drop table if exists "region" cascade;`);

    this.addSql(`drop table if exists "psc_branch" cascade;`);

    this.addSql(`drop table if exists "office" cascade;`);

    this.addSql(`drop table if exists "department" cascade;`);

    this.addSql(`drop table if exists "service" cascade;`);

    this.addSql(`drop table if exists "service_case" cascade;`);

    this.addSql(`drop table if exists "document_requirement" cascade;`);

    this.addSql(`drop table if exists "deadline_rule" cascade;`);

    this.addSql(`drop table if exists "service_event" cascade;`);

    this.addSql(`drop table if exists "service_indicator" cascade;`);

    this.addSql(`drop table if exists "service_schedule" cascade;`);

    this.addSql(`drop table if exists "app_user" cascade;`);

    this.addSql(`drop table if exists "session" cascade;`);

    this.addSql(`drop table if exists "api_key" cascade;`);

    this.addSql(`drop type "calendar_day_kind";`);
    this.addSql(`drop type "form_field_type";`);
    this.addSql(`drop type "act_kind";`);
    this.addSql(`drop type "act_status";`);
    this.addSql(`drop type "region_kind";`);
    this.addSql(`drop type "office_kind";`);
    this.addSql(`drop type "service_status";`);
    this.addSql(`drop type "case_kind";`);
    this.addSql(`drop type "document_kind";`);
    this.addSql(`drop type "channel";`);
    this.addSql(`drop type "deadline_kind";`);
    this.addSql(`drop type "deadline_unit";`);
    this.addSql(`drop type "deadline_start";`);
    this.addSql(`drop type "service_change";`);
    this.addSql(`drop type "closed_days";`);
    this.addSql(`drop type "role";`);
  }

}
