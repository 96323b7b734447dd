import {
  caseInScope,
  caseScopeOf,
  directoryScopeOf,
  type CaseScope,
  type DirectoryScope,
} from '@onegrid/domain';
import { sql, type RawBuilder } from 'kysely';
import type { Actor } from './actor.ts';

/**
 * The one translation of the domain's visibility rule (packages/domain/src/access) to SQL. Every query that lists
 * or counts cases — cases, nearby, supervision, whistles, uploads, dashboard — filters with `caseVisible`, and
 * every single-case read or write checks `canSeeCase`; nothing else decides who sees a case.
 */

export function caseScope(actor: Actor): CaseScope {
  return caseScopeOf(actor);
}

export function directoryScope(actor: Actor): DirectoryScope {
  return directoryScopeOf(actor);
}

/** A boolean SQL condition on the case row aliased `alias` (columns id, region_path, created_by). */
export function caseVisible(scope: CaseScope, alias = 'c'): RawBuilder<boolean> {
  const id = sql.ref(`${alias}.id`);
  const assigned = (unitId: string) =>
    sql<boolean>`EXISTS (SELECT 1 FROM assignment scope_a WHERE scope_a.case_id = ${id} AND scope_a.unit_id = ${unitId})`;
  switch (scope.kind) {
    case 'jurisdiction':
      // paths hold only digits and '/', so the prefix needs no LIKE escaping
      return sql<boolean>`(${sql.ref(`${alias}.region_path`)} LIKE ${`${scope.path}%`} OR ${assigned(scope.unitId)})`;
    case 'assigned':
      return assigned(scope.unitId);
    case 'reporter':
      return sql<boolean>`(${sql.ref(`${alias}.created_by`)} = ${scope.userId})`;
    case 'none':
      return sql<boolean>`FALSE`;
  }
}

/** The single-row check, on a case already loaded with all its assignments (past ones included). */
export function canSeeCase(
  actor: Actor,
  c: { region_path: string; created_by: string | null },
  assignments: readonly { unit_id: string }[],
): boolean {
  return caseInScope(caseScope(actor), {
    regionPath: c.region_path,
    createdBy: c.created_by,
    assignedUnitIds: assignments.map((a) => a.unit_id),
  });
}

/** Region-wide views (supervision, dashboard, whistle boards) need a jurisdiction: its path, or null. */
export function jurisdictionPathOf(actor: Actor): string | null {
  const s = caseScope(actor);
  return s.kind === 'jurisdiction' ? s.path : null;
}
