#!/usr/bin/env node
// The house rules for a commit message, checked by the commit-msg hook (installed by `npm install`):
// a subject of at most 72 characters that names its area first ("extract: read stacked cells"),
// then, if there is more to say, a blank line and the detail in the body.
// Usage: node scripts/git-hooks/check-commit-msg.mjs FILE   (exit 1 with the reasons when broken)
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const MAX_SUBJECT = 72;
/** An area is one word, or a path: "reader", "e2e/firefox", "wxt.config"; several join with ", ". */
const AREA = /^[A-Za-z0-9][\w./-]*(, [A-Za-z0-9][\w./-]*)*: \S/;
/** Subjects git writes itself. */
const GIT_MADE = /^(Merge |Revert "|fixup! |squash! |amend! )/;

/** The reasons a commit message breaks the house rules; none when it keeps them. */
export function commitMessageProblems(text) {
  const lines = text
    .split('\n')
    .filter((line) => !line.startsWith('#'))
    .map((line) => line.trimEnd());
  while (lines.length && lines[0] === '') lines.shift();
  const [subject = '', second] = lines;
  if (!subject) return ['The message is empty.'];
  if (GIT_MADE.test(subject)) return [];
  const problems = [];
  if (subject.length > MAX_SUBJECT)
    problems.push(
      `The subject is ${subject.length} characters; keep it to ${MAX_SUBJECT} and put the detail in the body.`,
    );
  if (!AREA.test(subject))
    problems.push(`The subject should name its area first, like "extract: read stacked cells" (got "${subject}").`);
  if (second) problems.push('Leave a blank line between the subject and the body.');
  return problems;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const problems = commitMessageProblems(readFileSync(process.argv[2], 'utf8'));
  if (problems.length) {
    console.error(`Commit message refused:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    process.exit(1);
  }
}
