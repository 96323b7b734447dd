import type { FastifyReply } from 'fastify';
import type { OutgoingHttpHeaders } from 'node:http';
import type { NotificationListener } from './notifications.live.ts';
import type { Lang } from '../../lib/i18n.ts';
import type { Recipient } from './notifications.repository.ts';
import { presentNotification } from './notifications.service.ts';

/** Proxies close idle connections; a comment line keeps the stream open. */
export const HEARTBEAT_MS = 25_000;

/**
 * Turns the request into a Server-Sent Events stream of the caller's notifications. The response is hijacked
 * from Fastify; the headers set so far (security headers) are kept.
 */
export function openStream(
  reply: FastifyReply,
  listener: NotificationListener,
  who: Recipient,
  lang: Lang,
  lastEventId: string | undefined,
  open: Set<() => void>,
): void {
  reply.hijack();
  const res = reply.raw;
  const headers: OutgoingHttpHeaders = {};
  for (const [k, v] of Object.entries(reply.getHeaders())) if (v !== undefined) headers[k] = v;
  res.writeHead(200, {
    ...headers,
    'content-type': 'text/event-stream; charset=utf-8',
    'cache-control': 'no-cache, no-transform',
    connection: 'keep-alive',
    'x-accel-buffering': 'no',
  });
  res.write('retry: 5000\n: connected\n\n');

  const unsubscribe = listener.subscribe(
    {
      ...who,
      send(row) {
        const item = presentNotification(row, lang);
        res.write(`id: ${item.id}\nevent: notification\ndata: ${JSON.stringify(item)}\n\n`);
      },
    },
    lastEventId,
  );
  const heartbeat = setInterval(() => res.write(': heartbeat\n\n'), HEARTBEAT_MS);
  heartbeat.unref();
  const end = () => {
    clearInterval(heartbeat);
    unsubscribe();
    open.delete(end);
    if (!res.writableEnded) res.end();
  };
  open.add(end);
  // The response closes when the client goes away (or the server ends it).
  res.on('close', end);
  res.on('error', end);
}
