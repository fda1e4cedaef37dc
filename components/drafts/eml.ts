/**
 * An .eml draft (RFC 5322 / MIME) that Outlook desktop opens as a new, unsent message:
 * `X-Unsent: 1` is what makes it a draft with a Send button rather than a received mail.
 * Headers are RFC 2047 encoded-words when not ASCII; bodies are UTF-8 in base64 so no line is
 * too long and no byte is mangled; CR/LF in header values is dropped so nothing can inject a header.
 * Attached files follow the bodies in a multipart/mixed message, named per RFC 2231.
 */
export interface EmlAttachment {
  fileName: string;
  mimeType: string;
  content: string;
}

export interface EmlDraft {
  from?: string;
  to: string[];
  cc?: string[];
  subject: string;
  html: string;
  text: string;
  /** Epoch ms for the Date header. */
  date: number;
  attachments?: readonly EmlAttachment[];
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
  const tag = Math.abs(hash(d.subject + d.date)).toString(36);
  const alternative = `owed-${tag}-alt`;
  const mixed = `owed-${tag}-mixed`;
  const files = d.attachments ?? [];
  const headers = [
    ...(d.from ? [`From: ${encodeAddress(d.from)}`] : []),
    `To: ${d.to.map(encodeAddress).join(', ')}`,
    ...(d.cc?.length ? [`Cc: ${d.cc.map(encodeAddress).join(', ')}`] : []),
    `Subject: ${encodeHeaderValue(d.subject)}`,
    `Date: ${new Date(d.date).toUTCString().replace('GMT', '+0000')}`,
    'X-Unsent: 1',
    'MIME-Version: 1.0',
  ];
  const part = (type: string, body: string) =>
    [
      `--${alternative}`,
      `Content-Type: ${type}; charset=UTF-8`,
      'Content-Transfer-Encoding: base64',
      '',
      wrap76(utf8Base64(body)),
    ].join(CRLF);
  const bodies = [part('text/plain', d.text), part('text/html', d.html), `--${alternative}--`, ''].join(CRLF);
  if (files.length === 0)
    return [...headers, `Content-Type: multipart/alternative; boundary="${alternative}"`, '', bodies].join(CRLF);
  const file = (f: EmlAttachment) =>
    [
      `--${mixed}`,
      `Content-Type: ${mimeType(f.mimeType)}; charset=UTF-8;${rfc2231('name', f.fileName)}`,
      `Content-Disposition: attachment;${rfc2231('filename', f.fileName)}`,
      'Content-Transfer-Encoding: base64',
      '',
      wrap76(utf8Base64(f.content)),
    ].join(CRLF);
  return [
    ...headers,
    `Content-Type: multipart/mixed; boundary="${mixed}"`,
    '',
    `--${mixed}`,
    `Content-Type: multipart/alternative; boundary="${alternative}"`,
    '',
    bodies,
    ...files.map(file),
    `--${mixed}--`,
    '',
  ].join(CRLF);
}

/** A MIME type as given when it is one ("text/html"), else a plain byte stream. */
const mimeType = (t: string) => (/^[a-z]+\/[a-z0-9.+-]+$/i.test(t) ? t : 'application/octet-stream');

/**
 * A parameter in RFC 2231's form, UTF-8 and percent-encoded, cut into continuations on their own
 * folded lines (`name*0*=UTF-8''Statement%20…;`), so any name fits in 78-character lines.
 */
export function rfc2231(param: string, value: string): string {
  const encoded = `UTF-8''${[...new TextEncoder().encode(oneLine(value))]
    .map((b) =>
      /[A-Za-z0-9!#$&+.^_`|~-]/.test(String.fromCharCode(b))
        ? String.fromCharCode(b)
        : `%${b.toString(16).toUpperCase().padStart(2, '0')}`,
    )
    .join('')}`;
  const pieces: string[] = [];
  for (let i = 0; i < encoded.length; ) {
    let end = Math.min(i + 50, encoded.length);
    // Never split a %XX triplet.
    const pct = encoded.lastIndexOf('%', end - 1);
    if (pct > end - 3 && pct >= i && end < encoded.length) end = pct;
    pieces.push(encoded.slice(i, end));
    i = end;
  }
  return pieces.map((p, n) => `${CRLF} ${param}*${n}*=${p}${n < pieces.length - 1 ? ';' : ''}`).join('');
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
