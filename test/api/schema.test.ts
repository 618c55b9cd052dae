import fs from 'node:fs';
import path from 'node:path';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { MikroORM } from '@mikro-orm/postgresql';
import { AuthService } from '../../api/src/modules/auth/auth.service';
import { createSchema, schemaSDL } from '../../api/src/schema';
import { ormOptions } from '../../api/src/db/orm';
import { freshDatabase } from '../support/db';

const root = path.resolve(__dirname, '..', '..');
const run = promisify(execFile);

test('the committed schema/schema.graphql is what the code builds (run `npm run schema:emit`)', async () => {
  const committed = fs.readFileSync(path.join(root, 'schema', 'schema.graphql'), 'utf8');
  expect(schemaSDL(await createSchema(new AuthService(1)))).toBe(committed);
});

test('the generated console documents are up to date with the schema (run `npm run codegen`)', async () => {
  const result = await run(path.join(root, 'node_modules', '.bin', 'graphql-codegen'), ['--config', 'codegen.yml', '--check', '--silent'], { cwd: root }).then(
    () => ({ code: 0, out: '' }),
    (error: { code: number; stdout: string; stderr: string }) => ({ code: error.code, out: error.stdout + error.stderr }),
  );
  expect(result.out).toBe('');
  expect(result.code).toBe(0);
});

test('the committed migrations create exactly the schema the entities describe', async () => {
  const orm = await MikroORM.init(ormOptions(await freshDatabase('migrations')));
  try {
    const diff = await orm.getSchemaGenerator().getUpdateSchemaSQL({ wrap: false });
    expect(diff.trim()).toBe('');
  } finally {
    await orm.close(true);
  }
});

test("the activity log's record ids become uuid[], an id that is not a UUID (none is written) dropped instead of stopping the start", async () => {
  const orm = await MikroORM.init(ormOptions(await freshDatabase('uuid_ids')));
  try {
    const migrator = orm.getMigrator();
    await migrator.down({ to: 'Migration20261201030000_viewer_notifications' });
    const conn = orm.em.getConnection();
    const id = '3f1c1c8e-2a6b-4c4e-9d2e-7b8a9c0d1e2f';
    await conn.execute(`insert into activity_log (kind, operation, actor_login, entity_ids, outcome) values ('MUTATION', 'x', 'a', array['${id}', 'not-a-uuid'], 'OK'), ('MUTATION', 'y', 'a', array['${id}'], 'OK')`);
    await migrator.up();
    const rows = await conn.execute(`select operation, entity_ids::text[] as ids, pg_typeof(entity_ids)::text as type from activity_log order by operation`);
    expect(rows).toEqual([
      { operation: 'x', ids: [id], type: 'uuid[]' },
      { operation: 'y', ids: [id], type: 'uuid[]' },
    ]);
  } finally {
    await orm.close(true);
  }
});
