import type { DbOrTx } from '../../db/database.ts';

export interface NewNotification {
  unitId?: string | null;
  userId?: string | null;
  caseId?: string | null;
  kind: string;
  title: string;
  body?: string;
}

/** Written in the transaction of the change that caused it; delivered live after commit. */
export async function notify(db: DbOrTx, items: NewNotification[]): Promise<void> {
  if (items.length === 0) return;
  await db
    .insertInto('notification')
    .values(
      items.map((n) => ({
        unit_id: n.unitId ?? null,
        user_id: n.userId ?? null,
        case_id: n.caseId ?? null,
        kind: n.kind,
        title: n.title,
        body: n.body ?? '',
      })),
    )
    .execute();
}
