// Hot-issue clustering at scale (issue 12). Run from the repo root:
//   npm run bench:hotspots [-- --cases 100000]
// Clusters --cases generated cases of one month in the demo district (problems recurring at its communities,
// worded differently by different callers, among one-off cases) plus the 4,326 real messages of
// ../shared/data/civic-messages/messages_with_votes.csv (their own dates and votes; category group from the
// keyword classifier), with the domain's clusterCases exactly as the hotspots job runs it. Prints the ten hottest
// clusters on the real messages (heat at the newest message) for reading; the last line is one JSON object.
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import Papa from 'papaparse';
import {
  buildGazetteer,
  clusterCases,
  hotClusters,
  placeOf,
  type ClusterCase,
  type GazetteerEntry,
} from '../packages/domain/src/index.ts';
import { buildDemoData } from '../apps/server/src/demo/demo-data.ts';
import { createClassifier } from '../apps/server/src/modules/classify/classifier.ts';

const { values } = parseArgs({ options: { cases: { type: 'string', default: '100000' } } });
const N = Number(values.cases);
// ../shared next to the repository (or next to the worktrees' folder)
const VOTES =
  ['..', '../..']
    .map((up) =>
      path.resolve(import.meta.dirname, '..', up, 'shared/data/civic-messages/messages_with_votes.csv'),
    )
    .find((p) => fs.existsSync(p)) ?? '';

// A small deterministic generator (mulberry32).
let seed = 12;
function rnd(): number {
  seed |= 0;
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;

const PROBLEMS: { group: string; say: string[] }[] = [
  { group: '市容环境', say: ['垃圾堆放多日无人清运', '垃圾桶满了没人清理', '生活垃圾乱堆发臭'] },
  { group: '街面秩序', say: ['占道经营摆摊堵路', '商贩占用人行道摆摊', '夜市摊贩占道噪音大'] },
  { group: '供水排水', say: ['小区停水没有通知', '自来水发黄有异味', '下水道堵塞污水外溢'] },
  { group: '供暖', say: ['暖气不热室温太低', '供暖温度不达标家里冷', '暖气片冰凉没有供暖'] },
  { group: '生态环境', say: ['饭店油烟扰民', '夜间施工噪音扰民', '工厂排放刺鼻气味'] },
  { group: '物业管理', say: ['物业不作为电梯坏了没人修', '电梯故障多次困人', '物业乱收停车费'] },
  { group: '道路设施', say: ['路灯不亮晚上很黑', '路面坑洼积水难行', '井盖缺失很危险'] },
  { group: '交通运输', say: ['公交车站点取消出行不便', '路口红绿灯时间太短', '乱停车堵塞消防通道'] },
  { group: '劳动和社会保障', say: ['公司拖欠工资不发', '社保断缴无法补缴', '外卖骑手工伤没人管'] },
  { group: '教育', say: ['学校周边交通拥堵学生不安全', '幼儿园收费不合理', '学生放学无人看护'] },
];
const FILLER = [
  '请尽快处理',
  '已经好几天了',
  '希望有关部门管一管',
  '居民意见很大',
  '麻烦尽快解决',
  '多次反映无果',
];

function generate(n: number, monthStart: number): ClusterCase[] {
  const demo = buildDemoData();
  const communities = demo.regions.filter((r) => r.level === 'community').map((r) => r.name);
  const out: ClusterCase[] = [];
  // recurring problems: 60 % of the cases belong to issues reported 2–40 times by different callers
  while (out.length < n * 0.6) {
    const p = pick(PROBLEMS);
    const place = pick(communities);
    const start = monthStart + rnd() * 25 * 86_400_000;
    const reports = 2 + Math.floor(rnd() * 39);
    for (let k = 0; k < reports && out.length < n * 0.6; k++) {
      const title = `${place}${pick(p.say)}`;
      out.push({
        id: `g${out.length}`,
        group: p.group,
        place: null,
        title,
        body: `${title}，${pick(FILLER)}。${pick(FILLER)}。`,
        at: start + rnd() * 5 * 86_400_000,
        reporter: `r${Math.floor(rnd() * 60_000)}`,
        likes: 0,
        dislikes: 0,
      });
    }
  }
  // one-off cases anywhere in the month
  const groups = demo.categories.filter((c) => !c.parentCode).map((c) => c.nameZh);
  while (out.length < n) {
    const place = pick(communities);
    const title = `${place}${pick(pick(PROBLEMS).say)}`;
    out.push({
      id: `g${out.length}`,
      group: pick(groups),
      place: null,
      title,
      body: `${pick(FILLER)}，${title}`,
      at: monthStart + rnd() * 30 * 86_400_000,
      reporter: `r${Math.floor(rnd() * 60_000)}`,
      likes: 0,
      dislikes: 0,
    });
  }
  const entries: GazetteerEntry[] = communities.map((name) => ({ name, kind: 'community' }));
  const gz = buildGazetteer(entries);
  for (const c of out) c.place = placeOf(c.title, c.body, gz);
  return out;
}

interface VoteRow {
  留言编号: string;
  留言用户: string;
  留言主题: string;
  留言时间: string;
  留言详情: string;
  反对数: string;
  点赞数: string;
}

function realMessages(): ClusterCase[] {
  const rows = Papa.parse<VoteRow>(fs.readFileSync(VOTES, 'utf8'), {
    header: true,
    skipEmptyLines: true,
  }).data;
  const demo = buildDemoData();
  const cats = demo.categories.map((c) => ({ ...c, active: true }));
  const byCode = new Map(cats.map((c) => [c.code, c]));
  const clf = createClassifier(cats);
  return rows.map((r) => {
    const title = r.留言主题.trim();
    const body = (r.留言详情 ?? '').trim();
    const top = clf.classify(`${title}。${body}`, 1)[0];
    const leaf = top ? byCode.get(top.code) : undefined;
    const group = leaf ? (byCode.get(leaf.parentCode ?? '')?.nameZh ?? leaf.nameZh) : '其他';
    return {
      id: `m${r.留言编号}`,
      group,
      place: placeOf(title, body, null),
      title,
      body,
      at: Date.parse(`${r.留言时间.trim().replace(' ', 'T')}+08:00`),
      reporter: r.留言用户 || null,
      likes: Number(r.点赞数) || 0,
      dislikes: Number(r.反对数) || 0,
    };
  });
}

const monthStart = Date.parse('2026-11-01T00:00:00+08:00');
const t0 = performance.now();
const generated = generate(N, monthStart);
const real = VOTES ? realMessages() : [];
const prepS = (performance.now() - t0) / 1000;

const t1 = performance.now();
const clustersGen = clusterCases(generated, { now: monthStart + 30 * 86_400_000 });
const clusterGenS = (performance.now() - t1) / 1000;
const t2 = performance.now();
const clustersReal = clusterCases(real);
const clusterRealS = (performance.now() - t2) / 1000;

const day = (ms: number) => new Date(ms + 8 * 3_600_000).toISOString().slice(0, 10);
console.log(
  `generated: ${generated.length} cases → ${clustersGen.length} clusters, ` +
    `${hotClusters(clustersGen).length} hot (U ≥ 3), ${clusterGenS.toFixed(2)} s`,
);
console.log(
  `real messages: ${real.length} → ${clustersReal.length} clusters, ` +
    `${hotClusters(clustersReal).length} hot, ${clusterRealS.toFixed(2)} s`,
);
// The real messages span 2017–2020: heat at the newest message favours the last month, so the reading list is
// the ten hottest clusters each at its own last case (the heat the cluster had when it was current).
const reading = clustersReal
  .filter((c) => c.hot)
  .map((c) => ({
    ...c,
    heatThen: c.reporters * (1 + 0.1 * Math.log2(1 + Math.max(0, c.likes - c.dislikes))),
  }))
  .sort((a, b) => b.heatThen - a.heatThen)
  .slice(0, 10);
console.log('\nTop ten clusters on the real messages (heat at their last message):');
reading.forEach((c, i) => {
  console.log(
    `${String(i + 1).padStart(2)}. H=${c.heatThen.toFixed(1)} U=${c.reporters} n=${c.caseIds.length} ` +
      `likes=${c.likes} dislikes=${c.dislikes} ${day(c.first)}…${day(c.last)} [${c.group}] ` +
      `${c.place?.label ?? '-'} — ${c.description}`,
  );
});
console.log(
  JSON.stringify({
    bench: 'hotspots',
    cases: generated.length + real.length,
    clusters: clustersGen.length + clustersReal.length,
    hot: hotClusters(clustersGen).length + hotClusters(clustersReal).length,
    cluster_s: Math.round((clusterGenS + clusterRealS) * 100) / 100,
    generated_s: Math.round(clusterGenS * 100) / 100,
    real_s: Math.round(clusterRealS * 100) / 100,
    prepare_s: Math.round(prepS * 100) / 100,
  }),
);
