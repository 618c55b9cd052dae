import { Migration } from '@mikro-orm/migrations';

const TABLES = ['session', 'app_user', 'api_key'];

/** Any change to sessions, accounts or API keys tells every API instance to forget the viewers it remembers. */
export class Migration20261201030000_viewer_notifications extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create or replace function registry_notify_viewers() returns trigger language plpgsql as $$
      begin perform pg_notify('registry_viewers', tg_table_name); return null; end $$;`);
    for (const t of TABLES) {
      this.addSql(`create trigger "${t}_notify_viewers" after update or delete on "${t}" for each statement execute function registry_notify_viewers();`);
      this.addSql(`create trigger "${t}_notify_viewers_truncate" after truncate on "${t}" for each statement execute function registry_notify_viewers();`);
    }
  }

  override async down(): Promise<void> {
    for (const t of TABLES) {
      this.addSql(`drop trigger if exists "${t}_notify_viewers" on "${t}";`);
      this.addSql(`drop trigger if exists "${t}_notify_viewers_truncate" on "${t}";`);
    }
    this.addSql(`drop function if exists registry_notify_viewers();`);
  }
}
