// Where bigcapital.sh takes Bigcapital's source from: upstream first, a local archive only when the
// download fails, and never something that is not Bigcapital's source.
import { execFile, execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const dir = mkdtempSync(join(tmpdir(), 'owed-bc-source-'));
/** A tar.gz shaped like Bigcapital's (one top folder holding packages/server), marked by `origin`. */
function archive(name: string, origin: string, shaped = true): string {
  const top = join(dir, `${name}-src`, 'bigcapital-x');
  mkdirSync(join(top, 'packages', shaped ? 'server' : 'other'), { recursive: true });
  writeFileSync(join(top, 'package.json'), JSON.stringify({ origin }));
  writeFileSync(join(top, 'packages', shaped ? 'server' : 'other', 'package.json'), '{}');
  const file = join(dir, `${name}.tar.gz`);
  execFileSync('tar', ['-czf', file, '-C', join(dir, `${name}-src`), 'bigcapital-x']);
  return file;
}
const upstream = archive('upstream', 'upstream');
const local = archive('local', 'local');
const notBigcapital = archive('other', 'other', false);

let server: Server;
let served = 0;
let upstreamUrl = '';
beforeAll(async () => {
  server = createServer((_req, res) => {
    served++;
    res.end(readFileSync(upstream));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  upstreamUrl = `http://127.0.0.1:${(server.address() as { port: number }).port}/bigcapital.tar.gz`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

let runs = 0;
/** Runs the script without blocking this process, whose HTTP server plays upstream. */
async function fetchSource(env: Record<string, string>) {
  const base = join(dir, `base-${++runs}`);
  const { status, output } = await new Promise<{ status: number | null; output: string }>((resolve) =>
    execFile(
      'bash',
      ['scripts/services/bigcapital.sh', 'source'],
      { env: { ...process.env, BIGCAPITAL_BASE: base, BIGCAPITAL_DOWNLOAD_TIMEOUT: '30', ...env } },
      (error, stdout, stderr) => resolve({ status: error ? (error.code as number) : 0, output: stdout + stderr }),
    ),
  );
  const unpacked = join(base, 'src', 'package.json');
  return {
    status,
    output,
    origin: existsSync(unpacked) ? JSON.parse(readFileSync(unpacked, 'utf8')).origin : undefined,
  };
}
const refused = 'http://127.0.0.1:9/bigcapital.tar.gz'; // the discard port: nothing listens

describe('bigcapital.sh source', () => {
  it('downloads from upstream, even when a local archive is there', async () => {
    const r = await fetchSource({ BIGCAPITAL_UPSTREAM: upstreamUrl, BIGCAPITAL_ARCHIVE: local });
    expect(r).toMatchObject({ status: 0, origin: 'upstream' });
    expect(served).toBe(1);
  });

  it('falls back to the archive named by BIGCAPITAL_ARCHIVE when the download fails, and says so', async () => {
    const r = await fetchSource({ BIGCAPITAL_UPSTREAM: refused, BIGCAPITAL_ARCHIVE: local });
    expect(r).toMatchObject({ status: 0, origin: 'local' });
    expect(r.output).toContain(`download failed; using the local archive ${local}`);
  });

  it('stops with a clear message when neither works', async () => {
    const r = await fetchSource({ BIGCAPITAL_UPSTREAM: refused, BIGCAPITAL_ARCHIVE: join(dir, 'missing.tar.gz') });
    expect(r.status).not.toBe(0);
    expect(r.output).toMatch(/the download failed and there is no local archive \(set BIGCAPITAL_ARCHIVE/);
  });

  it("refuses an archive that is not Bigcapital's source", async () => {
    const r = await fetchSource({ BIGCAPITAL_UPSTREAM: refused, BIGCAPITAL_ARCHIVE: notBigcapital });
    expect(r.status).not.toBe(0);
    expect(r.output).toMatch(/is not Bigcapital's source archive/);
    expect(r.origin).toBeUndefined();
  });
});
