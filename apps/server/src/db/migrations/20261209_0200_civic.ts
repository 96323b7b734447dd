import { sql, type Kysely } from 'kysely';

// Frozen: never import application code here.
// Issue 12 (civic lane):
// - opinion_alert.overdue_notified_at: an alert whose response clock ran out unanswered notifies the district once.
//   The sweep claims an alert by setting it (NULL → now()) in the transaction that writes the notification, so two
//   processes sweeping at once notify each alert once.
// - opinion_item.cluster_case_id: a 舆情 item attached to a hot issue. Clusters are recomputed every hour (new ids),
//   so the item keeps one case of the cluster it joined; whichever cluster holds that case is the item's cluster.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    ALTER TABLE opinion_alert ADD COLUMN overdue_notified_at timestamptz;
    CREATE INDEX opinion_alert_overdue_todo ON opinion_alert (due_at)
      WHERE overdue_notified_at IS NULL AND responded_at IS NULL;

    ALTER TABLE opinion_item
      ADD COLUMN cluster_case_id bigint REFERENCES "case" (id),
      ADD COLUMN cluster_by text CHECK (cluster_by IN ('auto', 'operator')),
      ADD COLUMN cluster_at timestamptz;
    CREATE INDEX opinion_item_cluster_case ON opinion_item (cluster_case_id) WHERE cluster_case_id IS NOT NULL;
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    DROP INDEX IF EXISTS opinion_item_cluster_case;
    ALTER TABLE opinion_item DROP COLUMN IF EXISTS cluster_case_id, DROP COLUMN IF EXISTS cluster_by,
      DROP COLUMN IF EXISTS cluster_at;
    DROP INDEX IF EXISTS opinion_alert_overdue_todo;
    ALTER TABLE opinion_alert DROP COLUMN IF EXISTS overdue_notified_at;
  `.execute(db);
}
