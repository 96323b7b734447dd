import { describe, expect, it } from 'vitest';
import { allChecklists, checklistFor } from './checklists.ts';
import { signoffLight, signoffState } from './signoff.ts';

describe('visit checklists', () => {
  it('every list covers health, state of mind, gas/water/power safety, living conditions and needs', () => {
    for (const list of Object.values(allChecklists()))
      expect(list.map((i) => i.key)).toEqual(
        expect.arrayContaining(['health', 'mood', 'gas_safety', 'water_power_safety', 'living', 'needs']),
      );
  });
  it('a tag adds its own items; a class list names no tag', () => {
    expect(checklistFor('severe_mental').map((i) => i.key)).toContain('medication');
    expect(checklistFor('community_correction').map((i) => i.key)).toContain('whereabouts');
    expect(checklistFor('P3').map((i) => i.key)).not.toContain('medication');
    expect(checklistFor('P3')).toEqual(checklistFor('general'));
    for (const i of checklistFor('drug_user')) expect(i.key).toMatch(/^[a-z_]{1,40}$/);
  });
});

describe('sign-off light', () => {
  const yellowAt = new Date('2026-12-07T10:00:00Z');
  const redAt = new Date('2026-12-08T10:00:00Z');
  const clock = { yellowAt, redAt, signedAt: null, repliedAt: null };
  it('green, yellow, red while unsigned', () => {
    expect(signoffLight(clock, new Date('2026-12-07T09:59:59Z'))).toBe('green');
    expect(signoffLight(clock, new Date('2026-12-07T10:00:00Z'))).toBe('yellow');
    expect(signoffLight(clock, new Date('2026-12-08T10:00:00Z'))).toBe('red');
  });
  it('a late signature keeps its light; the state follows sign and reply', () => {
    const signed = { ...clock, signedAt: new Date('2026-12-07T12:00:00Z') };
    expect(signoffLight(signed, new Date('2026-12-20T00:00:00Z'))).toBe('yellow');
    expect(signoffState(clock)).toBe('pending');
    expect(signoffState(signed)).toBe('signed');
    expect(signoffState({ ...signed, repliedAt: new Date() })).toBe('replied');
  });
});
