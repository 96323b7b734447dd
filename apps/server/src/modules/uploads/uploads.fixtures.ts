import zlib from 'node:zlib';

/** Tiny but decodable images, built byte by byte for the upload tests. */

function pngChunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(zlib.crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/** A 1×1 red PNG; `extra` chunks go before the image data. */
export function tinyPng(extra: { type: string; data: Buffer }[] = []): Buffer {
  const ihdr = Buffer.from([0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0]); // 1×1, 8-bit RGB
  const idat = zlib.deflateSync(Buffer.from([0, 0xff, 0, 0])); // filter 0, one red pixel
  return Buffer.concat([
    Buffer.from('\x89PNG\r\n\x1a\n', 'latin1'),
    pngChunk('IHDR', ihdr),
    ...extra.map((c) => pngChunk(c.type, c.data)),
    pngChunk('IDAT', idat),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}

/**
 * A 1×1 grey baseline JPEG: one quantisation table, one-symbol Huffman tables (DC category 0, AC end of
 * block), a single block coded in two bits. `app1` segments go after the start of image.
 */
export function tinyJpeg(app1: Buffer[] = []): Buffer {
  const seg = (marker: number, body: number[] | Buffer) => {
    const b = Buffer.from(body);
    const head = Buffer.from([0xff, marker, 0, 0]);
    head.writeUInt16BE(b.length + 2, 2);
    return Buffer.concat([head, b]);
  };
  const oneCode = (tableClassId: number) => [tableClassId, 1, ...new Array<number>(15).fill(0), 0];
  return Buffer.concat([
    Buffer.from([0xff, 0xd8]),
    ...app1.map((body) => seg(0xe1, body)),
    seg(0xdb, [0, ...new Array<number>(64).fill(1)]),
    seg(0xc0, [8, 0, 1, 0, 1, 1, 1, 0x11, 0]),
    seg(0xc4, oneCode(0x00)),
    seg(0xc4, oneCode(0x10)),
    seg(0xda, [1, 1, 0x00, 0, 63, 0]),
    Buffer.from([0x3f, 0xff, 0xd9]),
  ]);
}

/** The rational 27.36 seconds of the test latitude, as it sits in the file: easy to look for afterwards. */
export const GPS_SECONDS = Buffer.from([0x00, 0x00, 0x0a, 0xb0, 0x00, 0x00, 0x00, 0x64]);

/**
 * An EXIF APP1 body (big-endian TIFF) with an orientation tag and a GPS directory holding latitude N 39°54'27.36".
 */
export function exifWithGps(): Buffer {
  const tiff = Buffer.alloc(80);
  tiff.write('MM', 0, 'latin1');
  tiff.writeUInt16BE(42, 2);
  tiff.writeUInt32BE(8, 4); // IFD0 at 8
  tiff.writeUInt16BE(2, 8); // two entries
  // Orientation = 1 (SHORT)
  tiff.writeUInt16BE(0x0112, 10);
  tiff.writeUInt16BE(3, 12);
  tiff.writeUInt32BE(1, 14);
  tiff.writeUInt16BE(1, 18);
  // GPS IFD pointer (LONG) → 38
  tiff.writeUInt16BE(0x8825, 22);
  tiff.writeUInt16BE(4, 24);
  tiff.writeUInt32BE(1, 26);
  tiff.writeUInt32BE(38, 30);
  tiff.writeUInt32BE(0, 34); // no next IFD
  // GPS IFD at 38: LatitudeRef 'N', Latitude 3 rationals at 68… (needs 24 bytes: grow below)
  tiff.writeUInt16BE(2, 38);
  tiff.writeUInt16BE(0x0001, 40);
  tiff.writeUInt16BE(2, 42);
  tiff.writeUInt32BE(2, 44);
  tiff.write('N\0', 48, 'latin1');
  tiff.writeUInt16BE(0x0002, 52);
  tiff.writeUInt16BE(5, 54);
  tiff.writeUInt32BE(3, 56);
  tiff.writeUInt32BE(68, 60);
  tiff.writeUInt32BE(0, 64);
  const rationals = Buffer.alloc(24);
  rationals.writeUInt32BE(39, 0);
  rationals.writeUInt32BE(1, 4);
  rationals.writeUInt32BE(54, 8);
  rationals.writeUInt32BE(1, 12);
  GPS_SECONDS.copy(rationals, 16);
  return Buffer.concat([Buffer.from('Exif\0\0', 'latin1'), tiff.subarray(0, 68), rationals]);
}

/** The 1×1 lossless WebP browsers are probed with (Modernizr); optionally in the extended format with EXIF. */
export function tinyWebp(withExif = false): Buffer {
  const simple = Buffer.from('UklGRhoAAABXRUJQVlA4TA0AAAAvAAAAEAcQERGIiP4HAA==', 'base64');
  if (!withExif) return simple;
  const chunk = (type: string, data: Buffer) => {
    const head = Buffer.alloc(8);
    head.write(type, 0, 'latin1');
    head.writeUInt32LE(data.length, 4);
    return Buffer.concat([head, data, data.length % 2 ? Buffer.alloc(1) : Buffer.alloc(0)]);
  };
  const vp8x = Buffer.alloc(10); // flags, reserved, canvas width-1 and height-1 (0 = 1 pixel)
  vp8x[0] = 0x08; // has EXIF
  const body = Buffer.concat([
    chunk('VP8X', vp8x),
    simple.subarray(12),
    chunk('EXIF', exifWithGps().subarray(6)),
  ]);
  const head = Buffer.alloc(12);
  head.write('RIFF', 0, 'latin1');
  head.writeUInt32LE(body.length + 4, 4);
  head.write('WEBP', 8, 'latin1');
  return Buffer.concat([head, body]);
}

export const TINY_GIF = Buffer.from('R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw==', 'base64');

/** One JPEG segment: marker, length, body. */
export function jpegSegment(marker: number, body: Buffer): Buffer {
  const head = Buffer.from([0xff, marker, 0, 0]);
  head.writeUInt16BE(body.length + 2, 2);
  return Buffer.concat([head, body]);
}

/** `jpeg` with `segments` inserted right after its start of image. */
export function insertSegments(jpeg: Buffer, segments: Buffer[]): Buffer {
  return Buffer.concat([jpeg.subarray(0, 2), ...segments, jpeg.subarray(2)]);
}

/** An EXIF APP1 body like exifWithGps() but with the given orientation (6 = turn 90° clockwise to view). */
export function exifWithOrientation(orientation: number): Buffer {
  const exif = exifWithGps();
  exif.writeUInt16BE(orientation, 6 + 18);
  return exif;
}

export const COMMENT_TEXT = 'home: Binhe Road 12, flat 301';

/**
 * A dual-image phone photo in the MPO layout: a first JPEG (with an MPF APP2 segment and a comment segment)
 * followed by a second, complete JPEG whose EXIF holds the GPS position.
 */
export function mpoWithGpsInSecondImage(first: Buffer): Buffer {
  const mpf = Buffer.concat([Buffer.from('MPF\0', 'latin1'), Buffer.alloc(16)]);
  const primary = insertSegments(first, [
    jpegSegment(0xe2, mpf),
    jpegSegment(0xfe, Buffer.from(COMMENT_TEXT, 'latin1')),
  ]);
  const second = insertSegments(tinyJpeg([exifWithGps()]), [
    jpegSegment(0xfe, Buffer.from(COMMENT_TEXT, 'latin1')),
  ]);
  return Buffer.concat([primary, second]);
}
