#!/usr/bin/env node
// Brings up what the e2e suite needs, installing what is missing, and says what it does:
//   browsers   Debian's Chromium and Firefox ESR, and libfaketime (the collection walk's clock)
//   tryton     a seeded Tryton 6.0 on 127.0.0.1:8000 (tryton.sh)
//   bigcapital a seeded Bigcapital on 127.0.0.1:13080 (bigcapital.sh; 10-15 min the first time)
// Usage: node scripts/services/ensure.mjs [browsers] [tryton] [bigcapital]   (none: all)
// Each is idempotent: a second run checks and starts only what is not running (seconds).
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = dirname(fileURLToPath(import.meta.url));
export const SERVICES = {
  browsers: {
    what: "Debian's Chromium, Firefox ESR and libfaketime",
    command: ['bash', [join(HERE, 'apt-install.sh'), 'chromium', 'firefox-esr', 'faketime']],
  },
  tryton: { what: 'Tryton 6.0, seeded', command: ['bash', [join(HERE, 'tryton.sh')]] },
  bigcapital: {
    what: 'Bigcapital, built and seeded (10-15 min the first time, then seconds)',
    command: ['bash', [join(HERE, 'bigcapital.sh')]],
  },
};

/** Brings up each named service in turn; returns the names that failed. */
export function ensureServices(names = Object.keys(SERVICES)) {
  const failed = [];
  for (const name of names) {
    const service = SERVICES[name];
    if (!service) throw new Error(`no service named ${name} (${Object.keys(SERVICES).join(', ')})`);
    console.log(`• ${name}: ${service.what}`);
    const t0 = Date.now();
    const [cmd, args] = service.command;
    const r = spawnSync(cmd, args, { stdio: 'inherit' });
    if (r.status !== 0) {
      console.error(`✖ ${name} could not be brought up (exit ${r.status ?? r.signal})`);
      failed.push(name);
    } else console.log(`  ${name} ready (${Math.round((Date.now() - t0) / 1000)} s)`);
  }
  return failed;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  process.exit(ensureServices(process.argv.length > 2 ? process.argv.slice(2) : undefined).length ? 1 : 0);
}
