import { describe, expect, it } from 'vitest';
import {
  admissionActions,
  admissionGaps,
  admissionGate,
  admissionItemState,
  admissionWorkload,
  AdmissionApplicationInput,
  nextAdmissionStatus,
  type AdmissionItemFacts,
} from './index.ts';

const DISTRICT = '110117000000';
const STREET = '110117001000';
const COMMUNITY = '110117001001';
const OTHER_STREET_COMMUNITY = '110117002003';

function item(over: Partial<AdmissionItemFacts> = {}): AdmissionItemFacts {
  return {
    id: 'i1',
    list: 'assist',
    kind: 'survey',
    title: '高龄津贴月报',
    districtCode: DISTRICT,
    unitId: 'mzj',
    scopeCodes: [],
    status: 'in_force',
    validFrom: '2026-01-01',
    validUntil: '2026-12-31',
    hoursPerMonth: 6,
    fundingPerYear: 3600,
    ...over,
  };
}
const send = { unitId: 'mzj', kind: 'survey' as const, communityCodes: [COMMUNITY], day: '2026-12-07' };

describe('the application lifecycle', () => {
  it('runs draft → submitted → reviewed → in a round → approved → entered', () => {
    let s = nextAdmissionStatus('draft', 'submit');
    expect(s).toBe('submitted');
    s = nextAdmissionStatus(s!, 'review');
    expect(s).toBe('reviewed');
    s = nextAdmissionStatus(s!, 'schedule');
    expect(s).toBe('in_round');
    s = nextAdmissionStatus(s!, 'approve');
    expect(s).toBe('approved');
    expect(nextAdmissionStatus(s!, 'enter')).toBe('entered');
  });

  it('the preliminary review can send it back; the department submits again', () => {
    expect(nextAdmissionStatus('submitted', 'return')).toBe('returned');
    expect(nextAdmissionStatus('returned', 'submit')).toBe('submitted');
  });

  it('refuses steps out of order: no decision before a round, no entry of a rejected item, nothing after entry', () => {
    expect(nextAdmissionStatus('submitted', 'approve')).toBeNull();
    expect(nextAdmissionStatus('reviewed', 'approve')).toBeNull();
    expect(nextAdmissionStatus('draft', 'schedule')).toBeNull();
    expect(nextAdmissionStatus('rejected', 'enter')).toBeNull();
    expect(admissionActions('entered')).toEqual([]);
    expect(admissionActions('rejected')).toEqual([]);
  });

  it('an item is in force between its dates until it exits', () => {
    expect(admissionItemState(item(), '2026-12-07')).toBe('in_force');
    expect(admissionItemState(item(), '2027-01-01')).toBe('expired');
    expect(admissionItemState(item(), '2025-12-31')).toBe('pending');
    expect(admissionItemState(item({ status: 'exited' }), '2026-12-07')).toBe('exited');
    expect(admissionItemState(item({ validUntil: null }), '2030-01-01')).toBe('in_force');
  });
});

describe('the gate', () => {
  it('lets an admitted item in force, of the sender and the kind, covering the communities, through', () => {
    expect(admissionGate(item(), send)).toEqual({ ok: true });
  });

  it('refuses without an item', () => {
    expect(admissionGate(undefined, send)).toEqual({ ok: false, reason: 'missing' });
  });

  it('refuses a negative-list item whatever else holds', () => {
    expect(admissionGate(item({ list: 'negative' }), send)).toEqual({ ok: false, reason: 'negative_list' });
  });

  it('refuses an exited, expired or not yet valid item', () => {
    expect(admissionGate(item({ status: 'exited' }), send)).toMatchObject({ reason: 'exited' });
    expect(admissionGate(item(), { ...send, day: '2027-02-01' })).toMatchObject({ reason: 'expired' });
    expect(admissionGate(item({ validFrom: '2027-01-01', validUntil: null }), send)).toMatchObject({
      reason: 'pending',
    });
  });

  it("refuses another department's item and an item of another kind", () => {
    expect(admissionGate(item(), { ...send, unitId: 'sfj' })).toMatchObject({ reason: 'other_unit' });
    expect(admissionGate(item(), { ...send, kind: 'inspection' })).toMatchObject({ reason: 'wrong_kind' });
  });

  it('a duty by law (no department) may be sent on by any department', () => {
    expect(admissionGate(item({ list: 'duty', unitId: null }), { ...send, unitId: 'sfj' })).toEqual({
      ok: true,
    });
  });

  it('refuses communities outside the district or the scope, naming them', () => {
    const scoped = item({ scopeCodes: [STREET] });
    expect(admissionGate(scoped, send)).toEqual({ ok: true });
    expect(admissionGate(scoped, { ...send, communityCodes: [COMMUNITY, OTHER_STREET_COMMUNITY] })).toEqual({
      ok: false,
      reason: 'out_of_scope',
      communities: [OTHER_STREET_COMMUNITY],
    });
    expect(admissionGate(item(), { ...send, communityCodes: ['110118001001'] })).toMatchObject({
      reason: 'out_of_scope',
    });
  });
});

describe('workload and money (费随事转)', () => {
  it('sums the items in force covering the community; negative, exited, expired and other streets do not count', () => {
    const items = [
      item({ id: 'a', hoursPerMonth: 6, fundingPerYear: 3600 }),
      item({ id: 'b', list: 'duty', unitId: null, hoursPerMonth: 20, fundingPerYear: 0 }),
      item({ id: 'c', list: 'negative', hoursPerMonth: 40, fundingPerYear: 0 }),
      item({ id: 'd', status: 'exited', hoursPerMonth: 8, fundingPerYear: 5000 }),
      item({ id: 'e', validUntil: '2026-06-30', hoursPerMonth: 3, fundingPerYear: 1000 }),
      item({ id: 'f', scopeCodes: ['110117002000'], hoursPerMonth: 5, fundingPerYear: 2000 }),
      item({ id: 'g', scopeCodes: [COMMUNITY], hoursPerMonth: 2.5, fundingPerYear: 1200.5 }),
    ];
    const w = admissionWorkload(items, COMMUNITY, '2026-12-07');
    expect(w.items.map((l) => l.itemId)).toEqual(['a', 'b', 'g']);
    expect(w.hoursPerMonth).toBe(28.5);
    expect(w.fundingPerYear).toBe(4800.5);
    expect(w.assistHours).toBe(8.5);
    expect(w.dutyHours).toBe(20);
    const other = admissionWorkload(items, OTHER_STREET_COMMUNITY, '2026-12-07');
    expect(other.items.map((l) => l.itemId)).toEqual(['a', 'b', 'f']);
  });
});

describe('an application', () => {
  const base = AdmissionApplicationInput.parse({
    title: '残疾人两项补贴入户核查',
    kind: 'task',
    legalBasis: '《残疾人保障法》第四十八条',
    communityRole: 'assist',
    content: '每季度入户核查一次享受补贴的残疾人情况',
    validFrom: '2027-01-01',
    hoursPerMonth: 4,
    fundingPerYear: 2400,
  });

  it('with hours and money, a period in order and powers for a lead role has no gaps', () => {
    expect(admissionGaps(base)).toEqual([]);
  });

  it('费随事转: hours without money, a period backwards and a lead role without powers are gaps', () => {
    expect(
      admissionGaps({
        ...base,
        fundingPerYear: 0,
        validUntil: '2026-01-01',
        communityRole: 'lead',
        powers: '',
      }),
    ).toEqual(['admission_period_order', 'admission_funding_missing', 'admission_powers_missing']);
  });
});
