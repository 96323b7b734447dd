import { describe, expect, it } from 'vitest';
import type { RegionNode } from '../../api/types.ts';
import { channelRows, streetTree } from './rows.ts';

const node = (code: string, level: RegionNode['level'], children: RegionNode[] = []): RegionNode => ({
  code,
  name: code,
  level,
  children,
});

describe('analytics rows', () => {
  it('the region filter goes down to streets, never to communities', () => {
    const tree = node('110117', 'district', [
      node('110117001', 'street', [node('110117001001', 'community')]),
      node('110117002', 'street'),
    ]);
    expect(streetTree(tree)).toEqual({
      value: '110117',
      title: '110117',
      children: [
        { value: '110117001', title: '110117001' },
        { value: '110117002', title: '110117002' },
      ],
    });
  });

  it('channels: the main ones even at zero, others only when they received something, most first', () => {
    const t = ((k: string) => k) as Parameters<typeof channelRows>[1];
    const rows = channelRows({ web: 3, hotline: 10, media: 2 }, t);
    expect(rows.slice(0, 3)).toEqual([
      { label: 'channel.hotline', value: 10 },
      { label: 'channel.web', value: 3 },
      { label: 'channel.media', value: 2 },
    ]);
    expect(rows.filter((r) => r.value === 0).map((r) => r.label)).toEqual([
      'channel.app',
      'channel.grid_patrol',
      'channel.open311',
      'channel.department',
    ]);
    expect(rows.map((r) => r.label)).not.toContain('channel.sensor');
  });
});
