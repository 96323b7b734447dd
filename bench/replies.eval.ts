// Reply quality on the 2,816 real replies (Teddy Cup 2020 C, 附件4 = messages_with_replies.csv, MIT): every reply
// scored by the same pure rule the server runs when a unit reports (packages/domain/src/replyquality), with an IDF
// learned from the messages and replies themselves. Prints the score distribution, each part's mean and how often
// each reason fires, and the twenty lowest and twenty highest replies (trimmed). There is no deadline in the data,
// so timeliness counts days from message to reply. The last line is one JSON object.
// Run from the repo root:
//   npm run eval:replies [-- --file /path/to/messages_with_replies.csv] [-- --width 80]
import fs from 'node:fs';
import { parseArgs } from 'node:util';
import Papa from 'papaparse';
import {
  learnIdf,
  REPLY_PARTS,
  scoreReply,
  DEFAULT_REPLY_MIN_SCORE,
  type ReplyScore,
} from '../packages/domain/src/index.ts';

const { values } = parseArgs({
  options: {
    file: { type: 'string', default: '/work/shared/data/civic-messages/messages_with_replies.csv' },
    width: { type: 'string', default: '70' },
  },
});
const width = Number(values.width);

const parsed = Papa.parse<Record<string, string>>(
  fs.readFileSync(values.file, 'utf8').replace(/^\uFEFF/, ''),
  {
    header: true,
    skipEmptyLines: true,
  },
);
const rows = parsed.data.filter((r) => r['答复意见']?.trim());
// The source's timestamps are local (Asia/Shanghai); both sides the same zone, so plain parsing keeps differences.
const at = (s: string) => new Date(s.trim().replace(/\//g, '-').replace(' ', 'T'));
const idf = learnIdf(rows.flatMap((r) => [`${r['留言主题']} ${r['留言详情']}`, r['答复意见']!]));

type Scored = { id: string; title: string; reply: string; s: ReplyScore };
const scored: Scored[] = rows.map((r) => ({
  id: r['留言编号']!,
  title: r['留言主题']!.trim(),
  reply: r['答复意见']!.trim().replace(/\s+/g, ' '),
  s: scoreReply(
    {
      request: `${r['留言主题']} ${r['留言详情']}`,
      reply: r['答复意见']!,
      createdAt: at(r['留言时间']!),
      repliedAt: at(r['答复时间']!),
      dueAt: null,
      idf,
    },
    DEFAULT_REPLY_MIN_SCORE,
  ),
}));
scored.sort((a, b) => a.s.total - b.s.total || a.id.localeCompare(b.id));

const n = scored.length;
const totals = scored.map((x) => x.s.total);
const pct = (p: number) => totals[Math.min(n - 1, Math.floor((p / 100) * n))]!;
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / (xs.length || 1);
const r1 = (x: number) => Math.round(x * 10) / 10;

console.log(`# Reply quality on ${n} real replies (bar ${DEFAULT_REPLY_MIN_SCORE})\n`);
console.log('## Distribution of the total (0–100)\n');
const bins = Array.from({ length: 10 }, (_, i) => i * 10);
for (const b of bins) {
  const c = totals.filter((t) => (b === 90 ? t >= 90 : t >= b && t < b + 10)).length;
  console.log(
    `${String(b).padStart(2)}–${b === 90 ? '100' : String(b + 9).padStart(2)} ${String(c).padStart(5)} ${'█'.repeat(Math.round((c / n) * 100))}`,
  );
}
const flagged = scored.filter((x) => x.s.flagged).length;
console.log(
  `\nmean ${r1(mean(totals))}, p10 ${pct(10)}, p25 ${pct(25)}, median ${pct(50)}, p75 ${pct(75)}, p90 ${pct(90)}; ` +
    `held back ${flagged} (${r1((flagged / n) * 100)} %)\n`,
);
console.log('## Parts: mean of max, and how often each reason fires\n');
const partMeans: Record<string, number> = {};
for (const p of REPLY_PARTS) {
  partMeans[p] = r1(mean(scored.map((x) => x.s.parts[p].score)));
  console.log(`${p.padEnd(17)} ${String(partMeans[p]).padStart(5)} / ${scored[0]!.s.parts[p].max}`);
}
const reasons = new Map<string, number>();
for (const x of scored)
  for (const p of REPLY_PARTS)
    for (const r of x.s.parts[p].reasons) reasons.set(r.key, (reasons.get(r.key) ?? 0) + 1);
console.log('');
for (const [k, c] of [...reasons].sort((a, b) => b[1] - a[1]))
  console.log(`${k.padEnd(26)} ${String(c).padStart(5)} (${r1((c / n) * 100)} %)`);

const line = (x: Scored) => {
  const p = x.s.parts;
  const parts = REPLY_PARTS.map((k) => r1(p[k].score)).join('/');
  const why = REPLY_PARTS.flatMap((k) => p[k].reasons.map((r) => r.key.replace(/^rq_/, ''))).join(',');
  return `- ${String(x.s.total).padStart(3)} [${parts}] #${x.id} 「${x.title.slice(0, 24)}」 → ${x.reply.slice(0, width)}${x.reply.length > width ? '…' : ''}${why ? `  (${why})` : ''}`;
};
console.log('\n## The twenty lowest (total [relevance/completeness/interpretability/timeliness/attitude])\n');
for (const x of scored.slice(0, 20)) console.log(line(x));
console.log('\n## The twenty highest\n');
for (const x of scored.slice(-20).reverse()) console.log(line(x));
console.log(
  '\n' +
    JSON.stringify({
      replies: n,
      mean: r1(mean(totals)),
      median: pct(50),
      p10: pct(10),
      p90: pct(90),
      heldBack: flagged,
      parts: partMeans,
    }),
);
