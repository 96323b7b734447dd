import { sql, type Kysely } from 'kysely';

// Frozen: never import application code here.
// Issue 8, hole 7 and 等保 audit retention. The audit log becomes a hash chain: every row gets `seq` (its place
// in the chain) and `hash = sha256(prev_hash || canonical(row))`, computed by a BEFORE INSERT trigger under the
// chain head's row lock (inserts of concurrent transactions take turns from their first audit row to commit).
// canonical(row) is the rule of packages/domain/src/audit/chain.ts, byte for byte. The trigger is SECURITY
// DEFINER: the serving role cannot touch the head. Rows older than the retention are archived to a file and then
// removed — only rows an `audit_archive` record covers, and only by the owner with `onegrid.audit_archiving` set;
// the archive keeps the anchor (last seq and hash) the chain continues from.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    ALTER TABLE audit_log ADD COLUMN seq bigint, ADD COLUMN prev_hash bytea, ADD COLUMN hash bytea;

    CREATE TABLE audit_chain_head (
      only_row boolean PRIMARY KEY DEFAULT true CHECK (only_row),
      seq bigint NOT NULL,
      hash bytea NOT NULL
    );
    INSERT INTO audit_chain_head (seq, hash) VALUES (0, decode(repeat('00', 32), 'hex'));

    CREATE TABLE audit_archive (
      id serial PRIMARY KEY,
      first_seq bigint NOT NULL,
      last_seq bigint NOT NULL,
      first_prev_hash bytea NOT NULL,
      last_hash bytea NOT NULL,
      row_count int NOT NULL,
      first_at timestamptz NOT NULL,
      last_at timestamptz NOT NULL,
      file text NOT NULL,
      file_sha256 text NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now()
    );

    CREATE FUNCTION audit_canonical_field(v text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
      SELECT CASE WHEN v IS NULL THEN '~' ELSE octet_length(convert_to(v, 'UTF8'))::text || ':' || v END
    $$;

    CREATE FUNCTION audit_canonical(r audit_log) RETURNS text LANGUAGE sql STABLE AS $$
      SELECT concat_ws('|',
        audit_canonical_field(r.seq::text),
        audit_canonical_field(r.id::text),
        audit_canonical_field((extract(epoch FROM r.at) * 1000000)::bigint::text),
        audit_canonical_field(r.actor_id::text),
        audit_canonical_field(r.actor_username),
        audit_canonical_field(r.actor_scope),
        audit_canonical_field(r.action),
        audit_canonical_field(r.entity),
        audit_canonical_field(r.entity_id),
        audit_canonical_field(r.before::text),
        audit_canonical_field(r.after::text),
        audit_canonical_field(r.ip),
        audit_canonical_field(r.request_id))
    $$;

    CREATE FUNCTION audit_log_chain() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
      SET search_path = pg_catalog, public AS $$
    DECLARE
      head audit_chain_head%ROWTYPE;
    BEGIN
      SELECT * INTO head FROM audit_chain_head WHERE only_row FOR UPDATE;
      NEW.seq := head.seq + 1;
      NEW.prev_hash := head.hash;
      NEW.hash := sha256(head.hash || convert_to(audit_canonical(NEW), 'UTF8'));
      UPDATE audit_chain_head SET seq = NEW.seq, hash = NEW.hash WHERE only_row;
      RETURN NEW;
    END $$;
  `.execute(db);

  // Chain the rows written so far, in id order (the no-update trigger is off for this statement only).
  await sql`
    ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_update;
    DO $$
    DECLARE
      r audit_log;
      prev bytea := decode(repeat('00', 32), 'hex');
      n bigint := 0;
    BEGIN
      FOR r IN SELECT * FROM audit_log ORDER BY id LOOP
        n := n + 1;
        r.seq := n;
        r.prev_hash := prev;
        r.hash := sha256(prev || convert_to(audit_canonical(r), 'UTF8'));
        UPDATE audit_log SET seq = r.seq, prev_hash = r.prev_hash, hash = r.hash WHERE id = r.id;
        prev := r.hash;
      END LOOP;
      UPDATE audit_chain_head SET seq = n, hash = prev;
    END $$;
    ALTER TABLE audit_log ENABLE TRIGGER audit_log_no_update;

    ALTER TABLE audit_log ALTER COLUMN seq SET NOT NULL, ALTER COLUMN prev_hash SET NOT NULL,
      ALTER COLUMN hash SET NOT NULL;
    CREATE UNIQUE INDEX audit_log_seq_idx ON audit_log(seq);
    CREATE TRIGGER audit_log_chain BEFORE INSERT ON audit_log FOR EACH ROW EXECUTE FUNCTION audit_log_chain();

    CREATE OR REPLACE FUNCTION audit_log_insert_only() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      -- Archived rows only: covered by an audit_archive record, removed by the archive job (owner, flag set).
      IF TG_OP = 'DELETE' AND current_setting('onegrid.audit_archiving', true) = 'on'
         AND OLD.seq <= (SELECT coalesce(max(last_seq), 0) FROM audit_archive) THEN
        RETURN OLD;
      END IF;
      RAISE EXCEPTION 'audit_log is insert-only' USING ERRCODE = 'insufficient_privilege';
    END $$;
  `.execute(db);

  await sql`
    DO $$
    BEGIN
      IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'onegrid_app') THEN
        REVOKE ALL ON audit_chain_head, audit_archive FROM onegrid_app;
        GRANT SELECT ON audit_chain_head, audit_archive TO onegrid_app;
        REVOKE UPDATE, DELETE, TRUNCATE ON audit_log FROM onegrid_app;
      END IF;
    END $$;
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    DROP TRIGGER IF EXISTS audit_log_chain ON audit_log;
    DROP FUNCTION IF EXISTS audit_log_chain(), audit_canonical(audit_log), audit_canonical_field(text);
    DROP TABLE IF EXISTS audit_chain_head, audit_archive;
    ALTER TABLE audit_log DROP COLUMN seq, DROP COLUMN prev_hash, DROP COLUMN hash;
  `.execute(db);
}
