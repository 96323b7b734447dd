import { scoreReply, DEFAULT_REPLY_MIN_SCORE } from '@onegrid/domain';
import crypto from 'node:crypto';
import type { Db } from '../db/database.ts';
import { ingestItems } from '../modules/opinion/opinion.service.ts';
import { DEMO_COMMUNITY, DEMO_STREET, SECOND_STREET } from './users.ts';

const HOUR = 3_600_000;

/**
 * Issue 12 demo: the scores of the lead units' replies in the demo history (they predate the gate: a flagged one is
 * stored as approved, so no demo resident loses a reply they could read), and a few public posts (舆情) about the
 * demo streets, two of which raise alerts — one answered, one open, one overdue.
 */
export async function loadDemoRepliesAndOpinion(db: Db, now = new Date()): Promise<void> {
  const rows = await db
    .selectFrom('assignment as a')
    .innerJoin('case as c', 'c.id', 'a.case_id')
    .select([
      'a.id',
      'a.case_id',
      'a.unit_id',
      'a.result',
      'a.reported_at',
      'a.resolve_due_at',
      'c.title',
      'c.description',
      'c.created_at',
      'c.region_path',
    ])
    .where('a.role', '=', 'lead')
    .where('a.result', 'is not', null)
    .where('a.reported_at', 'is not', null)
    .orderBy('a.reported_at', 'desc')
    .limit(2000)
    .execute();
  const values = rows.map((r) => {
    const s = scoreReply(
      {
        request: `${r.title ?? ''} ${r.description}`,
        reply: r.result!,
        createdAt: r.created_at,
        repliedAt: r.reported_at!,
        dueAt: r.resolve_due_at,
      },
      DEFAULT_REPLY_MIN_SCORE,
    );
    return {
      case_id: r.case_id,
      assignment_id: r.id,
      reply_hash: crypto.createHash('sha256').update(r.result!, 'utf8').digest('hex'),
      unit_id: r.unit_id,
      region_path: r.region_path,
      total: s.total,
      parts: JSON.stringify(s.parts),
      flags: JSON.stringify(s.flags),
      min_score: DEFAULT_REPLY_MIN_SCORE,
      status: s.flagged ? ('approved' as const) : ('passed' as const),
      scored_at: r.reported_at!,
      reviewed_at: s.flagged ? r.reported_at! : null,
    };
  });
  for (let i = 0; i < values.length; i += 500)
    await db
      .insertInto('reply_score')
      .values(values.slice(i, i + 500))
      .execute();

  const names = new Map(
    (
      await db
        .selectFrom('region')
        .select(['code', 'name'])
        .where('code', 'in', [DEMO_STREET, SECOND_STREET, DEMO_COMMUNITY])
        .execute()
    ).map((r) => [r.code, r.name]),
  );
  const street = names.get(DEMO_STREET) ?? '';
  const second = names.get(SECOND_STREET) ?? '';
  const community = names.get(DEMO_COMMUNITY) ?? '';
  const at = (hoursAgo: number) => new Date(now.getTime() - hoursAgo * HOUR).toISOString();
  const out = await ingestItems({ db }, { system: true }, [
    {
      source: '微博',
      ref: 'demo-wb-1',
      url: 'https://weibo.example/demo/1',
      title: `${community}小区门口垃圾成山没人管`,
      text: '连续一周没人清运，恶臭扰民，孩子上学都要捂着鼻子走，投诉多次没人管。',
      publishedAt: at(6),
      sentiment: 'negative',
      reposts: 420,
      comments: 180,
      likes: 260,
    },
    {
      source: '抖音',
      ref: 'demo-dy-1',
      url: 'https://douyin.example/demo/1',
      title: `${second}夜间施工噪音扰民`,
      text: '凌晨两点还在施工，打了电话也没人管。',
      publishedAt: at(60),
      reposts: 35,
      comments: 40,
      likes: 30,
    },
    {
      source: '本地论坛',
      ref: 'demo-bbs-1',
      title: `${street}积水路段已修好`,
      text: '上周反映的积水问题，街道很快就处理了，点赞！',
      publishedAt: at(30),
      sentiment: 'positive',
      reposts: 2,
      comments: 5,
      likes: 40,
    },
    {
      source: '微信公众号',
      ref: 'demo-wx-1',
      url: 'https://mp.example/demo/1',
      title: `${street}老旧小区加装电梯进展`,
      text: '记者走访了几个小区，居民关心加装电梯的进度与费用分摊。',
      publishedAt: at(20),
      sentiment: 'neutral',
      reposts: 12,
      comments: 8,
      likes: 20,
    },
    {
      source: '微博',
      ref: 'demo-wb-2',
      title: `${street}菜市场周边占道经营`,
      text: '早高峰占道经营，路口拥堵，存在安全隐患。',
      publishedAt: at(50),
      sentiment: 'negative',
      reposts: 30,
      comments: 20,
      likes: 15,
    },
  ]);
  // the street answered the bazaar post in time
  const answered = out.items[4]?.alertId;
  if (answered)
    await db
      .updateTable('opinion_alert')
      .set({
        responded_at: new Date(now.getTime() - 10 * HOUR),
        response: '街道已联合城管开展整治，发布情况通报。',
      })
      .where('id', '=', answered)
      .execute();
}
