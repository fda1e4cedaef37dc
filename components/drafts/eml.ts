/**
 * An .eml draft (RFC 5322 / MIME) that Outlook desktop opens as a new, unsent message:
 * `X-Unsent: 1` is what makes it a draft with a Send button rather than a received mail.
 * Headers are RFC 2047 encoded-words when not ASCII; bodies are UTF-8 in base64 so no line is
 * too long and no byte is mangled; CR/LF in header values is dropped so nothing can inject a header.
 */
export interface EmlDraft {
  from?: string;
  to: string[];
  cc?: string[];
  subject: string;
  html: string;
  text: string;
  /** Epoch ms for the Date header. */
  date: number;
}

const CRLF = '\r\n';

function utf8Base64(s: string): string {
  const bytes = new TextEncoder().encode(s);
  let bin = '';
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(bin);
}

const oneLine = (s: string) => s.replace(/[\r\n]+/g, ' ').trim();
const isAscii = (s: string) => /^[\x20-\x7e]*$/.test(s);

/** `=?UTF-8?B?…?=` words of at most 39 source bytes (a 78-character line) each, folded onto continuation lines. */
export function encodeHeaderValue(value: string): string {
  const v = oneLine(value);
  if (isAscii(v)) return v;
  const words: string[] = [];
  let chunk = '';
  for (const ch of v) {
    // Never split a character (or a surrogate pair) across two encoded words.
    if (new TextEncoder().encode(chunk + ch).length > 39) {
      words.push(chunk);
      chunk = '';
    }
    chunk += ch;
  }
  if (chunk) words.push(chunk);
  return words.map((w) => `=?UTF-8?B?${utf8Base64(w)}?=`).join(`${CRLF} `);
}

/** "Name <a@b.c>" with the name encoded when needed; a bare address stays bare. */
export function encodeAddress(address: string): string {
  const a = oneLine(address);
  const m = /^(.*?)\s*<([^<>\s]+@[^<>\s]+)>$/.exec(a);
  if (!m) return a.replace(/[<>",;]/g, '');
  const name = m[1]!.replace(/^"|"$/g, '').trim();
  if (!name) return m[2]!;
  return `${isAscii(name) ? `"${name.replace(/["\\]/g, '')}"` : encodeHeaderValue(name)} <${m[2]}>`;
}

const wrap76 = (b64: string) => b64.replace(/.{1,76}/g, (line) => line + CRLF);

export function buildEml(d: EmlDraft): string {
  const boundary = `owed-${Math.abs(hash(d.subject + d.date)).toString(36)}-alt`;
  const headers = [
    ...(d.from ? [`From: ${encodeAddress(d.from)}`] : []),
    `To: ${d.to.map(encodeAddress).join(', ')}`,
    ...(d.cc?.length ? [`Cc: ${d.cc.map(encodeAddress).join(', ')}`] : []),
    `Subject: ${encodeHeaderValue(d.subject)}`,
    `Date: ${new Date(d.date).toUTCString().replace('GMT', '+0000')}`,
    'X-Unsent: 1',
    'MIME-Version: 1.0',
    `Content-Type: multipart/alternative; boundary="${boundary}"`,
  ];
  const part = (type: string, body: string) =>
    [
      `--${boundary}`,
      `Content-Type: ${type}; charset=UTF-8`,
      'Content-Transfer-Encoding: base64',
      '',
      wrap76(utf8Base64(body)),
    ].join(CRLF);
  return [...headers, '', part('text/plain', d.text), part('text/html', d.html), `--${boundary}--`, ''].join(CRLF);
}

/** A safe file name for the draft ("Reminder INV-12.eml"). */
export function emlFileName(subject: string): string {
  const name = subject
    .replace(/[\\/:*?"<>|\r\n\t]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 80);
  return `${name || 'Owed draft'}.eml`;
}

function hash(s: string): number {
  let h = 0;
  for (let i = 0; i < s.length; i++) h = (Math.imul(31, h) + s.charCodeAt(i)) | 0;
  return h;
}
