import { Entity, ManyToOne, Property } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { SeededEntity } from '../../common/seeded.entity';
import { LocalizedText } from '../../common/localized-text';
import { Region } from './region.entity';

@ObjectType({ description: 'An office where a service is provided or applications are received.' })
@Entity({ tableName: 'office' })
export class Office extends SeededEntity {
  @Field(() => Region)
  @ManyToOne(() => Region)
  region!: Region;

  @Field(() => LocalizedText)
  @Property({ type: 'json' })
  name!: LocalizedText;

  @Field(() => LocalizedText, { nullable: true })
  @Property({ type: 'json', nullable: true })
  address?: LocalizedText | null;
}
