import type { Urgency } from '@onegrid/domain';
import type { Db, DbOrTx } from '../../db/database.ts';
import { requireGlobalAdmin, type Actor } from '../../lib/actor.ts';
import { changedFields, writeAudit } from '../../lib/audit.ts';
import { conflict, invalid, notFound } from '../../lib/errors.ts';
import type { Category } from '../../db/schema.ts';
import * as repo from './categories.repository.ts';

export function presentCategory(c: Category) {
  return {
    code: c.code,
    parentCode: c.parent_code,
    nameZh: c.name_zh,
    nameEn: c.name_en,
    isLeaf: c.is_leaf,
    defaultUrgency: c.default_urgency,
    serviceCode: c.service_code,
    gridSolvable: c.grid_solvable,
    keywords: c.keywords,
    active: c.active,
    public: c.public,
    facility: c.facility,
  };
}

export async function listCategories(db: DbOrTx) {
  return { items: (await repo.listCategories(db)).map(presentCategory) };
}

export interface CategoryInput {
  code: string;
  parentCode?: string | null | undefined;
  nameZh: string;
  nameEn: string;
  defaultUrgency: Urgency;
  serviceCode?: string | null | undefined;
  gridSolvable: boolean;
  keywords?: string[] | undefined;
  active?: boolean | undefined;
  /** Published (de-identified) on the Open311 feed; facility: at the exact place. */
  public?: boolean | undefined;
  facility?: boolean | undefined;
}

export async function createCategoryTx(tx: DbOrTx, actor: Actor, input: CategoryInput) {
  requireGlobalAdmin(actor);
  if (await repo.findCategory(tx, input.code)) throw conflict('category_code_exists');
  if (input.parentCode) {
    const parent = await repo.lockCategory(tx, input.parentCode);
    if (!parent) throw invalid([{ path: 'parentCode', key: 'unknown_parent_category' }]);
  }
  if (input.serviceCode && (await repo.findByServiceCode(tx, input.serviceCode)))
    throw conflict('service_code_exists');
  const siblings = await repo.listCategories(tx);
  await repo.insertCategory(tx, {
    code: input.code,
    parent_code: input.parentCode ?? null,
    name_zh: input.nameZh,
    name_en: input.nameEn,
    default_urgency: input.defaultUrgency,
    service_code: input.serviceCode ?? null,
    grid_solvable: input.gridSolvable,
    keywords: input.keywords ?? [],
    is_leaf: true,
    active: input.active ?? true,
    public: input.public ?? false,
    facility: input.facility ?? false,
    sort: siblings.length,
  });
  if (input.parentCode) await repo.setLeaf(tx, input.parentCode, false);
  await writeAudit(tx, actor, { action: 'create', entity: 'category', entityId: input.code, after: input });
}

export async function createCategory(db: Db, actor: Actor, input: CategoryInput) {
  await db.transaction().execute((tx) => createCategoryTx(tx, actor, input));
}

export async function updateCategoryTx(
  tx: DbOrTx,
  actor: Actor,
  code: string,
  patch: Partial<Omit<CategoryInput, 'code' | 'parentCode'>>,
) {
  requireGlobalAdmin(actor);
  const c = await repo.lockCategory(tx, code);
  if (!c) throw notFound('category');
  if (patch.serviceCode && patch.serviceCode !== c.service_code) {
    const other = await repo.findByServiceCode(tx, patch.serviceCode);
    if (other && other.code !== code) throw conflict('service_code_exists');
  }
  const diff = changedFields(presentCategory(c) as Record<string, unknown>, patch);
  if (!diff) return;
  await repo.updateCategory(tx, code, {
    name_zh: patch.nameZh,
    name_en: patch.nameEn,
    default_urgency: patch.defaultUrgency,
    service_code: patch.serviceCode,
    grid_solvable: patch.gridSolvable,
    keywords: patch.keywords,
    active: patch.active,
    public: patch.public,
    facility: patch.facility,
  });
  await writeAudit(tx, actor, { action: 'update', entity: 'category', entityId: code, ...diff });
}

export async function updateCategory(
  db: Db,
  actor: Actor,
  code: string,
  patch: Partial<Omit<CategoryInput, 'code' | 'parentCode'>>,
) {
  await db.transaction().execute((tx) => updateCategoryTx(tx, actor, code, patch));
}
