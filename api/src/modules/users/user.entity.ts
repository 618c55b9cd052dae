import { Entity, Enum, ManyToOne, Property } from '@mikro-orm/core';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { BaseEntity } from '../../common/base.entity';
import { Department, Office } from '../directory/office.entity';
import { Region } from '../catalogue/region.entity';

export enum Role {
  ADMIN = 'ADMIN',
  SUPERVISOR = 'SUPERVISOR',
  DIRECTORY_ADMIN = 'DIRECTORY_ADMIN',
  OPERATOR = 'OPERATOR',
  INTEGRATOR = 'INTEGRATOR',
}
registerEnumType(Role, {
  name: 'Role',
  description: 'What an account may do.',
  valuesConfig: {
    ADMIN: { description: 'System administrator: accounts and API keys.' },
    SUPERVISOR: { description: 'Ministry supervisor: indicators and registers, optionally limited to one region.' },
    DIRECTORY_ADMIN: { description: 'Keeps services, offices and the working calendar.' },
    OPERATOR: { description: 'Registers applications and complaints at one office.' },
    INTEGRATOR: { description: "A partner system calling the API with API keys (e.g. the service centres' own systems)." },
  },
});

@ObjectType({ description: 'A person or system that signs in.' })
@Entity({ tableName: 'app_user' })
export class User extends BaseEntity<'active' | 'failedSignIns' | 'lastSignInAt' | 'region' | 'office' | 'department' | 'lockedUntil'> {
  @Field()
  @Property({ type: 'text', unique: true })
  login!: string;

  @Property({ type: 'text', hidden: true, lazy: true })
  passwordHash!: string;

  @Field()
  @Property({ type: 'text' })
  fullName!: string;

  @Field(() => Role)
  @Enum({ items: () => Role, nativeEnumName: 'role' })
  role!: Role;

  @Field(() => Region, { nullable: true, description: 'For a SUPERVISOR limited to one region.' })
  @ManyToOne(() => Region, { nullable: true })
  region?: Region | null;

  @Field(() => Office, { nullable: true, description: 'For an OPERATOR at a population service centre: the office they work at.' })
  @ManyToOne(() => Office, { nullable: true })
  office?: Office | null;

  @Field(() => Department, { nullable: true, description: 'For an OPERATOR at the authorized body: the defence affairs department they work at.' })
  @ManyToOne(() => Department, { nullable: true })
  department?: Department | null;

  @Field()
  @Property({ type: 'boolean', default: true })
  active: boolean = true;

  @Property({ type: 'int', default: 0 })
  failedSignIns: number = 0;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'timestamptz', nullable: true })
  lastSignInAt?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Set after repeated failed sign-ins: no sign-in until then (a new password unlocks it).' })
  @Property({ type: 'timestamptz', nullable: true })
  lockedUntil?: Date | null;
}
