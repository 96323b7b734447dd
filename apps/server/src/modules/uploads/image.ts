/** Image types we store, told from the bytes (never from a file name or a client's Content-Type). */
export type ImageMime = 'image/jpeg' | 'image/png' | 'image/webp' | 'image/gif';

const ascii = (buf: Buffer, at: number, text: string) =>
  buf.length >= at + text.length && buf.toString('latin1', at, at + text.length) === text;

export function detectImageType(buf: Buffer): ImageMime | null {
  if (buf.length >= 3 && buf[0] === 0xff && buf[1] === 0xd8 && buf[2] === 0xff) return 'image/jpeg';
  if (ascii(buf, 0, '\x89PNG\r\n\x1a\n')) return 'image/png';
  if (ascii(buf, 0, 'GIF87a') || ascii(buf, 0, 'GIF89a')) return 'image/gif';
  if (ascii(buf, 0, 'RIFF') && ascii(buf, 8, 'WEBP')) return 'image/webp';
  return null;
}

/**
 * The photo without where it was taken: residents photograph their own street and home, and a photo shown on
 * a tracking page must not carry the coordinates of the phone (PIPL). The case keeps its own location.
 * JPEG: the EXIF GPS directory is emptied in place (orientation and the rest stay), XMP packets are dropped;
 * PNG and WebP: their EXIF and XMP chunks are dropped. Malformed structure is left as it is.
 */
export function stripLocation(buf: Buffer, mime: ImageMime): Buffer {
  switch (mime) {
    case 'image/jpeg':
      return stripJpeg(buf);
    case 'image/png':
      return stripPng(buf);
    case 'image/webp':
      return stripWebp(buf);
    case 'image/gif':
      return buf;
  }
}

const XMP_HEADER = 'http://ns.adobe.com/xap/1.0/\0';

function stripJpeg(input: Buffer): Buffer {
  const buf = Buffer.from(input); // the GPS directory is zeroed in a copy
  const keep: Buffer[] = [];
  let pos = 2;
  let from = 0;
  while (pos + 4 <= buf.length && buf[pos] === 0xff) {
    const marker = buf[pos + 1]!;
    if (marker === 0xff) {
      pos++; // fill byte
      continue;
    }
    if (marker === 0xda || marker === 0xd9) break; // image data follows: no more metadata segments
    if (marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
      pos += 2;
      continue;
    }
    const length = buf.readUInt16BE(pos + 2);
    const end = pos + 2 + length;
    if (length < 2 || end > buf.length) break;
    if (marker === 0xe1) {
      if (ascii(buf, pos + 4, 'Exif\0\0')) {
        clearExifGps(buf, pos + 10, end);
      } else if (ascii(buf, pos + 4, XMP_HEADER)) {
        keep.push(buf.subarray(from, pos));
        from = end;
      }
    }
    pos = end;
  }
  keep.push(buf.subarray(from));
  return keep.length === 1 ? buf : Buffer.concat(keep);
}

const TYPE_SIZE: Record<number, number> = {
  1: 1,
  2: 1,
  3: 2,
  4: 4,
  5: 8,
  6: 1,
  7: 1,
  8: 2,
  9: 4,
  10: 8,
  11: 4,
  12: 8,
};
const GPS_IFD_TAG = 0x8825;

/** Empties the GPS directory of the TIFF structure at [tiff, end): its values zeroed, its entry count 0. */
function clearExifGps(buf: Buffer, tiff: number, end: number): void {
  if (tiff + 8 > end) return;
  const little = ascii(buf, tiff, 'II');
  if (!little && !ascii(buf, tiff, 'MM')) return;
  const u16 = (at: number) => (little ? buf.readUInt16LE(at) : buf.readUInt16BE(at));
  const u32 = (at: number) => (little ? buf.readUInt32LE(at) : buf.readUInt32BE(at));
  const ifd0 = tiff + u32(tiff + 4);
  if (ifd0 + 2 > end) return;
  const entries = u16(ifd0);
  for (let i = 0; i < entries; i++) {
    const entry = ifd0 + 2 + i * 12;
    if (entry + 12 > end) return;
    if (u16(entry) !== GPS_IFD_TAG) continue;
    const gps = tiff + u32(entry + 8);
    if (gps + 2 > end) return;
    const count = u16(gps);
    for (let j = 0; j < count; j++) {
      const e = gps + 2 + j * 12;
      if (e + 12 > end) break;
      const size = (TYPE_SIZE[u16(e + 2)] ?? 1) * u32(e + 4);
      if (size > 4) {
        const at = tiff + u32(e + 8);
        if (at >= tiff && at + size <= end) buf.fill(0, at, at + size);
      }
      buf.fill(0, e, e + 12);
    }
    buf.fill(0, gps, gps + 2); // no entries
    return;
  }
}

const PNG_METADATA = new Set(['eXIf', 'iTXt', 'tEXt', 'zTXt']);

/** PNG chunks are independent (own length and CRC): dropping the EXIF and text chunks keeps the rest valid. */
function stripPng(buf: Buffer): Buffer {
  const keep: Buffer[] = [buf.subarray(0, 8)];
  let pos = 8;
  while (pos + 12 <= buf.length) {
    const length = buf.readUInt32BE(pos);
    const end = pos + 12 + length;
    if (end > buf.length) break;
    const type = buf.toString('latin1', pos + 4, pos + 8);
    if (!PNG_METADATA.has(type)) keep.push(buf.subarray(pos, end));
    pos = end;
  }
  if (pos !== buf.length) return buf; // not a chunk stream we understand
  return keep.length === 1 ? buf : Buffer.concat(keep);
}

/** WebP (RIFF): drop the EXIF and XMP chunks, fix the RIFF size and the extended header's flags. */
function stripWebp(buf: Buffer): Buffer {
  const keep: Buffer[] = [];
  let pos = 12;
  let dropped = false;
  while (pos + 8 <= buf.length) {
    const size = buf.readUInt32LE(pos + 4);
    const end = pos + 8 + size + (size % 2);
    if (end > buf.length) return buf;
    const type = buf.toString('latin1', pos, pos + 4);
    if (type === 'EXIF' || type === 'XMP ') dropped = true;
    else keep.push(buf.subarray(pos, end));
    pos = end;
  }
  if (!dropped || pos !== buf.length) return buf;
  const out = Buffer.concat([buf.subarray(0, 12), ...keep]);
  out.writeUInt32LE(out.length - 8, 4);
  if (ascii(out, 12, 'VP8X') && out.length > 20) out[20] = out[20]! & ~0x0c; // EXIF (0x08) and XMP (0x04) flags
  return out;
}
