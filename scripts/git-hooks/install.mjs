// Run by `npm install` (the `prepare` script): points this checkout's git at scripts/git-hooks, so
// the commit-msg check runs on every commit. Does nothing outside a git checkout (an unpacked
// sources zip, an npm pack) or when git is missing.
import { spawnSync } from 'node:child_process';
import { existsSync, realpathSync } from 'node:fs';

const top = spawnSync('git', ['rev-parse', '--show-toplevel'], { encoding: 'utf8' });
if (
  top.status === 0 &&
  realpathSync(top.stdout.trim()) === realpathSync(process.cwd()) &&
  existsSync('scripts/git-hooks/commit-msg')
) {
  spawnSync('git', ['config', 'core.hooksPath', 'scripts/git-hooks'], { stdio: 'inherit' });
}
