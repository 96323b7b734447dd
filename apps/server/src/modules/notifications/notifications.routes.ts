import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../lib/context.ts';
import { AppError } from '../../lib/errors.ts';
import { pickLang } from '../../lib/i18n.ts';
import { Paging } from '../../lib/paging.ts';
import { actorOf } from '../auth/auth.plugin.ts';
import { notificationListenerFor } from './notifications.live.ts';
import * as service from './notifications.service.ts';
import { openStream } from './notifications.stream.ts';
import { EventStream, MarkedRead, NotificationPage } from './notifications.responses.ts';

const langOf = (req: FastifyRequest) => pickLang(req.headers['accept-language'], req.cookies?.og_lang);

const NotificationId = z.string().regex(/^[1-9][0-9]{0,17}$/, 'a notification id');

export async function notificationRoutes(app: FastifyInstance, { ctx }: { ctx: AppContext }): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const streams = new Set<() => void>();
  // Open streams would keep the server from closing.
  app.addHook('preClose', async () => {
    for (const end of [...streams]) end();
  });

  r.get(
    '/notifications',
    {
      schema: {
        tags: ['notifications'],
        querystring: Paging.extend({ unread: z.enum(['0', '1', 'true', 'false']).optional() }),
        response: { 200: NotificationPage },
      },
    },
    async (req) => {
      const { unread, page, pageSize } = req.query;
      return service.listForActor(
        ctx.db,
        actorOf(req),
        {
          unreadOnly: unread === '1' || unread === 'true',
          page,
          pageSize,
        },
        langOf(req),
      );
    },
  );

  r.post(
    '/notifications/read',
    {
      schema: {
        tags: ['notifications'],
        body: z
          .object({ ids: z.array(NotificationId).max(500).optional(), all: z.literal(true).optional() })
          .refine((b) => b.all === true || b.ids !== undefined, { message: 'ids_or_all' }),
        response: { 200: MarkedRead },
      },
    },
    async (req) => {
      return service.markReadForActor(ctx.db, actorOf(req), req.body.all ? 'all' : (req.body.ids ?? []));
    },
  );

  r.get(
    '/notifications/stream',
    {
      schema: {
        tags: ['notifications'],
        description: 'Server-Sent Events: `event: notification` with the item as JSON; a comment every 25 s.',
        response: { 200: EventStream },
      },
    },
    async (req, reply) => {
      const actor = actorOf(req);
      const listener = notificationListenerFor(ctx.db);
      if (!listener) throw new AppError('UNAVAILABLE');
      // EventSource sends the last id it saw when it reconnects: the stream first sends what it missed.
      const last = NotificationId.safeParse(req.headers['last-event-id']);
      openStream(
        reply,
        listener,
        service.recipientOf(actor),
        langOf(req),
        last.success ? last.data : undefined,
        streams,
      );
    },
  );
}
