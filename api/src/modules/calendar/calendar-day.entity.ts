import { Entity, Enum, Property } from '@mikro-orm/core';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { SeededEntity } from '../../common/seeded.entity';
import { LocalizedText } from '../../common/localized-text';
import { DateScalar } from '../../common/scalars';

export enum CalendarDayKind {
  HOLIDAY = 'HOLIDAY',
  SUBSTITUTE_DAY_OFF = 'SUBSTITUTE_DAY_OFF',
  MOVED_DAY_OFF = 'MOVED_DAY_OFF',
  WORKING_DAY = 'WORKING_DAY',
}
registerEnumType(CalendarDayKind, {
  name: 'CalendarDayKind',
  description: 'How a date differs from the ordinary Monday–Friday week.',
  valuesConfig: {
    HOLIDAY: { description: 'A public holiday: a day off.' },
    SUBSTITUTE_DAY_OFF: { description: 'A day off replacing a holiday that fell on a weekend (Labour Code).' },
    MOVED_DAY_OFF: { description: 'A working day made a day off by a Government decree moving days off.' },
    WORKING_DAY: { description: 'A Saturday or Sunday made a working day (the other side of a move; once, in 2020, a substitute day off).' },
  },
});

@ObjectType({ description: 'A date of the working calendar that is not an ordinary day.' })
@Entity({ tableName: 'calendar_day' })
export class CalendarDay extends SeededEntity<'note' | 'isDayOff'> {
  @Field(() => DateScalar)
  @Property({ type: 'date', unique: true })
  date!: string;

  @Field(() => CalendarDayKind)
  @Enum({ items: () => CalendarDayKind, nativeEnumName: 'calendar_day_kind' })
  kind!: CalendarDayKind;

  @Field(() => LocalizedText)
  @Property({ type: 'json' })
  name!: LocalizedText;

  @Field(() => String, { nullable: true, description: 'E.g. the decree that moved the day.' })
  @Property({ type: 'text', nullable: true })
  note?: string | null;

  get isDayOff(): boolean {
    return this.kind !== CalendarDayKind.WORKING_DAY;
  }
}
