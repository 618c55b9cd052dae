import { Entity, Enum, Property } from '@mikro-orm/core';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { SeededEntity } from '../../common/seeded.entity';
import { LocalizedText } from '../../common/localized-text';

export enum RegionKind {
  OBLAST = 'OBLAST',
  CITY = 'CITY',
}
registerEnumType(RegionKind, { name: 'RegionKind', description: 'An oblast, or a city of republican significance.' });

@ObjectType({ description: 'A first-level administrative unit as the decree knew it (16 of them in 2009-2014).' })
@Entity({ tableName: 'region' })
export class Region extends SeededEntity<'sortOrder'> {
  @Field({ description: 'ISO 3166-2 letter code, e.g. KZ-AKM.' })
  @Property({ type: 'text', unique: true })
  code!: string;

  @Field(() => String, { nullable: true, description: 'ISO 3166-2 numeric code in use since 2022, e.g. KZ-11.' })
  @Property({ type: 'text', nullable: true })
  isoNumericCode?: string | null;

  @Field(() => LocalizedText)
  @Property({ type: 'json' })
  name!: LocalizedText;

  @Field(() => RegionKind)
  @Enum({ items: () => RegionKind, nativeEnumName: 'region_kind' })
  kind!: RegionKind;

  @Field(() => Int, { description: 'Order in which the decree lists the region.' })
  @Property({ type: 'int', default: 0 })
  sortOrder: number = 0;
}
