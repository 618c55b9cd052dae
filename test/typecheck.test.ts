import path from 'node:path';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

// swc strips types without checking them: the compiler runs here so a type error fails `npm test`.
const root = path.resolve(__dirname, '..');
const tsc = path.join(root, 'node_modules', 'typescript', 'bin', 'tsc');
const run = promisify(execFile);

test.each([
  ['api and tests', 'tsconfig.json'],
  ['console', 'admin/tsconfig.json'],
  ['browser tests', 'test/e2e/tsconfig.json'],
])('%s type-check cleanly', async (_name, project) => {
  const result = await run(process.execPath, [tsc, '--noEmit', '-p', project], { cwd: root, maxBuffer: 10 * 1024 * 1024 }).then(
    () => '',
    (error: { stdout: string }) => error.stdout,
  );
  expect(result).toBe('');
}, 180_000);
