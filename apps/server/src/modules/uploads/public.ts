// What other modules use of uploads besides its service: serving a stored image as a route's answer.
import type { FastifyReply } from 'fastify';
import { fileResponse } from '../../lib/responses.ts';
import type { StoredImage } from './uploads.service.ts';

/** The response schema of a route that answers with a stored photo. */
export const imageResponse = fileResponse('The photo', 'image/jpeg', 'image/png', 'image/webp', 'image/gif');

/** Sends a stored image with its type, no sniffing, inline, the given caching and its hash as the ETag. */
export function sendImage(reply: FastifyReply, image: StoredImage, cache: string) {
  return reply
    .header('content-type', image.mime)
    .header('x-content-type-options', 'nosniff')
    .header('content-disposition', 'inline')
    .header('cache-control', cache)
    .header('etag', `"${image.sha256}"`)
    .send(image.data);
}
