import { z } from 'zod';
import { Instant } from '../../lib/responses.ts';

export const Notification = z
  .object({
    id: z.string(),
    kind: z.string(),
    /** The values the title and body were rendered from (the reader's language). */
    params: z.record(z.string(), z.union([z.string(), z.number()])),
    title: z.string(),
    body: z.string(),
    caseId: z.string().nullable(),
    /** present when the notification is about a whistle */
    whistleId: z.string().optional(),
    createdAt: Instant,
    readAt: Instant.nullable(),
  })
  .meta({ id: 'Notification' });
export const NotificationPage = z
  .object({ items: z.array(Notification), total: z.number(), unread: z.number() })
  .meta({ id: 'NotificationPage' });
export const MarkedRead = z.object({ updated: z.number(), unread: z.number() });
/** Server-Sent Events; each `data:` line is a Notification as JSON. */
export const EventStream = {
  description: 'Server-Sent Events: `event: notification`, data a Notification as JSON',
  content: { 'text/event-stream': { schema: z.string() } },
};
