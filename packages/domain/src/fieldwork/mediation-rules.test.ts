import { describe, expect, it } from 'vitest';
import {
  agreementRate,
  committeeShortName,
  documentIndex,
  mediationOutcome,
  partiesComplete,
  statusAfterFollowUp,
  unsignedParties,
} from './mediation-rules.ts';
import { mayWorkFile, mediationRole, mediationStanding, partyFieldView } from './mediation-access.ts';
import { mediationStep } from './mediation.ts';

describe('mediation rules', () => {
  const parties = [
    { id: 'a', role: 'applicant' as const },
    { id: 'b', role: 'respondent' as const },
    { id: 'c', role: 'third_party' as const },
  ];
  it('a written agreement needs the signature of every applicant and respondent (Art. 29), not of a third party', () => {
    expect(unsignedParties(parties, ['a'])).toEqual(['b']);
    expect(unsignedParties(parties, ['a', 'b'])).toEqual([]);
  });
  it('a file is mediated only with a party on each side', () => {
    expect(partiesComplete(parties.slice(0, 1))).toBe(false);
    expect(partiesComplete(parties)).toBe(true);
  });
  it('a follow-up closes the file only when the agreement was performed', () => {
    expect(statusAfterFollowUp('performed')).toBe('closed');
    expect(statusAfterFollowUp('partly')).toBe('agreed');
    expect(statusAfterFollowUp('not_performed')).toBe('agreed');
  });
  it('the notice is given after intake and before mediation ends; a court application follows an agreement', () => {
    const st = { noticeGiven: false, mediatorId: null };
    expect(mediationStep({ ...st, status: 'received' }, 'give_notice').ok).toBe(true);
    expect(mediationStep({ ...st, status: 'mediating' }, 'give_notice').ok).toBe(false);
    expect(mediationStep({ ...st, status: 'agreed' }, 'court_application')).toEqual({
      ok: true,
      status: 'agreed',
    });
    expect(mediationStep({ ...st, status: 'terminated' }, 'court_application').ok).toBe(false);
  });
  it('numbers the documents of the file in the order the events made them, skipping other events', () => {
    const idx = documentIndex([
      { id: '1', action: 'create', at: 't1' },
      { id: '2', action: 'screen_accept', at: 't2' },
      { id: '3', action: 'give_notice', at: 't3' },
      { id: '4', action: 'hold_session', at: 't4' },
      { id: '5', action: 'agree_written', at: 't5' },
    ]);
    expect(idx.map((d) => [d.no, d.document])).toEqual([
      [1, 'application'],
      [2, 'notice'],
      [3, 'session_record'],
      [4, 'agreement'],
    ]);
  });
  it('counts outcomes and the agreement rate over the files mediated to an end', () => {
    expect(mediationOutcome('closed')).toBe('agreed');
    expect(mediationOutcome('mediating')).toBe('ongoing');
    expect(agreementRate(3, 1)).toBe(75);
    expect(agreementRate(0, 0)).toBeNull();
  });
  it('shortens the committee name for file numbers', () => {
    expect(committeeShortName('滨河街道')).toBe('滨河');
    expect(committeeShortName('金谷东园社区')).toBe('金谷东园');
  });
});

describe('mediation access', () => {
  it('street and community staff are the committee in their jurisdiction only', () => {
    const lead = { roles: ['street_lead' as const], unitKind: 'street_office' as const };
    expect(mediationStanding(lead, { inJurisdiction: true, opener: false })).toBe('committee');
    expect(mediationStanding(lead, { inJurisdiction: false, opener: true })).toBe('none');
    expect(mayWorkFile('committee')).toBe(true);
  });
  it('a department handler, an operator and an administrator have no standing', () => {
    expect(mediationRole({ roles: ['handler'], unitKind: 'department' })).toBe('none');
    expect(mediationRole({ roles: ['operator'], unitKind: 'government' })).toBe('none');
    expect(mediationRole({ roles: ['admin'], unitKind: 'street_office' })).toBe('none');
  });
  it('a grid worker follows only the files they opened, parties masked, and works none', () => {
    const gw = { roles: ['grid_worker' as const], unitKind: 'community' as const };
    expect(mediationStanding(gw, { inJurisdiction: true, opener: false })).toBe('none');
    expect(mediationStanding(gw, { inJurisdiction: false, opener: true })).toBe('informant');
    expect(partyFieldView('informant', 'name')).toBe('masked');
    expect(partyFieldView('informant', 'idNumber')).toBe('hidden');
    expect(mayWorkFile('informant')).toBe(false);
  });
  it('the committee reads names in full and reveals phone and ID number on request', () => {
    expect(partyFieldView('committee', 'name')).toBe('full');
    expect(partyFieldView('committee', 'phone')).toBe('revealable');
    expect(partyFieldView('committee', 'idNumber')).toBe('revealable');
    expect(partyFieldView('overseer', 'name')).toBe('masked');
  });
});
