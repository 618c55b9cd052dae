// Builds what `npm start` serves: the API (swc, about a second) and the console (Vite, skipped when its inputs are unchanged).
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bin = (name) => path.join(root, 'node_modules', '.bin', name);
const apiOnly = process.argv.includes('--api-only');

function run(cmd, args, cwd = root) {
  execFileSync(cmd, args, { cwd, stdio: 'inherit' });
}

function filesUnder(dir) {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? filesUnder(p) : [p];
  });
}

function hashOf(files) {
  const h = createHash('sha256');
  for (const f of files.sort()) h.update(path.relative(root, f)).update(fs.readFileSync(f));
  return h.digest('hex');
}

fs.rmSync(path.join(root, 'dist', 'api'), { recursive: true, force: true });
run(bin('swc'), ['.', '-d', path.join(root, 'dist', 'api'), '--config-file', path.join(root, '.swcrc'), '--quiet'], path.join(root, 'api', 'src'));

if (!apiOnly) {
  const admin = path.join(root, 'admin');
  const inputs = [
    ...filesUnder(path.join(admin, 'src')),
    ...filesUnder(path.join(admin, 'public')),
    ...filesUnder(path.join(root, 'schema', 'generated')),
    path.join(admin, 'index.html'),
    path.join(admin, 'vite.config.ts'),
    path.join(admin, 'package.json'),
    path.join(root, 'package-lock.json'),
  ].filter((f) => fs.existsSync(f));
  const stamp = path.join(admin, 'dist', '.build-hash');
  const hash = hashOf(inputs);
  if (fs.existsSync(stamp) && fs.readFileSync(stamp, 'utf8') === hash && !process.argv.includes('--force')) {
    console.log('console build is up to date');
  } else {
    run(bin('vite'), ['build', '--logLevel', 'warn'], admin);
    fs.writeFileSync(stamp, hash);
  }
}
