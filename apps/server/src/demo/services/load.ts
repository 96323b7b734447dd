import {
  districtOf,
  applicationAfter,
  bundleMaterials,
  mergeOutcome,
  planStages,
  promiseDue,
  ServiceGuide,
  shanghaiDayOf,
  trackingCode,
  WorkingCalendar,
  type ServiceMaterial,
  type StageStatus,
} from '@onegrid/domain';
import type { Db } from '../../db/database.ts';
import { maskIdNumber, type PiiCipher } from '../../lib/pii.ts';
import { DISTRICT_UNIT_NAMES } from '../knowledge/units.ts';
import { randomInt, rngFor } from '../random.ts';
import { DEMO_COMMUNITY, DEMO_STREET, SECOND_STREET } from '../users.ts';
import { DEMO_BUNDLES, DEMO_ITEMS, MATERIALS, type DemoItem } from './items.ts';

const DEMO_NOTE = '（演示内容，为 OneGrid 演示编写，不代表任何政府部门的现行规定。）';
const DAY = 86_400_000;

function materialOf(spec: string): ServiceMaterial {
  const key = spec.startsWith('!');
  const optional = spec.startsWith('?');
  const code = spec.replace(/^[!?]/, '');
  const [name, issuer, check] = MATERIALS[code]!;
  return {
    code,
    name,
    required: !optional,
    key,
    copies: code === 'photo' ? 2 : 1,
    ...(issuer ? { issuer } : {}),
    checkPoints: check,
  };
}

export function demoGuide(i: DemoItem): ServiceGuide {
  return ServiceGuide.parse({
    conditions: i.conditions,
    materials: i.mats.map(materialOf),
    steps: i.steps ?? [],
    fees: i.fees ?? '不收费',
    legalBasis: `${i.basis}${DEMO_NOTE}`,
    promisedDays: i.days,
    visits: i.visits,
    where: '各街道便民服务中心综合窗口、社区服务站，或网上办理；12345 热线可代为受理',
    contact: '街道便民服务中心 010-6996 0000（演示）',
    complaint: '12345 市民服务热线；区政务服务管理局 010-6998 0000（演示）',
  });
}

/**
 * The demo's one-window services: the catalogue (34 items, 4 bundles) and about four weeks of applications at the
 * windows of 滨河 (street centre, a community), 兴谷 and the 12345 centre, in every state — handed out, merged,
 * handling, some stages overdue, some accepted on a promise (容缺). Once: skipped when items exist.
 */
export async function loadDemoServicesIfEmpty(db: Db, pii: PiiCipher, now = new Date()): Promise<void> {
  const any = await db.selectFrom('service_item').select('id').limit(1).executeTakeFirst();
  if (any) return;
  const units = await db
    .selectFrom('unit')
    .select(['id', 'name', 'kind', 'jurisdiction_code', 'jurisdiction_path'])
    .execute();
  const byName = new Map(units.map((u) => [u.name, u]));
  const unitId = (key: string) => {
    const u = byName.get(DISTRICT_UNIT_NAMES[key] ?? '') ?? units.find((x) => x.name === demoUnitName(key));
    if (!u) throw new Error(`demo services: no unit ${key}`);
    return u.id;
  };
  const itemIds = new Map<string, string>();
  const items: {
    id: string;
    code: string;
    guide: ServiceGuide;
    deps: { unitId: string; days: number }[];
    name: string;
  }[] = [];
  for (const i of DEMO_ITEMS) {
    const guide = demoGuide(i);
    const { id } = await db
      .insertInto('service_item')
      .values({
        code: i.code,
        name: i.name,
        name_en: i.en,
        guide: JSON.stringify(guide),
        promised_days: i.days,
        demo: true,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const deps = i.deps.map(([k, days]) => ({ unitId: unitId(k), days }));
    await db
      .insertInto('service_item_department')
      .values(deps.map((d, n) => ({ item_id: id, unit_id: d.unitId, days: d.days, sort: n })))
      .execute();
    itemIds.set(i.code, id);
    items.push({ id, code: i.code, guide, deps, name: i.name });
  }
  const bundles: { id: string; name: string; items: typeof items }[] = [];
  for (const b of DEMO_BUNDLES) {
    const { id } = await db
      .insertInto('service_bundle')
      .values({ code: b.code, name: b.name, name_en: b.en, description: b.description, demo: true })
      .returning('id')
      .executeTakeFirstOrThrow();
    await db
      .insertInto('service_bundle_item')
      .values(b.items.map((c, n) => ({ bundle_id: id, item_id: itemIds.get(c)!, sort: n })))
      .execute();
    bundles.push({ id, name: b.name, items: b.items.map((c) => items.find((x) => x.code === c)!) });
  }

  // the windows and their applicants
  const streetOffice = (code: string) =>
    units.find((u) => u.kind === 'street_office' && u.jurisdiction_code === code)!;
  const community = units.find((u) => u.kind === 'community' && u.jurisdiction_code === DEMO_COMMUNITY)!;
  const gov = units.find((u) => u.kind === 'government')!;
  const windows = [
    { unit: streetOffice(DEMO_STREET), channel: 'street_centre' as const, street: DEMO_STREET, weight: 45 },
    { unit: community, channel: 'community' as const, street: DEMO_STREET, weight: 20 },
    { unit: streetOffice(DEMO_STREET), channel: 'online' as const, street: DEMO_STREET, weight: 8 },
    {
      unit: streetOffice(SECOND_STREET),
      channel: 'street_centre' as const,
      street: SECOND_STREET,
      weight: 15,
    },
    { unit: gov, channel: 'hotline' as const, street: DEMO_STREET, weight: 12 },
  ];
  const people = new Map<string, { id: string; name_masked: string; id_enc: string | null }[]>();
  for (const s of [DEMO_STREET, SECOND_STREET]) {
    people.set(
      s,
      await db
        .selectFrom('person')
        .select(['id', 'name_masked', 'id_enc'])
        .where('street_code', '=', s)
        .orderBy('id')
        .limit(200)
        .execute(),
    );
  }
  const users = await db.selectFrom('app_user').select(['id', 'username']).execute();
  const userOf = (name: string) => users.find((u) => u.username === name)?.id ?? null;
  const receivers = new Map<string, string | null>([
    [streetOffice(DEMO_STREET).id, userOf('street_handler')],
    [community.id, userOf('community_lead')],
    [streetOffice(SECOND_STREET).id, userOf('street_lead2')],
    [gov.id, userOf('operator')],
  ]);

  const cal = new WorkingCalendar();
  const rng = rngFor('demo-services');
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rng() * xs.length)]!;
  const pickWindow = () => {
    let r = rng() * 100;
    for (const w of windows) if ((r -= w.weight) < 0) return w;
    return windows[0]!;
  };
  const codes = new Set<string>();
  for (let back = 28; back >= 0; back--) {
    const dayStart = new Date(now.getTime() - back * DAY);
    if (!cal.isWorkday(shanghaiDayOf(dayStart))) continue;
    const n = randomInt(rng, 1, back < 3 ? 2 : 3);
    for (let k = 0; k < n; k++) {
      const day = shanghaiDayOf(dayStart);
      const receivedAt = new Date(
        `${day}T${String(randomInt(rng, 9, 15)).padStart(2, '0')}:${String(randomInt(rng, 0, 59)).padStart(2, '0')}:00+08:00`,
      );
      if (receivedAt.getTime() > now.getTime()) continue;
      const w = pickWindow();
      const person = pick(people.get(w.street) ?? []);
      if (!person) continue;
      const bundle = rng() < 0.12 ? pick(bundles) : null;
      const its = bundle ? bundle.items : [pick(items)];
      const materials = bundleMaterials(its.map((i) => ({ code: i.code, guide: i.guide })));
      const promisable = materials.filter((m) => m.required && !m.key);
      const promised = promisable.length > 0 && rng() < 0.2 ? pick(promisable) : null;
      const plan = planStages(
        its.map((i) => ({ code: i.id, departments: i.deps })),
        receivedAt,
        cal,
      );
      // how far the departments got: most decide within their time, some are late, recent ones still open
      const stages = plan.stages.map((s) => {
        const age = (now.getTime() - s.startAt.getTime()) / (s.dueAt.getTime() - s.startAt.getTime());
        const late = rng() < 0.18;
        const decidedAt = new Date(
          s.startAt.getTime() +
            (s.dueAt.getTime() - s.startAt.getTime()) * (late ? 1.05 + rng() * 0.6 : 0.2 + rng() * 0.75),
        );
        // a few stall past their limit (the supervision list's red lights)
        const stalled = rng() < 0.12;
        const decided = !stalled && decidedAt.getTime() < now.getTime() && (age > 1 || rng() < 0.7);
        const status: StageStatus = decided
          ? rng() < 0.06
            ? 'rejected'
            : 'approved'
          : age > 0.3
            ? 'accepted'
            : 'pending';
        return { ...s, status, decidedAt: decided ? decidedAt : null };
      });
      const merged = mergeOutcome(stages.map((s) => ({ status: s.status, unitId: s.unitId })));
      const mergedAt = merged ? new Date(Math.max(...stages.map((s) => s.decidedAt!.getTime()))) : null;
      const obligationDue = promised ? promiseDue(receivedAt, 5, cal) : null;
      const fulfilledAt =
        promised && obligationDue && rng() < 0.7
          ? new Date(
              Math.min(
                now.getTime(),
                receivedAt.getTime() + (obligationDue.getTime() - receivedAt.getTime()) * (0.3 + rng() * 0.6),
              ),
            )
          : null;
      const owed = promised !== null && fulfilledAt === null;
      const handedOutAt =
        mergedAt &&
        (merged!.outcome === 'rejected' || !owed) &&
        mergedAt.getTime() + DAY < now.getTime() &&
        rng() < 0.85
          ? new Date(mergedAt.getTime() + DAY * (1 + rng() * 2))
          : null;
      const accepted = applicationAfter('received', promised ? 'accept_tolerant' : 'accept')!;
      let status = applicationAfter(accepted, 'start')!;
      if (merged) status = applicationAfter(status, 'merge')!;
      if (handedOutAt && handedOutAt.getTime() < now.getTime())
        status = applicationAfter(status, 'hand_out')!;
      let code = trackingCode(day, (m) => Math.floor(rng() * m));
      while (codes.has(code)) code = trackingCode(day, (m) => Math.floor(rng() * m));
      codes.add(code);
      const record = materials.map((m) => ({
        ...m,
        state:
          promised?.code === m.code
            ? fulfilledAt
              ? 'verified'
              : 'promised'
            : m.required
              ? 'verified'
              : 'absent',
        uploadId: null,
      }));
      const { id } = await db
        .insertInto('service_application')
        .values({
          tracking_code: code,
          bundle_id: bundle?.id ?? null,
          title: bundle ? bundle.name : its[0]!.name,
          applicant_person_id: person.id,
          applicant_name_masked: person.name_masked,
          applicant_id_masked: maskIdNumber(person.id_enc ? pii.decrypt(person.id_enc) : null),
          channel: w.channel,
          window_unit_id: w.unit.id,
          window_path: w.unit.jurisdiction_path,
          received_by: receivers.get(w.unit.id) ?? null,
          status,
          tolerant: promised !== null,
          materials: JSON.stringify(record),
          received_at: receivedAt,
          due_at: plan.dueAt,
          merged_at: mergedAt,
          outcome: merged?.outcome ?? null,
          handed_out_at: status === 'handed_out' ? handedOutAt : null,
          demo: true,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      const district_code = districtOf(w.unit.jurisdiction_path);
      await db
        .insertInto('service_application_item')
        .values(its.map((i) => ({ application_id: id, district_code, item_id: i.id })))
        .execute();
      const rows = await db
        .insertInto('service_stage')
        .values(
          stages.map((s) => ({
            application_id: id,
            district_code,
            item_id: s.itemCode,
            unit_id: s.unitId,
            days: s.days,
            status: s.status,
            start_at: s.startAt,
            due_at: s.dueAt,
            decided_at: s.decidedAt,
            note: s.status === 'rejected' ? '经核查不符合申请条件（演示）' : null,
            // the past is history: overdue open stages of the demo were told already
            overdue_notified_at: s.decidedAt === null && s.dueAt.getTime() < now.getTime() ? s.dueAt : null,
          })),
        )
        .returning(['id', 'unit_id', 'status', 'decided_at', 'start_at'])
        .execute();
      if (promised)
        await db
          .insertInto('service_obligation')
          .values({
            application_id: id,
            district_code,
            material_code: promised.code,
            material_name: promised.name,
            due_at: obligationDue!,
            fulfilled_at: fulfilledAt,
          })
          .execute();
      const events = [
        {
          kind: 'received',
          unit_id: w.unit.id,
          at: receivedAt,
          stage_id: null as string | null,
          note: null as string | null,
        },
        { kind: accepted, unit_id: w.unit.id, at: receivedAt, stage_id: null, note: null },
        ...rows.map((r) => ({
          kind: 'stage_started',
          unit_id: r.unit_id,
          at: receivedAt,
          stage_id: r.id,
          note: null,
        })),
        ...rows
          .filter((r) => r.status !== 'pending')
          .map((r) => ({
            kind: 'stage_accept',
            unit_id: r.unit_id,
            at: new Date(r.start_at.getTime() + 3600_000),
            stage_id: r.id,
            note: null,
          })),
        ...rows
          .filter((r) => r.decided_at)
          .map((r) => ({
            kind: r.status === 'rejected' ? 'stage_reject' : 'stage_approve',
            unit_id: r.unit_id,
            at: r.decided_at!,
            stage_id: r.id,
            note: null,
          })),
        ...(fulfilledAt
          ? [
              {
                kind: 'obligation_fulfilled',
                unit_id: w.unit.id,
                at: fulfilledAt,
                stage_id: null,
                note: promised!.code,
              },
            ]
          : []),
        ...(mergedAt
          ? [{ kind: 'merged', unit_id: null, at: mergedAt, stage_id: null, note: merged!.outcome }]
          : []),
        ...(status === 'handed_out'
          ? [{ kind: 'handed_out', unit_id: w.unit.id, at: handedOutAt!, stage_id: null, note: null }]
          : []),
      ];
      await db
        .insertInto('service_event')
        .values(events.map((e) => ({ application_id: id, district_code, user_id: null, ...e })))
        .execute();
    }
  }
}

function demoUnitName(key: string): string {
  return DISTRICT_UNIT_NAMES[key] ?? key;
}
