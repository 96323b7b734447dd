import { describe, expect, it } from 'vitest';
import { randomBytes } from './random.ts';

describe('pooled random bytes', () => {
  it('never hands out the same bytes twice, across pool refills, in owned copies of the size asked', () => {
    const seen = new Set<string>();
    for (let i = 0; i < 2000; i++) {
      const b = randomBytes(12);
      expect(b).toHaveLength(12);
      const hex = b.toString('hex');
      expect(seen.has(hex)).toBe(false);
      seen.add(hex);
    }
    const a = randomBytes(16);
    const copy = Buffer.from(a);
    randomBytes(16);
    expect(a).toEqual(copy);
    expect(randomBytes(5000)).toHaveLength(5000);
  });

  it('is not all zeros (bytes come from the CSPRNG, not the wiped pool)', () => {
    const b = Buffer.concat(Array.from({ length: 400 }, () => randomBytes(18)));
    const zeros = b.filter((x) => x === 0).length;
    // 7 200 uniform bytes: about 28 zeros expected; a wiped pool handed out would be all zeros
    expect(zeros).toBeLessThan(100);
  });
});
