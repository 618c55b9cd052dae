import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/** A product-wide setting kept in the database, e.g. whether the first start loaded demo data (so a removal sticks). */
@Entity({ tableName: 'app_setting' })
export class AppSetting {
  @PrimaryKey({ type: 'text' })
  key!: string;

  @Property({ type: 'json' })
  value!: unknown;

  @Property({ type: 'timestamptz', defaultRaw: 'now()', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
