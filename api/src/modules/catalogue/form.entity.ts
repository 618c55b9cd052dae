import { Collection, Entity, Enum, ManyToOne, OneToMany, Property, Unique } from '@mikro-orm/core';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { SeededEntity } from '../../common/seeded.entity';
import { LocalizedText } from '../../common/localized-text';

export enum FormFieldType {
  TEXT = 'TEXT',
  LONG_TEXT = 'LONG_TEXT',
  DATE = 'DATE',
  YEAR = 'YEAR',
  YEAR_MONTH = 'YEAR_MONTH',
  CHOICE = 'CHOICE',
  ADDRESSEE = 'ADDRESSEE',
  SIGNATURE = 'SIGNATURE',
}
registerEnumType(FormFieldType, { name: 'FormFieldType' });

@ObjectType()
export class FormChoice {
  @Field()
  value!: string;

  @Field(() => LocalizedText)
  label!: LocalizedText;
}

@ObjectType({ description: 'An application form of Appendix 4 (F-A…F-E).' })
@Entity({ tableName: 'application_form' })
export class ApplicationForm extends SeededEntity {
  @Field()
  @Property({ type: 'text', unique: true })
  code!: string;

  @Field(() => LocalizedText)
  @Property({ type: 'json' })
  title!: LocalizedText;

  @Field(() => [String], { description: 'The standards that print this form as their Appendix 4.' })
  @Property({ type: 'text[]' })
  usedBy!: string[];

  @Field(() => [LocalizedText])
  @Property({ type: 'json' })
  attachments!: LocalizedText[];

  @Field(() => [LocalizedText], { description: 'What the applicant should bring, as the form lists it.' })
  @Property({ type: 'json' })
  notes!: LocalizedText[];

  @Field(() => [String], { description: 'Observations on the printed form (e.g. the apparent S2/S6 swap).' })
  @Property({ type: 'json' })
  observations!: string[];

  @Field()
  @Property({ type: 'text' })
  lines!: string;

  @OneToMany(() => FormField, (f) => f.form, { orderBy: { position: 'asc' } })
  fields = new Collection<FormField>(this);
}

@ObjectType({ description: 'A field of an application form.' })
@Entity({ tableName: 'form_field' })
@Unique({ properties: ['form', 'key'] })
export class FormField extends SeededEntity {
  @ManyToOne(() => ApplicationForm, { deleteRule: 'cascade' })
  form!: ApplicationForm;

  @Field(() => Int)
  @Property({ type: 'int' })
  position!: number;

  @Field()
  @Property({ type: 'text' })
  key!: string;

  @Field(() => LocalizedText)
  @Property({ type: 'json' })
  label!: LocalizedText;

  @Field(() => FormFieldType)
  @Enum({ items: () => FormFieldType, nativeEnumName: 'form_field_type' })
  type!: FormFieldType;

  @Field()
  @Property({ type: 'boolean' })
  required!: boolean;

  @Field(() => [FormChoice], { nullable: true })
  @Property({ type: 'json', nullable: true })
  choices?: FormChoice[] | null;

  @Field()
  @Property({ type: 'text' })
  lines!: string;
}
