// The commit-msg hook's rules, through the checker it runs and through git itself.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs script without types
import { commitMessageProblems } from '../../../scripts/git-hooks/check-commit-msg.mjs';

const problems = (text: string): string[] => commitMessageProblems(text);

describe('commit message rules', () => {
  it('accepts an area, a short subject and the detail after a blank line', () => {
    expect(problems('extract: read stacked cells\n\nA column split in two lines is one field.\n')).toEqual([]);
    expect(problems('e2e/firefox, wxt.config: load the MV2 build\n')).toEqual([]);
    expect(problems(`reader: ${'x'.repeat(64)}\n`)).toEqual([]); // 72 characters exactly
  });

  it('refuses a subject over 72 characters, saying how long it is', () => {
    const [p] = problems(`reader: ${'x'.repeat(65)}\n`);
    expect(p).toMatch(/73 characters; keep it to 72/);
  });

  it('refuses a subject that does not name its area first', () => {
    expect(problems('Debtor screen: focus the title\n')).toEqual([expect.stringMatching(/area first/)]);
    expect(problems('fix the badge\n')).toEqual([expect.stringMatching(/area first/)]);
    expect(problems('reader:no space\n')).toEqual([expect.stringMatching(/area first/)]);
  });

  it('refuses a body glued to the subject, and an empty message', () => {
    expect(problems('reader: follow pages\nbecause they are numbered\n')).toEqual([
      expect.stringMatching(/blank line/),
    ]);
    expect(problems('\n# only a comment\n')).toEqual(['The message is empty.']);
  });

  it("ignores git's comment lines and lets git's own subjects through", () => {
    expect(problems('# Please enter the commit message\nbadge: count MV2\n\n# On branch setup\n')).toEqual([]);
    expect(problems("Merge branch 'main' into setup\n")).toEqual([]);
    expect(problems('Revert "badge: count MV2 calls with browserAction in Firefox builds today"\n')).toEqual([]);
  });

  it('is what git runs on commit once npm install has set the hooks path', () => {
    const repo = mkdtempSync(join(tmpdir(), 'owed-hook-'));
    const git = (...args: string[]) =>
      spawnSync('git', ['-C', repo, '-c', 'user.name=T', '-c', 'user.email=t@example.com', ...args], {
        encoding: 'utf8',
      });
    git('init', '-q');
    git('config', 'core.hooksPath', resolve('scripts/git-hooks'));
    writeFileSync(join(repo, 'a.txt'), 'a');
    git('add', 'a.txt');
    const refused = git('commit', '-q', '-m', 'Added a file to the repository for the test');
    expect(refused.status).not.toBe(0);
    expect(refused.stderr).toMatch(/area first/);
    expect(git('commit', '-q', '-m', 'test: add a file').status).toBe(0);
    expect(execFileSync('git', ['-C', repo, 'log', '--format=%s'], { encoding: 'utf8' })).toBe('test: add a file\n');
  });
});
