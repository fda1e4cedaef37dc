#!/usr/bin/env node
// Does the sources zip rebuild the Firefox package? Unpacks .output/*-sources.zip into a temporary
// folder, follows store/BUILD.md there (npm ci, then wxt build -b firefox) and compares every file
// with the Firefox zip, byte for byte, as an addons.mozilla.org reviewer would. Run after `npm run zip`.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { zipEntries } from './zip-entries.mjs';

const zips = readdirSync('.output').filter((f) => f.endsWith('.zip'));
const sources = zips.find((f) => f.endsWith('-sources.zip'));
const firefox = zips.find((f) => f.endsWith('-firefox.zip'));
if (!sources || !firefox) {
  console.error('No sources or Firefox zip in .output: run `npm run zip` first.');
  process.exit(1);
}
const dir = mkdtempSync(join(tmpdir(), 'owed-sources-'));
for (const { name, data } of zipEntries(join('.output', sources))) {
  mkdirSync(dirname(join(dir, name)), { recursive: true });
  writeFileSync(join(dir, name), data);
}
console.log(`• ${sources} unpacked in ${dir}; building as store/BUILD.md says`);
for (const [cmd, args] of [
  ['npm', ['ci', '--no-audit', '--no-fund']],
  ['npx', ['wxt', 'build', '-b', 'firefox']],
]) {
  const r = spawnSync(cmd, args, { cwd: dir, stdio: ['ignore', 'ignore', 'inherit'] });
  if (r.status !== 0) {
    console.error(`✖ ${cmd} ${args.join(' ')} failed in ${dir}`);
    process.exit(1);
  }
}
const built = join(dir, '.output/firefox-mv2');
const files = (d) =>
  readdirSync(d, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(built, join(e.parentPath, e.name)));
const rebuilt = new Set(files(built));
const problems = [];
const shipped = zipEntries(join('.output', firefox));
for (const { name, data } of shipped) {
  if (!rebuilt.has(name)) problems.push(`${name} is not rebuilt`);
  else if (!readFileSync(join(built, name)).equals(data)) problems.push(`${name} differs`);
  rebuilt.delete(name);
}
for (const extra of rebuilt) problems.push(`${extra} is rebuilt but not shipped`);
if (problems.length) {
  console.error(`✖ The sources do not rebuild ${firefox}:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
rmSync(dir, { recursive: true, force: true });
console.log(`✔ The sources rebuild every file of ${firefox} (${shipped.length} files), byte for byte`);
