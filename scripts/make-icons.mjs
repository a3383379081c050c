// Draws the add-in's icons (16, 32, 80 px PNG): a green sheet with a white tick. Run once; the PNGs are committed.
import { deflateSync } from 'node:zlib';
import { mkdirSync, writeFileSync } from 'node:fs';

const CRC = new Int32Array(256).map((_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c;
});
const crc32 = (buf) => {
  let c = -1;
  for (const b of buf) c = CRC[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ -1) >>> 0;
};
function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}
function png(size) {
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) {
      const i = y * (size * 4 + 1) + 1 + x * 4;
      const u = x / size,
        v = y / size;
      const border = u < 0.08 || u > 0.92 || v < 0.08 || v > 0.92;
      // tick: two strokes
      const t1 = Math.abs(v - (0.55 + (u - 0.25))) < 0.08 && u > 0.25 && u < 0.45;
      const t2 = Math.abs(v - (0.75 - (u - 0.45) * 1.1)) < 0.08 && u >= 0.42 && u < 0.8;
      const [r, g, b] = border ? [0x10, 0x5e, 0x32] : t1 || t2 ? [0xff, 0xff, 0xff] : [0x21, 0x73, 0x46];
      raw[i] = r;
      raw[i + 1] = g;
      raw[i + 2] = b;
      raw[i + 3] = 0xff;
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8;
  ihdr[9] = 6;
  ihdr[10] = 0;
  ihdr[11] = 0;
  ihdr[12] = 0;
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}
mkdirSync('addin-excel/assets', { recursive: true });
for (const s of [16, 32, 80]) writeFileSync(`addin-excel/assets/icon-${s}.png`, png(s));
console.log('addin-excel/assets/icon-{16,32,80}.png');
