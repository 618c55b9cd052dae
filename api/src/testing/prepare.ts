import 'reflect-metadata';
import { MikroORM } from '@mikro-orm/postgresql';
import { Client } from 'pg';
import { createLogger } from '../common/logger';
import { ormOptions, migrate } from '../db/orm';
import { ReferenceDataSeeder } from '../seeds/reference-data.seeder';
import path from 'node:path';

/** Builds the template every test database is cloned from: migrations applied and seeds loaded, like a first start. */
export async function prepareTemplate(adminUrl: string, name: string): Promise<void> {
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(`drop database if exists ${client.escapeIdentifier(name)} with (force)`);
    await client.query(`create database ${client.escapeIdentifier(name)}`);
  } finally {
    await client.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const orm = await MikroORM.init(ormOptions(url.toString()));
  try {
    await migrate(orm, createLogger('warn'));
    await new ReferenceDataSeeder(path.resolve(__dirname, '..', '..', '..', 'seeds')).run(orm.em.fork());
  } finally {
    await orm.close(true);
  }
}
