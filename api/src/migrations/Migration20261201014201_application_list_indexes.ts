import { Migration } from '@mikro-orm/migrations';

export class Migration20261201014201_application_list_indexes extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create index "application_number_trgm" on "application" using gin ("number" gin_trgm_ops);`);
    this.addSql(`create index "application_submitted_by_id_accepted_at_index" on "application" ("submitted_by_id", "accepted_at");`);
    this.addSql(`create index "application_department_id_accepted_at_index" on "application" ("department_id", "accepted_at");`);
    this.addSql(`create index "application_office_id_accepted_at_index" on "application" ("office_id", "accepted_at");`);
    this.addSql(`create index "application_accepted_at_index" on "application" ("accepted_at");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "application_number_trgm";`);
    this.addSql(`drop index "application_submitted_by_id_accepted_at_index";`);
    this.addSql(`drop index "application_department_id_accepted_at_index";`);
    this.addSql(`drop index "application_office_id_accepted_at_index";`);
    this.addSql(`drop index "application_accepted_at_index";`);
  }

}
