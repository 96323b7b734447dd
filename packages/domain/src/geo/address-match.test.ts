import { describe, expect, it } from 'vitest';
import { checkAddressAgainstPlace, placeCore } from './address-match.ts';

describe('placeCore', () => {
  it.each([
    ['滨河街道', '滨河'],
    ['滨河街道办事处', '滨河'],
    ['兴谷镇', '兴谷'],
    ['马坊地区', '马坊'],
    ['桃园社区', '桃园'],
    ['桃园社区居委会', '桃园'],
    ['东高村', '东高'],
    ['大华山镇', '大华山'],
    // a core of one character would match almost any address: the whole name is kept
    ['金村', '金村'],
    [' 滨 河 街 道 ', '滨河'],
  ])('%s → %s', (name, core) => expect(placeCore(name)).toBe(core));
});

describe('checkAddressAgainstPlace', () => {
  const binhe = { street: '滨河街道', community: '桃园社区' };
  const others = ['滨河街道', '兴谷街道', '兴谷镇', '马坊地区', '桃园社区', '金海湖镇', '东高村'];

  it('nothing to compare without an address or a located place', () => {
    expect(checkAddressAgainstPlace('', binhe)).toEqual({ kind: 'none' });
    expect(checkAddressAgainstPlace(undefined, binhe)).toEqual({ kind: 'none' });
    expect(checkAddressAgainstPlace('滨河路12号', {})).toEqual({ kind: 'none' });
    expect(checkAddressAgainstPlace('滨河路12号', { street: null, community: '' })).toEqual({ kind: 'none' });
  });

  it('matches when the address names the point’s community or street, suffix or not', () => {
    expect(checkAddressAgainstPlace('桃园小区3号楼', binhe)).toEqual({ kind: 'match', matched: '桃园社区' });
    expect(checkAddressAgainstPlace('滨河路与光明街交叉口', binhe)).toEqual({
      kind: 'match',
      matched: '滨河街道',
    });
    expect(checkAddressAgainstPlace('平谷区滨河街道办事处北侧', binhe).kind).toBe('match');
    // full-width digits and spaces make no difference
    expect(checkAddressAgainstPlace('滨 河 路１２号', binhe).kind).toBe('match');
  });

  it('contradicts when the address names another known place and not the point’s own (the 滨河 defect)', () => {
    const xinggu = { street: '兴谷街道', community: '西寺渠村' };
    expect(checkAddressAgainstPlace('滨河路12号院', xinggu, others)).toEqual({
      kind: 'contradicts',
      named: '滨河街道',
      expected: ['西寺渠村', '兴谷街道'],
    });
    expect(checkAddressAgainstPlace('马坊镇政府东侧', binhe, others)).toMatchObject({
      kind: 'contradicts',
      named: '马坊地区',
    });
  });

  it('is missing when the address names no known place at all', () => {
    expect(checkAddressAgainstPlace('菜市场对面的路口', binhe, others)).toEqual({
      kind: 'missing',
      expected: ['桃园社区', '滨河街道'],
    });
  });

  it('does not call a place with the same core "other" (滨河东 vs 滨河), nor match one-character cores', () => {
    expect(checkAddressAgainstPlace('滨河路', { street: '滨河东街道' }, ['滨河街道']).kind).toBe('missing');
    expect(checkAddressAgainstPlace('金海湖边', binhe, ['金村']).kind).toBe('missing');
  });

  it('prefers the most specific other place mentioned', () => {
    expect(checkAddressAgainstPlace('兴谷东里小区', binhe, ['兴谷街道', '兴谷东里社区'])).toMatchObject({
      kind: 'contradicts',
      named: '兴谷东里社区',
    });
  });
});
