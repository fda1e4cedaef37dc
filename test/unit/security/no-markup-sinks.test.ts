// Owed's own code has no network calls, and names, notes and page text reach the UI as React text or textContent only. This test keeps the
// code free of the APIs that would turn a string into markup or code, so a hostile customer name
// cannot become an element anywhere (sidebar, add-in, content scripts). Emails are the one place
// HTML is built, by lib/templates with every value escaped (see test/fuzz/templates.fuzz.ts).
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOTS = ['components', 'entrypoints', 'lib', 'outlook-addin/src'];
const SINKS = [
  /dangerouslySetInnerHTML/,
  /\.innerHTML\s*=/,
  /\.outerHTML\s*=/,
  /insertAdjacentHTML/,
  /document\.write/,
  /createContextualFragment/,
  /\beval\s*\(/,
  /new Function\s*\(/,
  /setTimeout\(\s*['"`]/,
  /setInterval\(\s*['"`]/,
];

function sources(dir: string): string[] {
  let entries: import('node:fs').Dirent[];
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  return entries.flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return e.name === 'node_modules' || e.name.startsWith('.') ? [] : sources(path);
    return /\.(ts|tsx|mts)$/.test(e.name) && !e.name.endsWith('.d.ts') ? [path] : [];
  });
}

describe("no markup or code sinks in Owed's own code", () => {
  const files = ROOTS.flatMap(sources);

  it('finds the code to check', () => {
    expect(files.length).toBeGreaterThan(50);
    expect(files.some((f) => f.startsWith('components/sidebar'))).toBe(true);
  });

  it('never sets HTML from a string, evaluates a string, or writes a frame document', () => {
    const hits = files.flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .flatMap((line, i) =>
          SINKS.some((re) => re.test(line)) && !/^\s*(\/\/|\*)/.test(line) ? [`${file}:${i + 1}: ${line.trim()}`] : [],
        ),
    );
    expect(hits).toEqual([]);
  });

  it('shows built HTML (the draft preview) only in a frame sandboxed without scripts', () => {
    // The whole element that sets srcdoc, however the formatter lays out its attributes.
    const frames = files.flatMap((file) => {
      const text = readFileSync(file, 'utf8');
      return [...text.matchAll(/srcdoc/gi)].flatMap((m) => {
        const lineStart = text.lastIndexOf('\n', m.index) + 1;
        if (/^\s*(\/\/|\*)/.test(text.slice(lineStart, m.index))) return [];
        const element = text.slice(text.lastIndexOf('<', m.index), text.indexOf('/>', m.index) + 2);
        return [{ at: `${file}:${text.slice(0, m.index).split('\n').length}`, element }];
      });
    });
    expect(frames.length).toBeGreaterThan(0);
    for (const f of frames) expect(f.element, f.at).toMatch(/^<iframe\b[^<]*\ssandbox=""/);
  });

  it('makes no network request of its own: no fetch, XHR, WebSocket, EventSource or beacon', () => {
    const NETWORK = [/\bfetch\s*\(/, /XMLHttpRequest/, /new WebSocket/, /new EventSource/, /sendBeacon/];
    const hits = files.flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .flatMap((line, i) =>
          NETWORK.some((re) => re.test(line)) && !/^\s*(\/\/|\*)/.test(line)
            ? [`${file}:${i + 1}: ${line.trim()}`]
            : [],
        ),
    );
    expect(hits).toEqual([]);
  });

  it('the content scripts import no React (the sidebar is an extension page in a frame)', () => {
    const scripts = files.filter((f) => /^entrypoints\/[^/]+\.content\//.test(f));
    expect(scripts.length).toBeGreaterThan(0);
    for (const file of scripts)
      expect(readFileSync(file, 'utf8'), file).not.toMatch(/from ['"](react|react-dom)(\/[^'"]*)?['"]|\.tsx['"]/);
  });
});
