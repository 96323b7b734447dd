import {
  DEFAULT_VISIT_RULES,
  effectiveVisitRules,
  FieldSettings,
  fieldSettingsFrom,
  firstVisitTooLate,
  TAG_LEVELS,
  TagType,
  visitRuleKey,
  type VisitRule,
} from '@onegrid/domain';
import type { Db, DbOrTx } from '../../db/database.ts';
import { saveSetting, settingValue } from '../../db/settings.ts';
import { hasRole, type Actor } from '../../lib/actor.ts';
import { writeAudit } from '../../lib/audit.ts';
import { AppError, invalid, notFound } from '../../lib/errors.ts';
import type { VisitRuleEdit, VisitRuleKeyQuery } from './fieldrules.io.ts';

/**
 * The deployment's visit rules (走访规则) and field-work settings: the defaults from practice (domain), the
 * deployment's `visit_rule` rows over them, edited here (this module writes `visit_rule` and the `field_settings`
 * setting; the field-work module reads them through `visitRules`/`fieldSettings`).
 */
export const FIELD_SETTINGS_KEY = 'field_settings';

export async function fieldSettings(db: DbOrTx): Promise<FieldSettings> {
  return fieldSettingsFrom(await settingValue(db, FIELD_SETTINGS_KEY));
}

type StoredRule = VisitRule & { active: boolean };

async function storedRules(db: DbOrTx): Promise<StoredRule[]> {
  const rows = await db.selectFrom('visit_rule').selectAll().execute();
  return rows.map((r) => ({
    tag: r.tag,
    level: r.level,
    every: { unit: r.every_unit, count: r.every_count },
    firstWithin: r.first_unit && r.first_count ? { unit: r.first_unit, count: r.first_count } : null,
    afterChangeWithinHours: r.after_change_hours,
    calendar: r.calendar,
    source: r.source,
    active: r.active,
  }));
}

/** The rules in force: the defaults from practice with the deployment's rows over them. */
export async function visitRules(db: DbOrTx): Promise<VisitRule[]> {
  return effectiveVisitRules(DEFAULT_VISIT_RULES, await storedRules(db));
}

/** District or city administrators edit; they, supervisors and street leads read. */
function canEdit(actor: Actor): boolean {
  return hasRole(actor, 'admin') && (actor.scopeLevel === 'district' || actor.scopeLevel === 'city');
}
function requireReader(actor: Actor) {
  if (!canEdit(actor) && !hasRole(actor, 'supervisor', 'street_lead')) throw new AppError('FORBIDDEN');
}
function requireEditor(actor: Actor) {
  if (!canEdit(actor)) throw new AppError('FORBIDDEN');
}

export type RuleOrigin = 'default' | 'edited' | 'added' | 'disabled';

/** Every rule the deployment knows: in force (default, edited, added) or a default switched off. */
export async function listRules(db: Db, actor: Actor) {
  requireReader(actor);
  const stored = await storedRules(db);
  const defaults = new Map(DEFAULT_VISIT_RULES.map((r) => [visitRuleKey(r), r]));
  const storedBy = new Map(stored.map((r) => [visitRuleKey(r), r]));
  const keys = [...new Set([...defaults.keys(), ...storedBy.keys()])];
  const rules = keys.map((k) => {
    const s = storedBy.get(k);
    const d = defaults.get(k);
    const origin: RuleOrigin = s ? (!s.active ? 'disabled' : d ? 'edited' : 'added') : 'default';
    const { active: _a, ...rule } = s ?? { ...d!, active: true };
    return { ...rule, origin, default: d ?? null };
  });
  // tags as the code table lists them, levels in their order (严管 before 普管 before 宽管), "every level" first
  const tagOrder = (tag: string) => TagType.options.indexOf(tag as TagType);
  const levelOrder = (r: VisitRule) => (r.level === null ? -1 : TAG_LEVELS[r.tag].indexOf(r.level));
  rules.sort((a, b) => tagOrder(a.tag) - tagOrder(b.tag) || levelOrder(a) - levelOrder(b));
  return { rules, settings: await fieldSettings(db), canEdit: canEdit(actor) };
}

/** Sets one rule (a default edited, or a new tag/level), or switches a rule off (active false). */
export async function saveRule(db: Db, actor: Actor, edit: VisitRuleEdit) {
  requireEditor(actor);
  const { active, ...rule } = edit;
  if (firstVisitTooLate(rule)) throw invalid([{ path: 'firstWithin', key: 'first_visit_after_interval' }]);
  await db.transaction().execute(async (tx) => {
    const before = await tx
      .selectFrom('visit_rule')
      .selectAll()
      .where('tag', '=', rule.tag)
      .where((eb) => (rule.level === null ? eb('level', 'is', null) : eb('level', '=', rule.level)))
      .executeTakeFirst();
    const values = {
      tag: rule.tag,
      level: rule.level,
      every_unit: rule.every.unit,
      every_count: rule.every.count,
      first_unit: rule.firstWithin?.unit ?? null,
      first_count: rule.firstWithin?.count ?? null,
      after_change_hours: rule.afterChangeWithinHours,
      calendar: rule.calendar,
      source: rule.source,
      active,
      updated_by: actor.userId,
      updated_at: new Date(),
    };
    if (before) await tx.updateTable('visit_rule').set(values).where('id', '=', before.id).execute();
    else await tx.insertInto('visit_rule').values(values).execute();
    await writeAudit(tx, actor, {
      action: before ? 'update' : 'create',
      entity: 'visit_rule',
      entityId: visitRuleKey(rule),
      ...(before ? { before } : {}),
      after: edit,
    });
  });
  return listRules(db, actor);
}

/** Back to the default from practice (or, for a rule the deployment added, no rule: the tag is not scheduled). */
export async function resetRule(db: Db, actor: Actor, key: VisitRuleKeyQuery) {
  requireEditor(actor);
  const level = key.level ?? null;
  await db.transaction().execute(async (tx) => {
    const gone = await tx
      .deleteFrom('visit_rule')
      .where('tag', '=', key.tag)
      .where((eb) => (level === null ? eb('level', 'is', null) : eb('level', '=', level)))
      .returningAll()
      .executeTakeFirst();
    if (!gone) throw notFound('visit_rule');
    await writeAudit(tx, actor, {
      action: 'delete',
      entity: 'visit_rule',
      entityId: visitRuleKey({ tag: key.tag, level }),
      before: gone,
    });
  });
  return listRules(db, actor);
}

export async function saveSettings(db: Db, actor: Actor, next: FieldSettings) {
  requireEditor(actor);
  if (next.signoffRedHours < next.signoffYellowHours)
    throw invalid([{ path: 'signoffRedHours', key: 'red_before_yellow' }]);
  await db.transaction().execute(async (tx) => {
    const before = await fieldSettings(tx);
    await saveSetting(tx, FIELD_SETTINGS_KEY, next);
    await writeAudit(tx, actor, {
      action: 'update',
      entity: 'setting',
      entityId: FIELD_SETTINGS_KEY,
      before,
      after: next,
    });
  });
  return listRules(db, actor);
}
