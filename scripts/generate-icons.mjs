// Writes the web app's PNG icons (client/public/icons) with node:zlib alone: a round green mark on
// the theme colour; the maskable icon keeps the mark inside the 80 % safe zone. Run after a change.
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const THEME = [0x1d, 0x5c, 0x4d];
const MARK = [0xff, 0xff, 0xff];

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (bytes) => bytes.reduce((c, b) => CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8), 0xffffffff) ^ 0xffffffff;

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body) >>> 0);
  return Buffer.concat([length, body, crc]);
}

/** A square icon: the theme colour, a ring and a dot (two people meeting on common ground). */
function icon(size, markScale) {
  const rows = [];
  const centre = size / 2;
  const outer = (size / 2) * markScale;
  for (let y = 0; y < size; y += 1) {
    const row = [0];
    for (let x = 0; x < size; x += 1) {
      const d = Math.hypot(x + 0.5 - centre, y + 0.5 - centre);
      const inMark = (d <= outer && d >= outer * 0.72) || d <= outer * 0.38;
      row.push(...(inMark ? MARK : THEME));
    }
    rows.push(Buffer.from(row));
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 2; // truecolour
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', deflateSync(Buffer.concat(rows))), chunk('IEND', Buffer.alloc(0))]);
}

const out = new URL('../client/public/icons/', import.meta.url);
writeFileSync(new URL('icon-192.png', out), icon(192, 0.8));
writeFileSync(new URL('icon-512.png', out), icon(512, 0.8));
writeFileSync(new URL('icon-maskable-512.png', out), icon(512, 0.6));
writeFileSync(new URL('apple-touch-icon.png', out), icon(180, 0.8));
