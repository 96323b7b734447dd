import { describe, expect, it } from 'vitest';
import { NOTICE_AUDIENCE, NOTICE_KINDS, readsUnitNotice, unitNoticeKindsHiddenFrom } from './notice.ts';

describe('who in a unit reads a unit notification (defect 5)', () => {
  it('a case waiting for dispatch reaches the dispatchers of the centre, not its operators or administrators', () => {
    expect(readsUnitNotice(['dispatcher'], 'queued')).toBe(true);
    expect(readsUnitNotice(['operator'], 'queued')).toBe(false);
    expect(readsUnitNotice(['admin'], 'queued')).toBe(false);
    expect(readsUnitNotice(['security_admin'], 'queued')).toBe(false);
  });

  it('assignments reach the members who act for the unit: handlers, and grid workers for a community', () => {
    expect(readsUnitNotice(['handler'], 'assigned')).toBe(true);
    expect(readsUnitNotice(['grid_worker'], 'assigned')).toBe(true);
    expect(readsUnitNotice(['admin'], 'assigned')).toBe(false);
    expect(readsUnitNotice(['street_lead'], 'supervision')).toBe(true);
    expect(readsUnitNotice(['street_lead'], 'assigned')).toBe(false);
  });

  it('every kind has an audience; a kind from before the table reaches every member', () => {
    for (const k of NOTICE_KINDS) expect(NOTICE_AUDIENCE[k].length).toBeGreaterThan(0);
    expect(readsUnitNotice(['operator'], 'some_old_kind')).toBe(true);
  });

  it('the hidden kinds of a role are exactly those it does not read', () => {
    const hidden = unitNoticeKindsHiddenFrom(['operator']);
    expect(hidden).toContain('queued');
    expect(hidden).toEqual(NOTICE_KINDS.filter((k) => !readsUnitNotice(['operator'], k)));
    expect(unitNoticeKindsHiddenFrom(['dispatcher'])).not.toContain('queued');
  });
});
