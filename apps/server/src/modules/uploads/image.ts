import sharp from 'sharp';

/** Image types we accept, told from the bytes (never from a file name or a client's Content-Type). */
export type ImageMime = 'image/jpeg' | 'image/png' | 'image/webp' | 'image/gif';
/** What we store: every photo is re-encoded to one of these. */
export type StoredMime = 'image/jpeg' | 'image/webp';

const ascii = (buf: Buffer, at: number, text: string) =>
  buf.length >= at + text.length && buf.toString('latin1', at, at + text.length) === text;

export function detectImageType(buf: Buffer): ImageMime | null {
  if (buf.length >= 3 && buf[0] === 0xff && buf[1] === 0xd8 && buf[2] === 0xff) return 'image/jpeg';
  if (ascii(buf, 0, '\x89PNG\r\n\x1a\n')) return 'image/png';
  if (ascii(buf, 0, 'GIF87a') || ascii(buf, 0, 'GIF89a')) return 'image/gif';
  if (ascii(buf, 0, 'RIFF') && ascii(buf, 8, 'WEBP')) return 'image/webp';
  return null;
}

/** Longest side of a stored photo: plenty for a pothole, a tenth of the bytes of a phone's original. */
export const MAX_SIDE = 2560;
/** Larger inputs are refused before decoding (a small file can claim a huge canvas). */
const MAX_INPUT_PIXELS = 60_000_000;

export class UnreadableImage extends Error {}

/**
 * The photo re-encoded from its pixels alone: residents photograph their own street and home, and what we keep
 * and show must not carry the phone's coordinates, its owner's name or anything else the file held (PIPL).
 * Stripping segments missed layouts (a second image appended by dual-camera phones, MPO, kept its GPS; comment
 * segments stayed), so nothing of the original file survives but the first frame's pixels: orientation applied,
 * longest side capped, all metadata dropped; JPEG out, or WebP when the image has transparency.
 */
export async function reencodeImage(
  input: Buffer,
  maxBytes: number,
): Promise<{ mime: StoredMime; data: Buffer; width: number; height: number }> {
  for (const [side, quality] of [
    [MAX_SIDE, 82],
    [1920, 60],
  ] as const) {
    let pipeline: ReturnType<typeof sharp>;
    let alpha: boolean;
    try {
      pipeline = sharp(input, { failOn: 'error', limitInputPixels: MAX_INPUT_PIXELS, animated: false })
        .rotate() // applies the EXIF orientation to the pixels
        .resize({ width: side, height: side, fit: 'inside', withoutEnlargement: true });
      alpha = (await pipeline.metadata()).hasAlpha;
    } catch (err) {
      throw new UnreadableImage('unreadable image', { cause: err });
    }
    const out = alpha
      ? pipeline.webp({ quality, alphaQuality: 90 })
      : pipeline.flatten({ background: '#ffffff' }).jpeg({ quality, mozjpeg: true });
    let result: { data: Buffer; info: { width: number; height: number } };
    try {
      result = await out.toBuffer({ resolveWithObject: true });
    } catch (err) {
      throw new UnreadableImage('unreadable image', { cause: err });
    }
    if (result.data.length <= maxBytes)
      return {
        mime: alpha ? 'image/webp' : 'image/jpeg',
        data: result.data,
        width: result.info.width,
        height: result.info.height,
      };
  }
  throw new UnreadableImage('too large after re-encoding');
}
