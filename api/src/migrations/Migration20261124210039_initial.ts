import { Migration } from '@mikro-orm/migrations';

export class Migration20261124210039_initial extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create type "act_status" as enum ('IN_FORCE', 'REPEALED');`);
    this.addSql(`create type "region_kind" as enum ('OBLAST', 'CITY');`);
    this.addSql(`create type "service_status" as enum ('IN_FORCE', 'REPEALED');`);
    this.addSql(`create type "role" as enum ('ADMIN', 'SUPERVISOR', 'DIRECTORY_ADMIN', 'OPERATOR', 'INTEGRATOR');`);
    this.addSql(`create table "legal_act" ("id" uuid not null default gen_random_uuid(), "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "seed_key" text null, "seed_hash" text null, "edited_at" timestamptz null, "number" text not null, "adopted_on" date not null, "kind" jsonb not null, "title" jsonb not null, "signatory" text null, "status" "act_status" not null, "repealed_on" date null, "repealed_by" jsonb null, constraint "legal_act_pkey" primary key ("id"));`);
    this.addSql(`alter table "legal_act" add constraint "legal_act_seed_key_unique" unique ("seed_key");`);
    this.addSql(`alter table "legal_act" add constraint "legal_act_number_unique" unique ("number");`);

    this.addSql(`create table "region" ("id" uuid not null default gen_random_uuid(), "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "seed_key" text null, "seed_hash" text null, "edited_at" timestamptz null, "code" text not null, "iso_numeric_code" text null, "name" jsonb not null, "kind" "region_kind" not null, "sort_order" int not null default 0, constraint "region_pkey" primary key ("id"));`);
    this.addSql(`alter table "region" add constraint "region_seed_key_unique" unique ("seed_key");`);
    this.addSql(`alter table "region" add constraint "region_code_unique" unique ("code");`);

    this.addSql(`create table "office" ("id" uuid not null default gen_random_uuid(), "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "seed_key" text null, "seed_hash" text null, "edited_at" timestamptz null, "region_id" uuid not null, "name" jsonb not null, "address" jsonb null, constraint "office_pkey" primary key ("id"));`);
    this.addSql(`alter table "office" add constraint "office_seed_key_unique" unique ("seed_key");`);

    this.addSql(`create table "service" ("id" uuid not null default gen_random_uuid(), "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "seed_key" text null, "seed_hash" text null, "edited_at" timestamptz null, "code" text not null, "title" jsonb not null, "status" "service_status" not null, "act_id" uuid not null, "decree_item" text null, "sort_order" int not null default 0, constraint "service_pkey" primary key ("id"));`);
    this.addSql(`alter table "service" add constraint "service_seed_key_unique" unique ("seed_key");`);
    this.addSql(`alter table "service" add constraint "service_code_unique" unique ("code");`);

    this.addSql(`create table "app_user" ("id" uuid not null default gen_random_uuid(), "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "login" text not null, "password_hash" text not null, "full_name" text not null, "role" "role" not null, "region_id" uuid null, "office_id" uuid null, "active" boolean not null default true, "failed_sign_ins" int not null default 0, "last_sign_in_at" timestamptz null, constraint "app_user_pkey" primary key ("id"));`);
    this.addSql(`alter table "app_user" add constraint "app_user_login_unique" unique ("login");`);

    this.addSql(`create table "session" ("id" uuid not null default gen_random_uuid(), "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "user_id" uuid not null, "token_hash" text not null, "expires_at" timestamptz not null, "revoked_at" timestamptz null, "user_agent" text null, constraint "session_pkey" primary key ("id"));`);
    this.addSql(`alter table "session" add constraint "session_token_hash_unique" unique ("token_hash");`);
    this.addSql(`create index "session_expires_at_index" on "session" ("expires_at");`);

    this.addSql(`create table "api_key" ("id" uuid not null default gen_random_uuid(), "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "user_id" uuid not null, "name" text not null, "prefix" text not null, "secret_hash" text not null, "expires_at" timestamptz null, "revoked_at" timestamptz null, "last_used_at" timestamptz null, constraint "api_key_pkey" primary key ("id"));`);
    this.addSql(`alter table "api_key" add constraint "api_key_prefix_unique" unique ("prefix");`);

    this.addSql(`alter table "office" add constraint "office_region_id_foreign" foreign key ("region_id") references "region" ("id") on update cascade;`);

    this.addSql(`alter table "service" add constraint "service_act_id_foreign" foreign key ("act_id") references "legal_act" ("id") on update cascade;`);

    this.addSql(`alter table "app_user" add constraint "app_user_region_id_foreign" foreign key ("region_id") references "region" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "app_user" add constraint "app_user_office_id_foreign" foreign key ("office_id") references "office" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "session" add constraint "session_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "api_key" add constraint "api_key_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "service" drop constraint "service_act_id_foreign";`);

    this.addSql(`alter table "office" drop constraint "office_region_id_foreign";`);

    this.addSql(`alter table "app_user" drop constraint "app_user_region_id_foreign";`);

    this.addSql(`alter table "app_user" drop constraint "app_user_office_id_foreign";`);

    this.addSql(`alter table "session" drop constraint "session_user_id_foreign";`);

    this.addSql(`alter table "api_key" drop constraint "api_key_user_id_foreign";`);

    this.addSql(`drop table if exists "legal_act" cascade;`);

    this.addSql(`drop table if exists "region" cascade;`);

    this.addSql(`drop table if exists "office" cascade;`);

    this.addSql(`drop table if exists "service" cascade;`);

    this.addSql(`drop table if exists "app_user" cascade;`);

    this.addSql(`drop table if exists "session" cascade;`);

    this.addSql(`drop table if exists "api_key" cascade;`);

    this.addSql(`drop type "act_status";`);
    this.addSql(`drop type "region_kind";`);
    this.addSql(`drop type "service_status";`);
    this.addSql(`drop type "role";`);
  }

}
