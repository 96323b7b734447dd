import { sql, type Kysely } from 'kysely';

// Frozen: never import application code here.
// Every new notification is signalled on channel onegrid_notification (delivered at commit), so each server
// process can push it to the connected streams of its recipients, whichever process wrote it.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE FUNCTION notification_notify() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      PERFORM pg_notify('onegrid_notification',
        json_build_object('id', NEW.id::text, 'user_id', NEW.user_id, 'unit_id', NEW.unit_id)::text);
      RETURN NULL;
    END $$;
    CREATE TRIGGER notification_notify AFTER INSERT ON notification
      FOR EACH ROW EXECUTE FUNCTION notification_notify();
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    DROP TRIGGER IF EXISTS notification_notify ON notification;
    DROP FUNCTION IF EXISTS notification_notify();
  `.execute(db);
}
