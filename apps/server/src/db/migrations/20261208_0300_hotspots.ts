import { sql, type Kysely } from 'kysely';

// Frozen: never import application code here.
// Hot issues and proactive governance (issue 12). hot_cluster / hot_cluster_case: the hotspots job's latest run,
// replaced whole each run (a cluster's id lives until the next run). proactive_task: a topic the district picked
// (每月一题) or a hot cluster turned into a task (主动治理), with owner and co-units, deadline, plan, notes; its topic
// (category group × place or population) is copied in so its effect can be counted after the clusters are gone.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE hot_cluster (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      computed_at timestamptz NOT NULL DEFAULT now(),
      category_group text NOT NULL,
      place_kind text,
      place_key text,
      place_label text,
      description text NOT NULL,
      central_case_id bigint,
      reporters integer NOT NULL,
      cases integer NOT NULL,
      likes integer NOT NULL DEFAULT 0,
      dislikes integer NOT NULL DEFAULT 0,
      heat double precision NOT NULL,
      hot boolean NOT NULL,
      first_at timestamptz NOT NULL,
      last_at timestamptz NOT NULL,
      per_day jsonb NOT NULL DEFAULT '[]'
    );
    CREATE INDEX hot_cluster_heat_idx ON hot_cluster (hot, heat DESC);
    CREATE TABLE hot_cluster_case (
      cluster_id uuid NOT NULL REFERENCES hot_cluster (id) ON DELETE CASCADE,
      case_id bigint NOT NULL REFERENCES "case" (id) ON DELETE CASCADE,
      PRIMARY KEY (cluster_id, case_id)
    );
    CREATE INDEX hot_cluster_case_case_idx ON hot_cluster_case (case_id);
    CREATE TABLE proactive_task (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      title text NOT NULL,
      category_group text NOT NULL,
      place_kind text NOT NULL,
      place_key text NOT NULL,
      place_label text NOT NULL,
      month text,
      cluster_description text,
      owner_unit_id uuid NOT NULL REFERENCES unit (id),
      co_unit_ids uuid[] NOT NULL DEFAULT '{}',
      deadline date NOT NULL,
      plan text NOT NULL,
      status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed')),
      region_path text NOT NULL,
      created_by uuid NOT NULL REFERENCES app_user (id),
      created_at timestamptz NOT NULL DEFAULT now(),
      closed_at timestamptz,
      closed_by uuid REFERENCES app_user (id),
      close_note text
    );
    CREATE INDEX proactive_task_status_idx ON proactive_task (status, created_at DESC);
    CREATE TABLE proactive_task_note (
      id bigserial PRIMARY KEY,
      task_id uuid NOT NULL REFERENCES proactive_task (id) ON DELETE CASCADE,
      author_id uuid NOT NULL REFERENCES app_user (id),
      body text NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX proactive_task_note_task_idx ON proactive_task_note (task_id, created_at);
    DO $$
    BEGIN
      IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'onegrid_app') THEN
        GRANT SELECT, INSERT, UPDATE, DELETE ON hot_cluster, hot_cluster_case, proactive_task, proactive_task_note
          TO onegrid_app;
        -- 20261208_0050 made case_origin and case_metoo without granting them to the serving role
        GRANT SELECT, INSERT, UPDATE, DELETE ON case_origin, case_metoo TO onegrid_app;
        GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO onegrid_app;
      END IF;
    END $$;
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    DROP TABLE IF EXISTS proactive_task_note, proactive_task, hot_cluster_case, hot_cluster;
  `.execute(db);
}
