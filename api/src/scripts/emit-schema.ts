import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { AuthService } from '../modules/auth/auth.service';
import { createSchema, schemaSDL } from '../schema';

async function main() {
  const target = path.resolve(__dirname, '..', '..', '..', 'schema', 'schema.graphql');
  fs.writeFileSync(target, schemaSDL(await createSchema(new AuthService(12))));
  console.log(`wrote ${target}`);
}
main().catch((error) => {
  console.error(error);
  process.exit(1);
});
