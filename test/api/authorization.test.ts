import fs from 'node:fs';
import path from 'node:path';
import { getMetadataStorage } from 'type-graphql';
import { AuthService } from '../../api/src/modules/auth/auth.service';
import { createSchema } from '../../api/src/schema';

// docs/authorization.md is the contract; the code's @Authorized metadata must say the same for every operation.
const doc = fs.readFileSync(path.resolve(__dirname, '..', '..', 'docs', 'authorization.md'), 'utf8');
const documented = new Map(
  [...doc.matchAll(/^\| `(\w+)` \| (query|mutation) \| ([^|]+) \|/gm)].map(([, name, kind, who]) => [`${kind}.${name}`, who.trim()]),
);

function expectedRule(who: string): string[] | 'public' {
  if (who.startsWith('public')) return 'public';
  if (who === 'signed in') return [];
  return who.split(',').map((r) => r.trim()).sort();
}

test('every query and mutation has a documented rule, and the code enforces exactly that rule', async () => {
  const schema = await createSchema(new AuthService(1));
  const operations = [
    ...Object.keys(schema.getQueryType()!.getFields()).map((f) => `query.${f}`),
    ...Object.keys(schema.getMutationType()!.getFields()).map((f) => `mutation.${f}`),
  ].sort();
  expect([...documented.keys()].sort()).toEqual(operations);

  const storage = getMetadataStorage();
  const rules = new Map<string, string[]>();
  for (const a of storage.authorizedFields) rules.set(a.fieldName, [...a.roles].sort());
  for (const op of operations) {
    const name = op.split('.')[1];
    const expected = expectedRule(documented.get(op)!);
    if (expected === 'public') expect({ op, rule: rules.get(name) }).toEqual({ op, rule: undefined });
    else expect({ op, rule: rules.get(name) }).toEqual({ op, rule: expected });
  }
});
