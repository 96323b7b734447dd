import { describe, expect, it } from 'vitest';
import {
  alertClock,
  guessSentiment,
  opinionAlert,
  opinionHeat,
  opinionSettingsOf,
  regionOfText,
  DEFAULT_OPINION_SETTINGS as S,
} from './index.ts';

const published = new Date('2026-12-06T08:00:00Z');

describe('opinion rules', () => {
  it('heat weighs reposts 3, comments 2, likes 1', () => {
    expect(opinionHeat({ reposts: 10, comments: 5, likes: 7 })).toBe(47);
    expect(opinionHeat({ reposts: -1, comments: 0, likes: 0 })).toBe(0);
  });

  it('sentiment from the lexicon when the source gives none', () => {
    expect(guessSentiment('小区垃圾成山没人管，恶臭扰民，强烈投诉')).toBe('negative');
    expect(guessSentiment('给社区点赞，问题处理得很及时，感谢')).toBe('positive');
    expect(guessSentiment('今天社区举办了文艺演出')).toBe('neutral');
  });

  it('the region is the longest name in the text', () => {
    const regions = [
      { id: 's', name: '和平街道', path: 'd.s.' },
      { id: 'c', name: '和平里社区', path: 'd.s.c.' },
    ];
    expect(regionOfText('和平街道和平里社区门口污水横流', regions)?.id).toBe('c');
    expect(regionOfText('和平街道门口', regions)?.id).toBe('s');
    expect(regionOfText('别的区的事', regions)).toBeNull();
  });

  it('an alert needs negative, about the district and heat at the bar; major at the major bar gets 24 h, else 48 h', () => {
    const item = { sentiment: 'negative' as const, heat: 100, regionPath: 'd.s.', publishedAt: published };
    expect(opinionAlert(item, S)).toEqual({ level: 'general', dueAt: new Date('2026-12-08T08:00:00Z') });
    expect(opinionAlert({ ...item, heat: 1000 }, S)).toEqual({
      level: 'major',
      dueAt: new Date('2026-12-07T08:00:00Z'),
    });
    expect(opinionAlert({ ...item, heat: 99 }, S)).toBeNull();
    expect(opinionAlert({ ...item, sentiment: 'neutral' }, S)).toBeNull();
    expect(opinionAlert({ ...item, regionPath: null }, S)).toBeNull();
  });

  it('the clock: open, overdue, responded on time or late (the due instant itself is on time)', () => {
    const dueAt = new Date('2026-12-08T08:00:00Z');
    const after = new Date(dueAt.getTime() + 1);
    expect(alertClock({ dueAt, respondedAt: null }, dueAt)).toBe('open');
    expect(alertClock({ dueAt, respondedAt: null }, after)).toBe('overdue');
    expect(alertClock({ dueAt, respondedAt: dueAt }, after)).toBe('responded');
    expect(alertClock({ dueAt, respondedAt: after }, after)).toBe('responded_late');
  });

  it('settings: the major bar may not be below the alert bar', () => {
    expect(opinionSettingsOf(50, 500)).toEqual({ alertHeat: 50, majorHeat: 500 });
    expect(opinionSettingsOf(500, 50)).toEqual(S);
  });
});
