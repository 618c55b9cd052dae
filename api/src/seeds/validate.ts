import fs from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import { calendarFile, directoryFile, formsFile, legalActsFile, regionsFile, servicesFile, standardFile } from './schema';

/** `node dist/api/seeds/validate.js [seedDir]`: checks every seed file present against its schema and prints each problem. */
const dir = path.resolve(process.argv[2] ?? path.join(__dirname, '..', '..', '..', 'seeds'));
const files: [string, z.ZodTypeAny][] = [
  ['regions.json', regionsFile],
  ['calendar.json', calendarFile],
  ['legal-acts.json', legalActsFile],
  ['services.json', servicesFile],
  ['directory.json', directoryFile],
  ['forms.json', formsFile],
  ...['S1', 'S2', 'S3', 'S4', 'S5', 'S6', 'S7'].map((s): [string, z.ZodTypeAny] => [`standards/${s}.json`, standardFile]),
];
let problems = 0;
for (const [file, schema] of files) {
  const full = path.join(dir, file);
  if (!fs.existsSync(full)) {
    console.log(`- ${file}: missing`);
    continue;
  }
  const parsed = schema.safeParse(JSON.parse(fs.readFileSync(full, 'utf8')));
  if (parsed.success) console.log(`ok ${file}`);
  else {
    problems += parsed.error.issues.length;
    for (const issue of parsed.error.issues.slice(0, 30)) console.log(`✗ ${file}: ${issue.path.join('.')}: ${issue.message}`);
  }
}
process.exit(problems ? 1 : 0);
