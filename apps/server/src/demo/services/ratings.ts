import {
  districtOf,
  rectificationDue,
  WorkingCalendar,
  type RectificationState,
  type ServiceRatingLevel,
} from '@onegrid/domain';
import type { Db } from '../../db/database.ts';
import { rngFor } from '../random.ts';

const HOUR = 3_600_000;
type Plan = 'good' | 'open' | 'open_overdue' | 'done' | 'closed' | 'void_appeal' | 'pending_appeal';

/**
 * 好差评 on the demo applications (issue 13): most handed-out applications rated good (非常满意/满意/基本满意); at
 * each street centre a few bad ones with their rectification in every state — open (one past its due), done
 * (waiting for the callback), closed after the callback rated the fix, void after an upheld appeal — and one appeal
 * pending review. The two latest handed-out applications of every window stay unrated, to be rated. Once: skipped
 * when ratings exist. After loadDemoServicesIfEmpty.
 */
export async function loadDemoRatingsIfEmpty(db: Db, now = new Date()): Promise<void> {
  const any = await db.selectFrom('service_rating').select('id').limit(1).executeTakeFirst();
  if (any) return;
  const apps = await db
    .selectFrom('service_application as a')
    .innerJoin('unit as w', 'w.id', 'a.window_unit_id')
    .select(['a.id', 'a.window_unit_id', 'a.window_path', 'w.kind as window_kind', 'a.handed_out_at'])
    .where('a.status', '=', 'handed_out')
    .where('a.demo', '=', true)
    .orderBy('a.handed_out_at')
    .execute();
  if (apps.length === 0) return;
  const stages = await db
    .selectFrom('service_stage')
    .select(['application_id', 'unit_id'])
    .distinct()
    .where(
      'application_id',
      'in',
      apps.map((a) => a.id),
    )
    .execute();
  const users = await db.selectFrom('app_user').select(['id', 'username', 'unit_id']).execute();
  const admin = users.find((u) => u.username === 'admin')?.id ?? null;
  const anyUserOf = (unitId: string) => users.find((u) => u.unit_id === unitId)?.id ?? null;
  const cal = new WorkingCalendar();
  const rng = rngFor('demo-service-ratings');
  const goodLevel = (): ServiceRatingLevel => {
    const r = rng();
    return r < 0.55 ? 'very_satisfied' : r < 0.9 ? 'satisfied' : 'basically_satisfied';
  };

  const byWindow = new Map<string, typeof apps>();
  for (const a of apps) byWindow.set(a.window_unit_id, [...(byWindow.get(a.window_unit_id) ?? []), a]);
  const plans = new Map<string, Plan>();
  for (const list of byWindow.values()) {
    const rated = list.slice(0, Math.max(0, list.length - 2));
    for (const a of rated) plans.set(a.id, 'good');
    if (list[0]!.window_kind !== 'street_office') continue;
    const at = (i: number, plan: Plan) => {
      const a = rated[i];
      if (a) plans.set(a.id, plan);
    };
    at(0, 'open_overdue');
    at(2, 'closed');
    at(4, 'done');
    at(6, 'void_appeal');
    at(8, 'pending_appeal');
    at(rated.length - 1, 'open');
  }

  await db.transaction().execute(async (tx) => {
    for (const a of apps) {
      const plan = plans.get(a.id);
      if (!plan || !a.handed_out_at) continue;
      const district_code = districtOf(a.window_path);
      let ratedAt = new Date(a.handed_out_at.getTime() + 2 * HOUR);
      if (ratedAt > now) ratedAt = now;
      const bad = plan !== 'good';
      const level: ServiceRatingLevel = bad
        ? rng() < 0.6
          ? 'unsatisfied'
          : 'very_unsatisfied'
        : goodLevel();
      const { id: ratingId } = await tx
        .insertInto('service_rating')
        .values({
          application_id: a.id,
          district_code,
          kind: 'first',
          level,
          source: rng() < 0.7 ? 'window' : 'online',
          comment: bad ? '（演示）材料要求前后说法不一，多跑了一趟' : null,
          rated_at: ratedAt,
          excluded: plan === 'void_appeal',
          excluded_at: plan === 'void_appeal' ? new Date(ratedAt.getTime() + 48 * HOUR) : null,
          demo: true,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      const events: { kind: string; at: Date; note: string | null; unit_id: string | null }[] = [
        { kind: 'rated', at: ratedAt, note: level, unit_id: null },
      ];
      if (bad) {
        const units = stages.filter((s) => s.application_id === a.id).map((s) => s.unit_id);
        const state: RectificationState =
          plan === 'open' || plan === 'open_overdue' || plan === 'pending_appeal'
            ? 'open'
            : plan === 'done'
              ? 'done'
              : plan === 'closed'
                ? 'closed'
                : 'void';
        const dueAt = rectificationDue(ratedAt, cal);
        const actedAt = new Date(ratedAt.getTime() + 24 * HOUR);
        const callbackAt = new Date(ratedAt.getTime() + 72 * HOUR);
        const acted = state === 'done' || state === 'closed';
        await tx
          .insertInto('service_rectification')
          .values(
            units.map((unitId) => ({
              rating_id: ratingId,
              application_id: a.id,
              district_code,
              unit_id: unitId,
              state,
              opened_at: ratedAt,
              due_at: dueAt,
              action: acted ? '（演示）已电话联系申请人致歉，统一了窗口与后台的材料口径' : null,
              acted_at: acted ? actedAt : null,
              acted_by: acted ? anyUserOf(unitId) : null,
              callback_at: state === 'closed' ? callbackAt : null,
              callback_note: state === 'closed' ? '（演示）回访：申请人认可整改' : null,
              // the past overdue ones were notified by the sweep at the time
              overdue_notified_at: state === 'open' && dueAt < now ? dueAt : null,
            })),
          )
          .execute();
        events.push({ kind: 'rectification_opened', at: ratedAt, note: null, unit_id: null });
        if (acted)
          events.push({ kind: 'rectification_done', at: actedAt, note: null, unit_id: units[0] ?? null });
        if (state === 'closed') {
          await tx
            .insertInto('service_rating')
            .values({
              application_id: a.id,
              district_code,
              kind: 'after_fix',
              level: 'satisfied',
              source: 'callback',
              rated_at: callbackAt,
              demo: true,
            })
            .execute();
          events.push({ kind: 'fix_rated', at: callbackAt, note: 'satisfied', unit_id: null });
          events.push({ kind: 'rectification_closed', at: callbackAt, note: 'satisfied', unit_id: null });
        }
        if (plan === 'void_appeal' || plan === 'pending_appeal') {
          const unitId = units[0] ?? a.window_unit_id;
          const filedAt = new Date(ratedAt.getTime() + 20 * HOUR);
          const decided = plan === 'void_appeal';
          await tx
            .insertInto('service_rating_appeal')
            .values({
              rating_id: ratingId,
              district_code,
              unit_id: unitId,
              ground: decided ? 'mistaken' : 'outside_duty',
              reason: decided
                ? '（演示）申请人误将其他事项的办理体验评价到本件'
                : '（演示）申请人不满的是政策标准本身，非本单位办理问题',
              filed_by: anyUserOf(unitId),
              filed_at: filedAt,
              state: decided ? 'upheld' : 'pending',
              decided_by: decided ? admin : null,
              decided_at: decided ? new Date(ratedAt.getTime() + 48 * HOUR) : null,
              decision_note: decided ? '（演示）经核实属误评，不计入统计' : null,
            })
            .execute();
          events.push({ kind: 'appeal_filed', at: filedAt, note: null, unit_id: unitId });
          if (decided)
            events.push({
              kind: 'appeal_upheld',
              at: new Date(ratedAt.getTime() + 48 * HOUR),
              note: null,
              unit_id: null,
            });
        }
      }
      await tx
        .insertInto('service_event')
        .values(events.map((e) => ({ application_id: a.id, district_code, user_id: null, ...e })))
        .execute();
    }
  });
}
