import { districtOf, certificateCode, hoursByPeriod, serviceMinutes } from '@onegrid/domain';
import { sql } from 'kysely';
import type { Db } from '../db/database.ts';
import { rngFor } from './random.ts';
import { DEMO_COMMUNITY } from './users.ts';

/**
 * 志愿服务 demo (issue 13): 金谷东园社区志愿服务队 (the demo's social organisation) keeps eight volunteers of the
 * community (adults of the base data), six past activities with attendance and hours, one open for sign-up, training,
 * an award, and a certificate. Written for the demo. Runs once, when the organisation keeps no volunteer yet.
 */
const SKILLS = [
  ['助老', '陪伴'],
  ['急救'],
  ['环境整治'],
  ['文艺'],
  ['法律咨询'],
  ['助老'],
  ['心理疏导'],
  ['摄影'],
];
const PAST = [
  { title: '重阳节养老驿站探访', place: '金谷东园社区养老驿站', daysAgo: 60, hours: 3 },
  { title: '垃圾分类桶前值守', place: '金谷东园小区3号分类站', daysAgo: 45, hours: 2 },
  { title: '社区环境清洁日', place: '金谷东园社区广场', daysAgo: 30, hours: 3 },
  { title: '反诈宣传进楼门', place: '金谷东园社区各楼门', daysAgo: 21, hours: 2 },
  { title: '独居老人冬季安全检查', place: '金谷东园社区', daysAgo: 14, hours: 4 },
  { title: '周末社区图书角整理', place: '金谷东园社区党群服务中心', daysAgo: 7, hours: 2 },
];
const H = 3_600_000;
const DAY = 24 * H;

export async function loadDemoVolunteers(db: Db): Promise<{ volunteers: number }> {
  const org = await db
    .selectFrom('unit')
    .select(['id', 'jurisdiction_path'])
    .where('kind', '=', 'social_org')
    .where('jurisdiction_code', '=', DEMO_COMMUNITY)
    .executeTakeFirst();
  const staff = await db
    .selectFrom('app_user')
    .select('id')
    .where('username', '=', 'social_org')
    .executeTakeFirst();
  if (!org || !staff) return { volunteers: 0 };
  const kept = await db
    .selectFrom('volunteer')
    .select('id')
    .where('keeper_unit_id', '=', org.id)
    .executeTakeFirst();
  if (kept) return { volunteers: 0 };
  const people = await db
    .selectFrom('person')
    .select(['id', 'name_masked'])
    .where('community_code', '=', DEMO_COMMUNITY)
    .where('deceased', '=', false)
    .where(sql<boolean>`birth_date BETWEEN '1950-01-01' AND '2000-01-01'`)
    .orderBy('id')
    .limit(8)
    .execute();
  if (people.length === 0) return { volunteers: 0 };
  const rng = rngFor('demo:volunteers');
  const now = Date.now();
  return db.transaction().execute(async (tx) => {
    const volunteers = await tx
      .insertInto('volunteer')
      .values(
        people.map((p, i) => ({
          person_id: p.id,
          keeper_unit_id: org.id,
          region_path: org.jurisdiction_path,
          skills: SKILLS[i % SKILLS.length]!,
          registered_via: 'staff' as const,
          created_by: staff.id,
          created_at: new Date(now - 90 * DAY),
        })),
      )
      .returning(['id', 'person_id'])
      .execute();
    const service = new Map<string, { at: Date; minutes: number }[]>();
    for (const a of PAST) {
      const day = new Date(now - a.daysAgo * DAY);
      day.setUTCHours(1, 0, 0, 0); // 09:00 in Beijing
      const startsAt = day;
      const endsAt = new Date(day.getTime() + a.hours * H);
      const row = await tx
        .insertInto('volunteer_activity')
        .values({
          organiser_unit_id: org.id,
          region_path: org.jurisdiction_path,
          title: a.title,
          place: a.place,
          description: '',
          starts_at: startsAt,
          ends_at: endsAt,
          capacity: 10,
          signup_opens_at: new Date(startsAt.getTime() - 7 * DAY),
          signup_closes_at: new Date(startsAt.getTime() - 12 * H),
          created_by: staff.id,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      const who = volunteers.filter(() => rng() < 0.7);
      for (const v of who) {
        const checkedInAt = new Date(startsAt.getTime() + Math.floor(rng() * 20 - 10) * 60_000);
        const checkedOutAt = new Date(endsAt.getTime() + Math.floor(rng() * 20 - 15) * 60_000);
        const breakMinutes = a.hours >= 3 ? 15 : 0;
        const travelMinutes = 10 + Math.floor(rng() * 30);
        const minutes = serviceMinutes(
          { startsAt, endsAt },
          { checkedInAt, checkedOutAt, breakMinutes, travelMinutes },
        );
        await tx
          .insertInto('volunteer_signup')
          .values({
            activity_id: row.id,
            district_code: districtOf(org.jurisdiction_path),
            volunteer_id: v.id,
            channel: 'staff',
            signed_at: new Date(startsAt.getTime() - 3 * DAY),
            checked_in_at: checkedInAt,
            checked_out_at: checkedOutAt,
            break_minutes: breakMinutes,
            travel_minutes: travelMinutes,
            minutes,
            recorded_by: staff.id,
          })
          .execute();
        service.set(v.id, [...(service.get(v.id) ?? []), { at: startsAt, minutes }]);
      }
    }
    // one activity open for sign-up: Saturday-ish, three days ahead
    const next = new Date(now + 3 * DAY);
    next.setUTCHours(1, 0, 0, 0);
    await tx
      .insertInto('volunteer_activity')
      .values({
        organiser_unit_id: org.id,
        region_path: org.jurisdiction_path,
        title: '冬至包饺子·陪伴独居老人',
        description: '和社区独居老人一起包饺子、聊天，活动后送老人回家。',
        place: '金谷东园社区党群服务中心',
        starts_at: next,
        ends_at: new Date(next.getTime() + 3 * H),
        capacity: 12,
        signup_opens_at: new Date(now - DAY),
        signup_closes_at: new Date(next.getTime() - 12 * H),
        created_by: staff.id,
      })
      .execute();
    const first = volunteers[0]!;
    await tx
      .insertInto('volunteer_training')
      .values(
        volunteers.slice(0, 3).map((v) => ({
          volunteer_id: v.id,
          district_code: districtOf(org.jurisdiction_path),
          title: '应急救护培训（红十字救护员）',
          provider: '平谷区红十字会',
          hours: 8,
          held_on: new Date(now - 50 * DAY).toISOString().slice(0, 10),
          recorded_by: staff.id,
        })),
      )
      .execute();
    await tx
      .insertInto('volunteer_award')
      .values({
        volunteer_id: first.id,
        district_code: districtOf(org.jurisdiction_path),
        title: '滨河街道优秀志愿者',
        awarded_by: '滨河街道办事处',
        awarded_on: new Date(now - 10 * DAY).toISOString().slice(0, 10),
        recorded_by: staff.id,
      })
      .execute();
    const entries = service.get(first.id) ?? [];
    const year = new Date(now).getUTCFullYear();
    const range = { from: `${year - 1}-01-01`, to: new Date(now).toISOString().slice(0, 10) };
    const hours = hoursByPeriod(entries, range, 'month');
    if (hours.totalMinutes > 0)
      await tx
        .insertInto('volunteer_certificate')
        .values({
          code: certificateCode(Array.from({ length: 12 }, () => rng())),
          volunteer_id: first.id,
          district_code: districtOf(org.jurisdiction_path),
          keeper_unit_id: org.id,
          period_from: range.from,
          period_to: range.to,
          periods: JSON.stringify(hours.periods),
          total_minutes: hours.totalMinutes,
          name_masked: people.find((p) => p.id === first.person_id)!.name_masked,
          issued_by: staff.id,
          issued_at: new Date(now - 2 * DAY),
        })
        .execute();
    return { volunteers: volunteers.length };
  });
}
