import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AppContext } from '../../lib/context.ts';
import { checkKey, idempotent, requestHash } from '../../lib/idempotency.ts';
import { actorOf } from '../auth/auth.plugin.ts';

type Ctx = Pick<AppContext, 'db' | 'pii'>;

/**
 * A base-data write the phone may send again from its queue (待发送: a room added, a resident claimed, a record
 * verified on the 楼盘表): with an Idempotency-Key (the phone sends its record's client instance id) the write and
 * its answer are stored in one transaction, and a repeat of the key gets that answer and writes nothing — exactly
 * once, as the field records' instance ids. Without a key the write runs as before.
 */
export async function sendOnce<T>(
  ctx: Ctx,
  req: FastifyRequest,
  reply: FastifyReply,
  status: number,
  work: (c: Ctx) => Promise<T>,
): Promise<T> {
  const raw = req.headers['idempotency-key'];
  const key = checkKey(Array.isArray(raw) ? raw[0] : raw);
  const out = await idempotent(
    ctx.db,
    `basedata:user:${actorOf(req).userId}`,
    key,
    async (tx) => ({ status, body: await work({ ...ctx, db: tx }) }),
    requestHash({ method: req.method, url: req.url, body: req.body }),
  );
  if (out.replayed) reply.header('idempotent-replayed', 'true');
  reply.status(out.status);
  return out.body;
}
