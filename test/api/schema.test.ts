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
