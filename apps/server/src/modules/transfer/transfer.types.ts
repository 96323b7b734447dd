import type { DbOrTx, Tx } from '../../db/database.ts';
import type { Actor } from '../../lib/actor.ts';
import type { Lang } from '../../lib/i18n.ts';
import type { PiiCipher } from '../../lib/pii.ts';
import type { ImportRow } from './transfer.parse.ts';

export const TABLE_ENTITIES = ['units', 'users', 'categories', 'duties'] as const;
export type TableEntity = (typeof TABLE_ENTITIES)[number];

export interface ColumnDef {
  header: string;
  width?: number;
  /** Must be present in an imported file. */
  required?: boolean;
  /** Written for people to read (names next to codes); ignored on import. */
  exportOnly?: boolean;
}

/** One row being imported, inside the import's transaction. */
export interface RowContext {
  tx: Tx;
  actor: Actor;
  pii: PiiCipher;
  lang: Lang;
  row: ImportRow;
  /** Records an error in a cell of this row; the row is not written. */
  fail(column: string, message: string): void;
  failed(column?: string): boolean;
}

/** created / updated: a new or an existing record in the caller's jurisdiction; unchanged: a record outside it,
 * identical in the file (as exported to someone who sees it); invalid: errors were recorded with ctx.fail. */
export type RowOutcome = 'created' | 'updated' | 'unchanged' | 'invalid';

/** How one entity is laid out in a spreadsheet and brought back. */
export interface TableFormat {
  entity: TableEntity;
  /** audit_log.entity of the import row. */
  auditEntity: string;
  fileName: Record<Lang, string>;
  columns: ColumnDef[];
  /** Columns of the natural key; a second row with the same key is an error. */
  key: string[];
  normaliseKey?: (value: string) => string;
  /** API field → column, to place the errors of the Zod schemas and the services. */
  fieldColumns: Record<string, string>;
  /** NOT_FOUND {entity} from a service → column. */
  entityColumns: Record<string, string>;
  /** CONFLICT {reason} from a service → column (default: the first key column). */
  conflictColumns?: Record<string, string>;
  authorize(actor: Actor, action: 'export' | 'import'): void;
  exportRows(db: DbOrTx, actor: Actor, pii: PiiCipher): Promise<Record<string, string>[]>;
  importRow(ctx: RowContext): Promise<RowOutcome>;
}
