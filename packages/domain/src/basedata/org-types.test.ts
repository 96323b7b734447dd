import { describe, expect, it } from 'vitest';
import { ORG_LEAF_TYPES, ORG_TYPES, orgTypePath } from './org-types.ts';

describe('organisation type code table', () => {
  it('is a three-level tree: unique codes, every parent present, kinds on the leaves only', () => {
    const codes = ORG_TYPES.map((t) => t.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const t of ORG_TYPES) {
      expect([2, 4, 6]).toContain(t.code.length);
      if (t.parent) expect(codes).toContain(t.parent);
      expect(Boolean(t.kind)).toBe(t.code.length === 6);
    }
    for (const leaf of ORG_LEAF_TYPES)
      expect(orgTypePath(leaf.code).map((t) => t.code.length)).toEqual([2, 4, 6]);
  });
});
