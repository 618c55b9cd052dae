import { Client } from 'pg';

/** The admin URL of the test server, set by the global setup. */
export function adminUrl(): string {
  const url = process.env.TEST_ADMIN_URL;
  if (!url) throw new Error('TEST_ADMIN_URL is not set: run the tests with `npm test`.');
  return url;
}

export function databaseUrl(name: string): string {
  const url = new URL(adminUrl());
  url.pathname = `/${name}`;
  return url.toString();
}

/**
 * A fresh copy of the seeded template for this worker (and optional suffix), so test files never see each other's rows.
 */
export async function freshDatabase(suffix = ''): Promise<string> {
  const name = `test_${process.env.JEST_WORKER_ID ?? '1'}${suffix ? '_' + suffix : ''}`;
  const client = new Client({ connectionString: adminUrl() });
  await client.connect();
  try {
    await client.query(`drop database if exists "${name}" with (force)`);
    await client.query(`create database "${name}" template registry_template`);
  } finally {
    await client.end();
  }
  return databaseUrl(name);
}

/** An empty database (no tables), for tests of what start-up does to a new one. */
export async function emptyDatabase(suffix: string): Promise<string> {
  const name = `empty_${process.env.JEST_WORKER_ID ?? '1'}_${suffix}`;
  const client = new Client({ connectionString: adminUrl() });
  await client.connect();
  try {
    await client.query(`drop database if exists "${name}" with (force)`);
    await client.query(`create database "${name}"`);
  } finally {
    await client.end();
  }
  return databaseUrl(name);
}
