import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { loadSeeds, SeedError } from '../../api/src/seeds/loader';
import { startTestApp, type TestApp } from '../support/harness';

const SEEDS = path.resolve(__dirname, '..', '..', 'seeds');
let app: TestApp;
let db: Client;

beforeAll(async () => {
  app = await startTestApp();
  db = new Client({ connectionString: app.databaseUrl });
  await db.connect();
});
const copies: string[] = [];
afterAll(async () => {
  await db?.end();
  await app?.stop();
  for (const dir of copies) fs.rmSync(dir, { recursive: true, force: true });
});

// Every seeded table: key, version and last update of each row.
const snapshot = async () => {
  const tables = (await db.query("select table_name from information_schema.columns where column_name = 'seed_key' and table_schema = 'public' order by 1")).rows;
  const parts = tables.map((t: { table_name: string }) => `select seed_key, version, updated_at from "${t.table_name}"`);
  return (await db.query(`${parts.join(' union all ')} order by 1`)).rows;
};

function seedCopy(edit: (file: string, data: any) => void): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'seeds-'));
  copies.push(dir);
  fs.cpSync(SEEDS, dir, { recursive: true });
  for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.json'))) {
    const data = JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8'));
    edit(file, data);
    fs.writeFileSync(path.join(dir, file), JSON.stringify(data));
  }
  return dir;
}

test('a second load changes nothing and duplicates nothing', async () => {
  const before = await snapshot();
  const counts = await loadSeeds(app.orm.em.fork(), SEEDS);
  for (const [table, c] of Object.entries(counts)) expect({ table, inserted: c.inserted, updated: c.updated }).toEqual({ table, inserted: 0, updated: 0 });
  expect(counts.region.unchanged).toBe(16);
  expect(counts.service.unchanged).toBe(10);
  expect(await snapshot()).toEqual(before);
});

test("an administrator's edit survives later loads, even when the seed record changes", async () => {
  await db.query(`update region set name = jsonb_set(name, '{en}', '"Akmola (edited)"'), edited_at = now() where code = 'KZ-AKM'`);
  const dir = seedCopy((file, data) => {
    if (file === 'regions.json') data.regions.find((r: { code: string }) => r.code === 'KZ-AKM').name.en = 'Akmola Oblast';
  });
  const counts = await loadSeeds(app.orm.em.fork(), dir);
  expect(counts.region).toEqual({ inserted: 0, updated: 0, unchanged: 16 });
  const { rows } = await db.query("select name->>'en' as en from region where code = 'KZ-AKM'");
  expect(rows[0].en).toBe('Akmola (edited)');
});

test('a changed seed record updates a row nobody edited, once', async () => {
  const dir = seedCopy((file, data) => {
    if (file === 'services.json') data.services.find((s: { code: string }) => s.code === 'S5').title.en = 'Conscription-station registration certificates';
  });
  expect((await loadSeeds(app.orm.em.fork(), dir)).service).toEqual({ inserted: 0, updated: 1, unchanged: 9 });
  expect((await loadSeeds(app.orm.em.fork(), dir)).service).toEqual({ inserted: 0, updated: 0, unchanged: 10 });
  const { rows } = await db.query("select title->>'en' as en, version from service where code = 'S5'");
  expect(rows[0]).toEqual({ en: 'Conscription-station registration certificates', version: 2 });
});

test('an invalid seed file is refused with the field at fault, and nothing is written', async () => {
  const before = await snapshot();
  const dir = seedCopy((file, data) => {
    if (file === 'regions.json') data.regions[3].code = 'Aktobe';
  });
  await expect(loadSeeds(app.orm.em.fork(), dir)).rejects.toThrow(SeedError);
  await expect(loadSeeds(app.orm.em.fork(), dir)).rejects.toThrow(/regions\.3\.code/);
  expect(await snapshot()).toEqual(before);
});
