import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { Field, Float, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../common/base.entity';
import { DateScalar } from '../../common/scalars';
import { Channel } from '../catalogue/rules.entity';
import { Region } from '../catalogue/region.entity';
import { Service } from '../catalogue/service.entity';
import { Department, Office } from '../directory/office.entity';

/**
 * The indicators' monthly rollup: per month (Asia/Almaty), service, region, place and channel, the counts the
 * indicators are made of. Kept exact by statement-level triggers on application and feedback (see the indicators
 * migration), so indicator queries sum a few thousand rows instead of scanning applications.
 */
@Entity({ tableName: 'kpi_month' })
@Unique({ name: 'kpi_month_key', expression: 'create unique index "kpi_month_key" on "kpi_month" ("month", "service_id", "region_id", "office_id", "department_id", "channel") nulls not distinct' })
export class KpiMonth {
  @PrimaryKey({ type: 'bigint', autoincrement: true })
  id!: string;

  @Property({ type: 'date' })
  month!: string;

  @ManyToOne(() => Service, { deleteRule: 'cascade' })
  service!: Service;

  @ManyToOne(() => Region, { deleteRule: 'cascade' })
  region!: Region;

  @ManyToOne(() => Office, { nullable: true, deleteRule: 'cascade' })
  office?: Office | null;

  @ManyToOne(() => Department, { nullable: true, deleteRule: 'cascade' })
  department?: Department | null;

  @Enum({ items: () => Channel, nativeEnumName: 'channel' })
  channel!: Channel;

  /** Applications whose term was met or missed this month (indicator 1.1's denominator)… */
  @Property({ type: 'int', default: 0 })
  completed!: number;

  /** …and those on time (its numerator). */
  @Property({ type: 'int', default: 0 })
  onTime!: number;

  /** Surveys answered this month, and how many were satisfied (score 4 or 5) with each aspect. */
  @Property({ type: 'int', default: 0 })
  feedback!: number;

  @Property({ type: 'int', default: 0 })
  processOk!: number;

  @Property({ type: 'int', default: 0 })
  informationOk!: number;

  @Property({ type: 'int', default: 0 })
  complaintRated!: number;

  @Property({ type: 'int', default: 0 })
  complaintOk!: number;

  @Property({ type: 'int', default: 0 })
  courtesyOk!: number;
}

/**
 * A target value set by the ministry's order for a year (para 19), for one indicator, for one service or all.
 * Append-only: a new order adds a row; the latest row per year, indicator and service is in force.
 */
@ObjectType({ description: "A year's target value for an indicator, set by the Minister's order (para 19)." })
@Entity({ tableName: 'indicator_target' })
@Index({ properties: ['year', 'code'] })
export class IndicatorTarget extends BaseEntity<'service'> {
  @Field(() => Int)
  @Property({ type: 'int' })
  year!: number;

  @Field({ description: '1.1, 2.1, 3.1, 3.2, 4.1 or 5.1.' })
  @Property({ type: 'text' })
  code!: string;

  @Field(() => Service, { nullable: true, description: 'Null: for every service without a target of its own.' })
  @ManyToOne(() => Service, { nullable: true })
  service?: Service | null;

  @Field(() => Float, { description: 'Percent.' })
  @Property({ type: 'real' })
  value!: number;

  @Field({ description: "The order's number." })
  @Property({ type: 'text' })
  orderNumber!: string;

  @Field(() => DateScalar, { description: "The order's date." })
  @Property({ type: 'date' })
  orderDate!: string;

  @Field({ description: 'Login of the supervisor who recorded it.' })
  @Property({ type: 'text' })
  setBy!: string;
}
