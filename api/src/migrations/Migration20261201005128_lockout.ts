import { Migration } from '@mikro-orm/migrations';

export class Migration20261201005128_lockout extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "app_user" add column "locked_until" timestamptz null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "app_user" drop column "locked_until";`);
  }

}
