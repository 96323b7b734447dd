import { describe, expect, it } from 'vitest';
import type { VisitDue } from '../api/field.ts';
import {
  accuracyQuality,
  ageMinutes,
  fitProjection,
  takesTrackPoint,
  visitCounts,
  visitOrder,
} from './fieldRules.ts';

const due = (id: string, state: VisitDue['state'], dueAt: string): VisitDue => ({
  tagId: id,
  person: { id: `p-${id}`, name: '张*' },
  class: 'P2',
  tag: null,
  level: null,
  assigned: true,
  dueAt,
  reason: 'interval',
  state,
  lastVisitAt: null,
});

describe('field rules', () => {
  it('lists overdue visits first, then due, then upcoming, earliest first within each', () => {
    const items = [
      due('u', 'upcoming', '2026-12-20T00:00:00Z'),
      due('d2', 'due', '2026-12-08T00:00:00Z'),
      due('o2', 'overdue', '2026-12-01T00:00:00Z'),
      due('d1', 'due', '2026-12-07T00:00:00Z'),
      due('o1', 'overdue', '2026-11-20T00:00:00Z'),
    ];
    expect(visitOrder(items).map((v) => v.tagId)).toEqual(['o1', 'o2', 'd1', 'd2', 'u']);
    expect(visitCounts(items)).toEqual({ overdue: 2, due: 2, upcoming: 1 });
  });

  it('flags a point less precise than the threshold; a missing accuracy is unknown', () => {
    expect(accuracyQuality(12, 50)).toBe('good');
    expect(accuracyQuality(50, 50)).toBe('good');
    expect(accuracyQuality(51, 50)).toBe('poor');
    expect(accuracyQuality(null, 50)).toBe('unknown');
  });

  it('keeps a track point once the interval has passed since the last one kept', () => {
    expect(takesTrackPoint(null, '2026-12-07T01:00:00Z', 30)).toBe(true);
    expect(takesTrackPoint('2026-12-07T01:00:00Z', '2026-12-07T01:00:29Z', 30)).toBe(false);
    expect(takesTrackPoint('2026-12-07T01:00:00Z', '2026-12-07T01:00:30Z', 30)).toBe(true);
  });

  it('tells the age of the offline data in minutes', () => {
    expect(ageMinutes('2026-12-07T01:00:00Z', new Date('2026-12-07T01:59:59Z'))).toBe(59);
    expect(ageMinutes('2026-12-07T01:00:00Z', new Date('2026-12-07T00:00:00Z'))).toBe(0);
  });

  it('projects the grid north up inside the map, keeping east–west distances true at its latitude', () => {
    const p = fitProjection(
      [
        [117.0, 40.0],
        [117.01, 40.01],
      ],
      300,
      10,
    )!;
    const [x0, y0] = p.project([117.0, 40.0]);
    const [x1, y1] = p.project([117.01, 40.01]);
    expect(x1).toBeGreaterThan(x0);
    expect(y1).toBeLessThan(y0); // north is up
    // 0.01° of longitude at 40° N is cos(40°) ≈ 0.766 of 0.01° of latitude
    expect((x1 - x0) / (y0 - y1)).toBeCloseTo(Math.cos((40.005 * Math.PI) / 180), 2);
    for (const v of [x0, x1]) expect(v).toBeGreaterThanOrEqual(10);
    expect(fitProjection([], 300)).toBeNull();
  });
});
