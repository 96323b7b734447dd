import { sql, type Kysely } from 'kysely';

// Frozen: never import application code here.
// Standard-address geometry (issue 10): a road's centre line (GeoJSON LineString) and a building's number of
// storeys, so that maps can draw roads and buildings from the address library without a tile server.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    ALTER TABLE address_node ADD COLUMN line jsonb, ADD COLUMN floors smallint;
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE address_node DROP COLUMN IF EXISTS line, DROP COLUMN IF EXISTS floors`.execute(db);
}
