import { describe, expect, it } from 'vitest';
import { learnIdf } from '../text/similarity.ts';
import { dismissivePhrases, replyQualitySettingsOf, scoreReply, type ReplyInput } from './index.ts';

const request = '幸福小区3号楼楼道里堆满了杂物和垃圾，已经一个多月没人清理，存在消防隐患，请尽快处理。';
const good =
  '您好！您反映的幸福小区3号楼楼道堆放杂物和垃圾的问题已收悉。经街道城管科与物业现场核实，楼道杂物已于12月3日全部清理完毕，' +
  '并依据《消防法》第二十八条督促物业每周巡查。如仍有问题，请致电街道城管科 010-12345678。感谢您的支持！';
const base: ReplyInput = {
  request,
  reply: good,
  createdAt: new Date('2026-12-01T00:00:00Z'),
  repliedAt: new Date('2026-12-03T00:00:00Z'),
  dueAt: new Date('2026-12-05T00:00:00Z'),
};

describe('reply scoring', () => {
  it('a complete, relevant, timely and courteous reply that cites its rule scores high and is not held back', () => {
    const s = scoreReply(base);
    expect(s.parts.completeness.score).toBe(25);
    expect(s.parts.interpretability.score).toBe(15);
    expect(s.parts.timeliness.score).toBe(15);
    expect(s.parts.attitude.score).toBe(20);
    expect(s.parts.relevance.score).toBeGreaterThan(10);
    expect(s.total).toBeGreaterThanOrEqual(80);
    expect(s.flagged).toBe(false);
    expect(s.flags).toEqual([]);
  });

  it('a dismissive reply scores low and is held back, naming the phrase', () => {
    const s = scoreReply({ ...base, reply: '你们这是没事找事，瞎投诉，楼道的事自己想办法。' });
    expect(s.parts.attitude.score).toBe(0);
    expect(s.parts.attitude.reasons).toEqual([
      { key: 'rq_dismissive', params: { phrases: '没事找事、瞎投诉、自己想办法' } },
    ]);
    expect(s.total).toBeLessThan(60);
    expect(s.flagged).toBe(true);
    expect(s.flags.map((f) => f.key)).toContain('rq_dismissive');
  });

  it('a dismissive phrase holds back even an otherwise high-scoring reply', () => {
    const s = scoreReply({ ...base, reply: `${good}请不要再投诉，也别无理取闹。` });
    expect(s.total).toBeGreaterThanOrEqual(60);
    expect(s.flagged).toBe(true);
    expect(s.flags).toEqual([{ key: 'rq_dismissive', params: { phrases: '无理取闹、不要再投诉' } }]);
  });

  it('relevance: an answer about something else is very low and flagged; the same words score full', () => {
    const offReply =
      '您好，关于公积金提取的问题，经核实已于12月3日办理完毕，详询 010-12345678，根据《住房公积金管理条例》办理。';
    // Common words (您好, 问题, 已) weigh little once an IDF is learned from other messages and replies.
    const idf = learnIdf([
      request,
      good,
      offReply,
      '您好，您反映的路灯问题已收悉，已于12月2日修复。',
      '您好，您反映的噪音问题已处理，请致电咨询。',
      '您好，关于停车收费的问题，经核实已答复。',
    ]);
    const off = scoreReply({ ...base, reply: offReply, idf });
    expect(off.parts.relevance.reasons[0]?.key).toBe('rq_relevance_very_low');
    expect(off.parts.relevance.score).toBe(0);
    expect(off.flagged).toBe(true);
    expect(off.flags.map((f) => f.key)).toContain('rq_relevance_very_low');
    const same = scoreReply({ ...base, reply: request });
    expect(same.parts.relevance.score).toBe(25);
  });

  it('completeness: each missing element is named — acknowledgement, what was done, when, whom to contact', () => {
    const s = scoreReply({
      ...base,
      reply: '您反映的楼道里的杂物和垃圾问题，我们知道了，会关注的，楼道消防隐患需要重视起来。',
    });
    expect(s.parts.completeness.reasons.map((r) => r.key)).toEqual([
      'rq_no_action',
      'rq_no_time',
      'rq_no_contact',
    ]);
    expect(s.parts.completeness.score).toBe(5);
    const short = scoreReply({ ...base, reply: '已处理。' });
    expect(short.parts.completeness.reasons.map((r) => r.key)).toContain('rq_too_short');
    expect(short.parts.completeness.score).toBeLessThanOrEqual(3);
  });

  it('interpretability: a refusal without a cited rule earns nothing; citing 《…》 or 根据 earns full', () => {
    const refuse = scoreReply({ ...base, reply: '您好，您反映的楼道杂物问题不属于我单位职责，无法处理。' });
    expect(refuse.parts.interpretability).toEqual({
      score: 0,
      max: 15,
      reasons: [{ key: 'rq_refusal_without_basis' }],
    });
    const cited = scoreReply({
      ...base,
      reply: '您好，根据《物业管理条例》，楼道杂物清理不属于我单位职责，无法处理。',
    });
    expect(cited.parts.interpretability.score).toBe(15);
    const plain = scoreReply({ ...base, reply: '您好，楼道杂物已清理。' });
    expect(plain.parts.interpretability).toEqual({ score: 8, max: 15, reasons: [{ key: 'rq_no_basis' }] });
  });

  it('timeliness: on time against the deadline is full, then 10 within a day late, 5 within three, 0 after', () => {
    const due = base.dueAt!;
    const at = (ms: number) =>
      scoreReply({ ...base, repliedAt: new Date(due.getTime() + ms) }).parts.timeliness;
    expect(at(0).score).toBe(15);
    expect(at(1).score).toBe(10);
    expect(at(1).reasons).toEqual([{ key: 'rq_late', params: { hours: 1 } }]);
    expect(at(86_400_000 + 1).score).toBe(5);
    expect(at(3 * 86_400_000 + 1).score).toBe(0);
  });

  it('timeliness without a deadline counts days since intake', () => {
    const days = (d: number) =>
      scoreReply({ ...base, dueAt: null, repliedAt: new Date(base.createdAt.getTime() + d * 86_400_000) })
        .parts.timeliness.score;
    expect([days(2), days(5), days(10), days(20), days(60), days(120)]).toEqual([15, 12, 9, 6, 3, 0]);
  });

  it('attitude: a reply with no courteous word loses five points', () => {
    const s = scoreReply({ ...base, reply: '楼道杂物已于12月3日清理完毕。' });
    expect(s.parts.attitude).toEqual({ score: 15, max: 20, reasons: [{ key: 'rq_no_courtesy' }] });
  });

  it('below the bar the flags carry the total, the bar and every shortfall', () => {
    const s = scoreReply({ ...base, reply: '已处理。' }, 60);
    expect(s.flags[0]).toEqual({ key: 'rq_below_bar', params: { total: s.total, min: 60 } });
    expect(s.flags.map((f) => f.key)).toEqual(expect.arrayContaining(['rq_too_short', 'rq_no_contact']));
    expect(scoreReply({ ...base, reply: '已处理。' }, 0).flags.map((f) => f.key)).not.toContain(
      'rq_below_bar',
    );
  });

  it('dismissivePhrases ignores spaces; settings fall back to defaults when invalid', () => {
    expect(dismissivePhrases('没事 找事')).toEqual(['没事找事']);
    expect(replyQualitySettingsOf(75, 'return')).toEqual({ minScore: 75, onLow: 'return' });
    expect(replyQualitySettingsOf(150, 'drop')).toEqual({ minScore: 60, onLow: 'review' });
  });
});
