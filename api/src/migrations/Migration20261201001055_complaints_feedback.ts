import { Migration } from '@mikro-orm/migrations';

/**
 * Complaints with the journal's numbers and the configurable consideration term, and satisfaction surveys. The term's
 * default is the law on appeals that every standard cites in para 25; administrators change it if the law changes.
 */
export class Migration20261201001055_complaints_feedback extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create type "complaint_form" as enum ('ORAL', 'WRITTEN', 'ELECTRONIC');`);
    this.addSql(`create type "complaint_addressee" as enum ('CENTRE_HEAD', 'CENTRE_ENTERPRISE_HEAD', 'BODY_HEAD', 'MINISTRY');`);
    this.addSql(`create type "complaint_status" as enum ('REGISTERED', 'RESOLVED');`);
    this.addSql(`create type "complaint_outcome" as enum ('UPHELD', 'PARTLY_UPHELD', 'REJECTED');`);
    this.addSql(`create type "notification_method" as enum ('SMS', 'PHONE', 'EMAIL', 'POST', 'IN_PERSON');`);
    this.addSql(`create table "complaint_rule" ("id" uuid not null default gen_random_uuid(), "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "key" text not null, "consideration_days" int not null, "extended_days" int not null, "cite" text not null, constraint "complaint_rule_pkey" primary key ("id"));`);
    this.addSql(`alter table "complaint_rule" add constraint "complaint_rule_key_unique" unique ("key");`);

    this.addSql(`create table "feedback" ("id" uuid not null default gen_random_uuid(), "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "application_id" uuid not null, "service_id" uuid not null, "region_id" uuid not null, "office_id" uuid null, "channel" "channel" not null, "process_score" smallint not null, "information_score" smallint not null, "complaint_score" smallint null, "courtesy_score" smallint not null, "comment" text null, "responded_at" timestamptz not null, "responded_on" date not null, "submitted_by_id" uuid not null, "submitted_via" "submission_channel" not null, constraint "feedback_pkey" primary key ("id"));`);
    this.addSql(`alter table "feedback" add constraint "feedback_application_id_unique" unique ("application_id");`);
    this.addSql(`create index "feedback_service_id_responded_on_index" on "feedback" ("service_id", "responded_on");`);
    this.addSql(`create index "feedback_region_id_responded_on_index" on "feedback" ("region_id", "responded_on");`);

    this.addSql(`create table "complaint" ("id" uuid not null default gen_random_uuid(), "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "number" text not null, "form" "complaint_form" not null, "addressee" "complaint_addressee" not null, "office_id" uuid null, "department_id" uuid null, "employee_name" text null, "application_id" uuid null, "service_id" uuid null, "region_id" uuid null, "complainant_name" text not null, "postal_address" text null, "email" text null, "phone" text null, "filed_on" date not null, "reasons" text not null, "demands" text not null, "received_at" timestamptz not null, "received_on" date not null, "received_by_id" uuid not null, "talon" jsonb not null, "rule" jsonb not null, "due_on" date not null, "extension" jsonb null, "status" "complaint_status" not null, "outcome" "complaint_outcome" null, "outcome_text" text null, "resolved_on" date null, "complainant_notified_at" timestamptz null, "notification_method" "notification_method" null, constraint "complaint_pkey" primary key ("id"));`);
    this.addSql(`alter table "complaint" add constraint "complaint_number_unique" unique ("number");`);
    this.addSql(`create index "complaint_application_id_index" on "complaint" ("application_id");`);
    this.addSql(`create index "complaint_status_due_on_index" on "complaint" ("status", "due_on");`);
    this.addSql(`create index "complaint_region_id_received_on_index" on "complaint" ("region_id", "received_on");`);

    this.addSql(`alter table "feedback" add constraint "feedback_application_id_foreign" foreign key ("application_id") references "application" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "feedback" add constraint "feedback_service_id_foreign" foreign key ("service_id") references "service" ("id") on update cascade;`);
    this.addSql(`alter table "feedback" add constraint "feedback_region_id_foreign" foreign key ("region_id") references "region" ("id") on update cascade;`);
    this.addSql(`alter table "feedback" add constraint "feedback_office_id_foreign" foreign key ("office_id") references "office" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "feedback" add constraint "feedback_submitted_by_id_foreign" foreign key ("submitted_by_id") references "app_user" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "complaint" add constraint "complaint_office_id_foreign" foreign key ("office_id") references "office" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "complaint" add constraint "complaint_department_id_foreign" foreign key ("department_id") references "department" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "complaint" add constraint "complaint_application_id_foreign" foreign key ("application_id") references "application" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "complaint" add constraint "complaint_service_id_foreign" foreign key ("service_id") references "service" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "complaint" add constraint "complaint_region_id_foreign" foreign key ("region_id") references "region" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "complaint" add constraint "complaint_received_by_id_foreign" foreign key ("received_by_id") references "app_user" ("id") on update cascade on delete restrict;`);

    this.addSql(`create sequence if not exists "complaint_number_seq";`);
    this.addSql(
      `insert into "complaint_rule" ("key", "consideration_days", "extended_days", "cite") values ('appeals-law', 15, 30, ` +
        `'Law of the Republic of Kazakhstan of 12 January 2007 No 221-III "On the procedure for considering applications of individuals and legal entities", art. 8: 15 calendar days from registration, extendable to 30 with notice to the applicant; cited by S1–S7 §25') on conflict ("key") do nothing;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop sequence if exists "complaint_number_seq";`);
    this.addSql(`drop table if exists "complaint_rule" cascade;`);

    this.addSql(`drop table if exists "feedback" cascade;`);

    this.addSql(`drop table if exists "complaint" cascade;`);

    this.addSql(`drop type "complaint_form";`);
    this.addSql(`drop type "complaint_addressee";`);
    this.addSql(`drop type "complaint_status";`);
    this.addSql(`drop type "complaint_outcome";`);
    this.addSql(`drop type "notification_method";`);
  }

}
