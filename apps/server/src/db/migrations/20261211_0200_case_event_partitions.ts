import { sql, type Kysely } from 'kysely';

// Frozen: never import application code here.
//
// A year of a megacity (issue 14). "case" has been range-partitioned by month since 20261122_0002, on its number:
// the number is the Shanghai date of receipt followed by a sequence (2026120700000042), so it is the time of
// receipt at day resolution AND the primary key. That keeps three things a timestamp key would lose: the primary
// key (id) is itself a valid unique key of the partitioned table, so a case number stays unique across all
// partitions without a composite key; a lookup by number (case detail, every row lock of a transition) is pruned
// to one partition; and the foreign keys that point at "case"(id) stay valid. Time-bounded queries give the
// planner number bounds (packages/domain case-number.ts) besides their timestamps.
//
// This migration partitions case_event, the per-case event log (about eight rows a case, the fastest-growing
// table), the same way: RANGE on case_id with the same monthly bounds, so a case's timeline is read from one
// partition and a month of cases detaches together with its events. The table is rebuilt with its rows; what the
// old table carried is carried over: columns, defaults (the id sequence, now owned by the new table), NOT NULLs,
// CHECKs, indexes, grants; it has no trigger, policy or foreign key (db/partitions.test.ts compares the catalogue
// before and after). The primary key becomes (id, case_id), as a unique key must include the partition key; ids
// stay unique because one sequence gives them all.
//
// assignment stays one table: its hot reads are by unit and status (a unit's open work) and by its own id (timer
// jobs), neither of which carries the case number, so partitions would only multiply the index probes; it holds
// one or two rows a case. The archive command moves a month's assignments out with their cases.
//
// Partitions are made by case_partitions_ensure (months from a start) and case_partitions_sweep (the months of
// rows that landed in a DEFAULT partition): SECURITY DEFINER, so the serving role's scheduled job (onegrid_app,
// which owns no table) may call them, and under an advisory lock, so several servers may. A month whose rows sit
// in the DEFAULT partition is built aside, the rows moved into it, then attached.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    LOCK TABLE case_event IN ACCESS EXCLUSIVE MODE;
    ALTER TABLE case_event RENAME TO case_event_unpartitioned;
    ALTER INDEX case_event_pkey RENAME TO case_event_unpartitioned_pkey;
    ALTER INDEX case_event_case_idx RENAME TO case_event_unpartitioned_case_idx;

    CREATE TABLE case_event (LIKE case_event_unpartitioned INCLUDING DEFAULTS INCLUDING CONSTRAINTS
      INCLUDING GENERATED INCLUDING STORAGE INCLUDING COMMENTS) PARTITION BY RANGE (case_id);
    ALTER SEQUENCE case_event_id_seq OWNED BY case_event.id;
    ALTER TABLE case_event ADD CONSTRAINT case_event_pkey PRIMARY KEY (id, case_id);
    CREATE INDEX case_event_case_idx ON case_event (case_id, id);
    CREATE TABLE case_event_default PARTITION OF case_event DEFAULT;

    -- one event partition for every case partition, with its bounds
    DO $$
    DECLARE p record;
    BEGIN
      FOR p IN
        SELECT c.relname, pg_get_expr(c.relpartbound, c.oid) AS bound
          FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid
         WHERE i.inhparent = '"case"'::regclass AND c.relname ~ '^case_[0-9]{6}$'
      LOOP
        EXECUTE format('CREATE TABLE %I PARTITION OF case_event %s', 'case_event_' || substr(p.relname, 6), p.bound);
      END LOOP;
    END $$;

    INSERT INTO case_event SELECT * FROM case_event_unpartitioned;

    -- the old table's privileges, whoever holds them
    DO $$
    DECLARE g record;
    BEGIN
      FOR g IN
        SELECT grantee, string_agg(privilege_type, ', ') AS privs
          FROM information_schema.role_table_grants
         WHERE table_schema = 'public' AND table_name = 'case_event_unpartitioned'
           AND grantee <> (SELECT pg_get_userbyid(relowner) FROM pg_class WHERE oid = 'case_event_unpartitioned'::regclass)
         GROUP BY grantee
      LOOP
        EXECUTE format('GRANT %s ON case_event TO %I', g.privs, g.grantee);
      END LOOP;
    END $$;

    DROP TABLE case_event_unpartitioned;
    ANALYZE case_event;

    -- One month's partition of a table partitioned by case number (bounds lo..hi); rows of that month sitting in the
    -- DEFAULT partition are moved into it. Returns whether it made one.
    CREATE FUNCTION case_partition_make(parent text, part text, lo bigint, hi bigint) RETURNS boolean
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
    DECLARE key text; cols text; waiting boolean;
    BEGIN
      IF to_regclass(format('public.%I', part)) IS NOT NULL THEN RETURN false; END IF;
      key := CASE parent WHEN 'case' THEN 'id' ELSE 'case_id' END;
      EXECUTE format('SELECT EXISTS (SELECT 1 FROM %I WHERE %I >= %s AND %I < %s)', parent || '_default', key, lo, key, hi)
        INTO waiting;
      IF waiting THEN
        SELECT string_agg(quote_ident(attname), ', ' ORDER BY attnum) INTO cols
          FROM pg_attribute
         WHERE attrelid = format('public.%I', parent)::regclass AND attnum > 0 AND NOT attisdropped AND attgenerated = '';
        EXECUTE format('CREATE TABLE %I (LIKE %I INCLUDING DEFAULTS INCLUDING CONSTRAINTS INCLUDING GENERATED INCLUDING STORAGE)', part, parent);
        EXECUTE format('WITH moved AS (DELETE FROM %I WHERE %I >= %s AND %I < %s RETURNING %s) INSERT INTO %I (%s) SELECT %s FROM moved',
          parent || '_default', key, lo, key, hi, cols, part, cols, cols);
        EXECUTE format('ALTER TABLE %I ATTACH PARTITION %I FOR VALUES FROM (%s) TO (%s)', parent, part, lo, hi);
      ELSE
        EXECUTE format('CREATE TABLE %I PARTITION OF %I FOR VALUES FROM (%s) TO (%s)', part, parent, lo, hi);
      END IF;
      RETURN true;
    END $$;

    -- The partitions of "case" and case_event for 'months' months from start_month; returns the names it made.
    CREATE FUNCTION case_partitions_ensure(start_month date, months int) RETURNS SETOF text
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
    DECLARE m date; lo bigint; hi bigint; t text;
    BEGIN
      PERFORM pg_advisory_xact_lock(hashtext('case_partitions'));
      FOR i IN 0..months - 1 LOOP
        m := (date_trunc('month', start_month) + make_interval(months => i))::date;
        lo := to_char(m, 'YYYYMMDD')::bigint * 100000000;
        hi := to_char((m + interval '1 month')::date, 'YYYYMMDD')::bigint * 100000000;
        FOREACH t IN ARRAY ARRAY['case', 'case_event'] LOOP
          IF case_partition_make(t, t || '_' || to_char(m, 'YYYYMM'), lo, hi) THEN
            RETURN NEXT t || '_' || to_char(m, 'YYYYMM');
          END IF;
        END LOOP;
      END LOOP;
    END $$;

    -- Rows outside every partition wait in the DEFAULT partitions (nothing is lost); this makes their months'
    -- partitions, which moves them there. Numbers that are no date stay where they are.
    CREATE FUNCTION case_partitions_sweep() RETURNS SETOF text
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
    DECLARE m date;
    BEGIN
      PERFORM pg_advisory_xact_lock(hashtext('case_partitions'));
      FOR m IN
        SELECT DISTINCT to_date(k::text, 'YYYYMM') FROM (
          SELECT id / 10000000000 AS k FROM case_default
          UNION SELECT case_id / 10000000000 FROM case_event_default) d
         WHERE k % 100 BETWEEN 1 AND 12 AND k BETWEEN 190001 AND 999912
      LOOP
        RETURN QUERY SELECT * FROM case_partitions_ensure(m, 1);
      END LOOP;
    END $$;

    -- the older entry point (benchmarks call it) now makes event partitions as well
    CREATE OR REPLACE FUNCTION create_case_partitions(start_month date, months int) RETURNS void
    LANGUAGE sql SECURITY DEFINER SET search_path = public, pg_temp AS $$
      SELECT count(*) FROM case_partitions_ensure(start_month, months);
    $$;

    REVOKE ALL ON FUNCTION case_partition_make(text, text, bigint, bigint), case_partitions_ensure(date, int),
      case_partitions_sweep(), create_case_partitions(date, int) FROM PUBLIC;
    DO $$
    BEGIN
      IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'onegrid_app') THEN
        GRANT EXECUTE ON FUNCTION case_partitions_ensure(date, int), case_partitions_sweep() TO onegrid_app;
      END IF;
    END $$;

    -- where the archive command keeps detached months (db/partitions.ts); the serving role has no access to it
    CREATE SCHEMA IF NOT EXISTS archive;
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    DROP FUNCTION case_partitions_sweep();
    CREATE OR REPLACE FUNCTION create_case_partitions(start_month date, months int) RETURNS void
    LANGUAGE plpgsql AS $$
    DECLARE m date; lo bigint; hi bigint; name text;
    BEGIN
      FOR i IN 0..months - 1 LOOP
        m := (date_trunc('month', start_month) + make_interval(months => i))::date;
        name := 'case_' || to_char(m, 'YYYYMM');
        lo := to_char(m, 'YYYYMMDD')::bigint * 100000000;
        hi := to_char((m + interval '1 month')::date, 'YYYYMMDD')::bigint * 100000000;
        IF NOT EXISTS (SELECT 1 FROM pg_class WHERE relname = name) THEN
          EXECUTE format('CREATE TABLE %I PARTITION OF "case" FOR VALUES FROM (%s) TO (%s)', name, lo, hi);
        END IF;
      END LOOP;
    END $$;
    DROP FUNCTION case_partitions_ensure(date, int);
    DROP FUNCTION case_partition_make(text, text, bigint, bigint);
    ALTER TABLE case_event RENAME TO case_event_partitioned;
    ALTER INDEX case_event_pkey RENAME TO case_event_partitioned_pkey;
    ALTER INDEX case_event_case_idx RENAME TO case_event_partitioned_case_idx;
    CREATE TABLE case_event (LIKE case_event_partitioned INCLUDING DEFAULTS INCLUDING CONSTRAINTS);
    ALTER SEQUENCE case_event_id_seq OWNED BY case_event.id;
    ALTER TABLE case_event ADD PRIMARY KEY (id);
    CREATE INDEX case_event_case_idx ON case_event (case_id, id);
    INSERT INTO case_event SELECT * FROM case_event_partitioned;
    DROP TABLE case_event_partitioned;
    DO $$
    BEGIN
      IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'onegrid_app') THEN
        GRANT SELECT, INSERT, UPDATE, DELETE ON case_event TO onegrid_app;
      END IF;
    END $$;
  `.execute(db);
}
