// Writes figcheck's toolbar icons (icon-16/32/48/128.png): an "≠" on a blue
// rounded square. Run with `node extension/icons/make-icons.mjs`; the PNGs are
// committed, so the build does not need this.
import { deflateSync } from 'node:zlib';
import { writeFileSync } from 'node:fs';

const CRC = new Int32Array(256).map((_, n) => { let c = n; for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1; return c; });
const crc32 = (buf) => { let c = -1; for (const b of buf) c = CRC[(c ^ b) & 255] ^ (c >>> 8); return (c ^ -1) >>> 0; };
function chunk(type, data) {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0); out.write(type, 4, 'latin1'); data.copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}
function png(size, pixel) {
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y += 1) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x += 1) {
      const [r, g, b, a] = pixel(x, y, size);
      raw.set([r, g, b, a], y * (size * 4 + 1) + 1 + x * 4);
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0); ihdr.writeUInt32BE(size, 4); ihdr[8] = 8; ihdr[9] = 6;
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}
// Shape in unit coordinates (0..1); 4×4 supersampling for smooth edges.
function shade(u, v) {
  const r = 0.2; const dx = Math.max(r - u, 0, u - (1 - r)); const dy = Math.max(r - v, 0, v - (1 - r));
  if (dx * dx + dy * dy > r * r) return null;
  const bar = (v > 0.34 && v < 0.44) || (v > 0.56 && v < 0.66);
  const inBars = bar && u > 0.22 && u < 0.78;
  const slash = Math.abs((u - 0.5) + (v - 0.5) * 0.55) < 0.06 && v > 0.18 && v < 0.82;
  if (slash) return [229, 57, 53];
  if (inBars) return [255, 255, 255];
  return [21, 101, 192];
}
for (const size of [16, 32, 48, 128]) {
  const buf = png(size, (x, y, s) => {
    let r = 0; let g = 0; let b = 0; let a = 0;
    for (let i = 0; i < 4; i += 1) for (let j = 0; j < 4; j += 1) {
      const c = shade((x + (i + 0.5) / 4) / s, (y + (j + 0.5) / 4) / s);
      if (c) { r += c[0]; g += c[1]; b += c[2]; a += 1; }
    }
    return a ? [Math.round(r / a), Math.round(g / a), Math.round(b / a), Math.round((a / 16) * 255)] : [0, 0, 0, 0];
  });
  writeFileSync(new URL(`./icon-${size}.png`, import.meta.url), buf);
}
