// Draws the add-in's ribbon and catalogue icons as PNGs (no image tools, no network):
// `node outlook-addin/scripts/draw-icons.mjs` writes outlook-addin/public/assets/icon-<size>.png.
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const SIZES = [16, 32, 64, 80, 128];
const BLUE = [15, 108, 189];
const WHITE = [255, 255, 255];

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buf) => {
  let c = 0xffffffff;
  for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

/** A blue rounded tile with a white coin and a blue tick: "paid". Anti-aliased by 4x4 supersampling. */
function pixel(x, y, s) {
  const r = s * 0.2;
  const inTile = (px, py) => {
    const cx = Math.min(Math.max(px, r), s - r);
    const cy = Math.min(Math.max(py, r), s - r);
    return (px - cx) ** 2 + (py - cy) ** 2 <= r * r;
  };
  const c = s / 2;
  const inCoin = (px, py) => (px - c) ** 2 + (py - c) ** 2 <= (s * 0.34) ** 2;
  const nearSegment = (px, py, ax, ay, bx, by, w) => {
    const t = Math.max(
      0,
      Math.min(1, ((px - ax) * (bx - ax) + (py - ay) * (by - ay)) / ((bx - ax) ** 2 + (by - ay) ** 2)),
    );
    return (px - ax - t * (bx - ax)) ** 2 + (py - ay - t * (by - ay)) ** 2 <= w * w;
  };
  const w = Math.max(1, s * 0.06);
  const inTick = (px, py) =>
    nearSegment(px, py, s * 0.35, s * 0.52, s * 0.46, s * 0.63, w) ||
    nearSegment(px, py, s * 0.46, s * 0.63, s * 0.67, s * 0.39, w);
  let acc = [0, 0, 0, 0];
  for (let i = 0; i < 4; i++)
    for (let j = 0; j < 4; j++) {
      const px = x + (i + 0.5) / 4;
      const py = y + (j + 0.5) / 4;
      if (!inTile(px, py)) continue;
      const rgb = inCoin(px, py) && !inTick(px, py) ? WHITE : BLUE;
      acc = [acc[0] + rgb[0], acc[1] + rgb[1], acc[2] + rgb[2], acc[3] + 255];
    }
  const n = acc[3] / 255;
  return n === 0 ? [0, 0, 0, 0] : [acc[0] / n, acc[1] / n, acc[2] / n, acc[3] / 16].map(Math.round);
}

function png(size) {
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0; // filter: none
    for (let x = 0; x < size; x++) raw.set(pixel(x, y, size), y * (size * 4 + 1) + 1 + x * 4);
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

for (const size of SIZES) writeFileSync(new URL(`../public/assets/icon-${size}.png`, import.meta.url), png(size));
