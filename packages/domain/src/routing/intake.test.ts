import { describe, expect, it } from 'vitest';
import type { DutyResolution, DutySource } from '../duty/resolve.ts';
import {
  AUTO_CATEGORY_CONFIDENCE,
  intakeUrgency,
  routeIntake,
  suggestionScore,
  trustedCategory,
  type IntakeRoutingInput,
  type RoutingCategory,
} from './intake.ts';

// A small world: categories, the units, and what the duty list answers per category at the case's location.
const CATS: Record<string, RoutingCategory> = {
  garbage: { code: 'garbage', nameZh: '暴露垃圾', gridSolvable: true },
  road: { code: 'road', nameZh: '道路破损', gridSolvable: false },
  noise: { code: 'noise', nameZh: '噪声扰民', gridSolvable: false },
  nowhere: { code: 'nowhere', nameZh: '无处可派', gridSolvable: true },
};
const UNITS = ['community', 'street', 'city_mgmt', 'env', 'district'].map((id) => ({
  id,
  name: `unit ${id}`,
  kind: 'department',
}));
const resolution = (source: DutySource, lead: string | null, assists: string[] = []): DutyResolution => ({
  source,
  dutyId: null,
  dutyRegionCode: null,
  lead: lead ? { unitId: lead, via: 'fixed' } : null,
  coordinators: [],
  assists: assists.map((unitId) => ({ unitId, via: 'fixed' })),
  reasons: [],
});
const DUTY: Record<string, DutyResolution> = {
  garbage: resolution('duty', 'city_mgmt', ['env']),
  road: resolution('duty', 'city_mgmt'),
  noise: resolution('local_fallback', 'street'),
  nowhere: resolution('district_fallback', 'district'),
};

const input = (over: Partial<IntakeRoutingInput>): IntakeRoutingInput => ({
  channel: 'hotline',
  categoryCode: 'road',
  ranked: [{ code: 'road', confidence: 1 }],
  communityCode: 'c1',
  category: (code) => CATS[code],
  communityUnit: (code) => (code === 'c1' ? 'community' : undefined),
  route: (code) => DUTY[code]!,
  unit: (id) => UNITS.find((u) => u.id === id),
  ...over,
});

describe('routeIntake: dispatched at once or queued', () => {
  // [case, input, dispatch (lead, assists, via) or null]
  const table: [string, Partial<IntakeRoutingInput>, [string, string[], string] | null][] = [
    [
      'duty list lead with its assist',
      { categoryCode: 'garbage', ranked: [{ code: 'garbage', confidence: 1 }] },
      ['city_mgmt', ['env'], 'duty'],
    ],
    [
      'local fallback: the street of the location',
      { categoryCode: 'noise', ranked: [{ code: 'noise', confidence: 1 }] },
      ['street', [], 'local_fallback'],
    ],
    [
      'district fallback is never automatic',
      { categoryCode: 'nowhere', ranked: [{ code: 'nowhere', confidence: 1 }], channel: 'hotline' },
      null,
    ],
    [
      'no category decided: queued',
      { categoryCode: null, ranked: [{ code: 'road', confidence: 0.4 }] },
      null,
    ],
    [
      'grid patrol, grid-solvable: the community (小事不出格)',
      { channel: 'grid_patrol', categoryCode: 'garbage', ranked: [{ code: 'garbage', confidence: 1 }] },
      ['community', [], 'grid'],
    ],
    [
      'grid-solvable but not from a grid patrol: duty list',
      { channel: 'web', categoryCode: 'garbage', ranked: [{ code: 'garbage', confidence: 1 }] },
      ['city_mgmt', ['env'], 'duty'],
    ],
    ['grid patrol, not grid-solvable: duty list', { channel: 'grid_patrol' }, ['city_mgmt', [], 'duty']],
    [
      'grid patrol without a community: duty list',
      {
        channel: 'grid_patrol',
        categoryCode: 'garbage',
        ranked: [{ code: 'garbage', confidence: 1 }],
        communityCode: null,
      },
      ['city_mgmt', ['env'], 'duty'],
    ],
    // Fixed: a community without its own unit left the case with no lead and no suggestion at all.
    [
      'grid patrol in a community without its unit: duty list',
      {
        channel: 'grid_patrol',
        categoryCode: 'garbage',
        ranked: [{ code: 'garbage', confidence: 1 }],
        communityCode: 'c2',
      },
      ['city_mgmt', ['env'], 'duty'],
    ],
    // A grid patrol's grid-solvable report whose duty routing would be the district's fallback still goes to the grid.
    [
      'grid-solvable beats the district fallback',
      { channel: 'grid_patrol', categoryCode: 'nowhere', ranked: [{ code: 'nowhere', confidence: 1 }] },
      ['community', [], 'grid'],
    ],
  ];
  it.each(table)('%s', (_name, over, expected) => {
    const { dispatch } = routeIntake(input(over));
    expect(dispatch && [dispatch.leadUnitId, dispatch.assistUnitIds, dispatch.via]).toEqual(expected);
  });
});

describe('routeIntake: suggestions', () => {
  it('ranks every unit of every ranked category by confidence, assists at half, each unit and role once', () => {
    const { dispatch, suggestions } = routeIntake(
      input({
        categoryCode: 'garbage',
        ranked: [
          { code: 'garbage', confidence: 0.7 },
          { code: 'road', confidence: 0.2 },
          { code: 'noise', confidence: 0.1 },
          { code: 'unknown', confidence: 0.05 },
        ],
      }),
    );
    expect(dispatch?.leadUnitId).toBe('city_mgmt');
    expect(suggestions.map((s) => [s.unit.id, s.role, s.score])).toEqual([
      ['city_mgmt', 'lead', 0.7],
      ['env', 'assist', 0.35],
      ['street', 'lead', 0.1],
    ]);
    expect(suggestions[0]!.reason).toBe('职责清单：暴露垃圾');
    expect(suggestions[2]!.reason).toBe('属地兜底：噪声扰民 无清单条目，由属地街乡镇负责');
  });

  it('suggests the district’s fallback to the dispatcher, though it never dispatches on it', () => {
    const { dispatch, suggestions } = routeIntake(
      input({ categoryCode: 'nowhere', ranked: [{ code: 'nowhere', confidence: 1 }] }),
    );
    expect(dispatch).toBeNull();
    expect(suggestions).toEqual([
      { unit: UNITS[4], role: 'lead', reason: '区级兜底：无处可派 无法确定属地', score: 1 },
    ]);
  });

  it('leaves out units it does not know', () => {
    const { suggestions } = routeIntake(input({ unit: () => undefined }));
    expect(suggestions).toEqual([]);
  });

  it.each([
    [1, 'lead', 1],
    [0.678, 'lead', 0.68],
    [0.678, 'assist', 0.34],
    [0.01, 'assist', 0.01],
  ] as const)('score of confidence %d as %s → %d', (confidence, role, score) => {
    expect(suggestionScore(confidence, role)).toBe(score);
  });
});

describe('trustedCategory and urgency', () => {
  const leaf = (code: string) => code !== 'group';
  it.each([
    ['confident leaf', [{ code: 'a', confidence: AUTO_CATEGORY_CONFIDENCE }], 'a'],
    ['below the threshold', [{ code: 'a', confidence: 0.59 }], null],
    ['confident but not a leaf', [{ code: 'group', confidence: 0.9 }], null],
    [
      'only the top one counts',
      [
        { code: 'group', confidence: 0.9 },
        { code: 'a', confidence: 0.8 },
      ],
      null,
    ],
    ['nothing suggested', [], null],
  ])('%s', (_name, ranked, code) => {
    expect(trustedCategory(ranked, leaf)?.code ?? null).toBe(code);
  });

  it("uses the trained model's threshold when given, and trusts nothing when it is null", () => {
    const ranked = [{ code: 'a', confidence: 0.7 }];
    expect(trustedCategory(ranked, leaf, 0.8)).toBeNull();
    expect(trustedCategory(ranked, leaf, 0.65)?.code).toBe('a');
    expect(trustedCategory([{ code: 'a', confidence: 1 }], leaf, null)).toBeNull();
  });

  it('takes the urgency asked for, else the category default, else ordinary', () => {
    expect(intakeUrgency('emergency', 'urgent')).toBe('emergency');
    expect(intakeUrgency(undefined, 'urgent')).toBe('urgent');
    expect(intakeUrgency(undefined, undefined)).toBe('ordinary');
  });
});
