import { describe, expect, it } from 'vitest';
import { decideForward, decideSendBack, deskOf, dispatchRefusal, type Desk } from './forwarding.ts';

const city: Desk = { unitId: 'city', level: 'city', jurisdictionPath: '110000000000/' };
const pinggu: Desk = { unitId: 'pg', level: 'district', jurisdictionPath: '110000000000/110117000000/' };
const dongcheng: Desk = { unitId: 'dc', level: 'district', jurisdictionPath: '110000000000/110101000000/' };
const binhe: Desk = {
  unitId: 'bh',
  level: 'street',
  jurisdictionPath: '110000000000/110117000000/110117001000/',
};
const xinggu: Desk = {
  unitId: 'xg',
  level: 'street',
  jurisdictionPath: '110000000000/110117000000/110117002000/',
};
const place = '110000000000/110117000000/110117001000/110117001001/';

const dispatcher = ['dispatcher'] as const;

describe('decideForward', () => {
  it('lets the city centre forward a case to the district that holds its place, and straight to the street', () => {
    const base = {
      roles: dispatcher,
      actorDesk: city,
      holder: null,
      casePath: place,
      status: 'registered' as const,
    };
    expect(decideForward({ ...base, target: pinggu })).toEqual({ to: pinggu });
    expect(decideForward({ ...base, target: binhe })).toEqual({ to: binhe });
  });

  it('lets the district forward down to its street once the case sits at its desk', () => {
    expect(
      decideForward({
        roles: dispatcher,
        actorDesk: pinggu,
        holder: pinggu,
        casePath: place,
        status: 'registered',
        target: binhe,
      }),
    ).toEqual({ to: binhe });
  });

  it('refuses a target whose jurisdiction does not hold the place (another district or street)', () => {
    const base = { roles: dispatcher, holder: null, casePath: place, status: 'registered' as const };
    expect(decideForward({ ...base, actorDesk: city, target: dongcheng })).toEqual({
      refused: 'OUTSIDE_TARGET',
    });
    expect(decideForward({ ...base, actorDesk: pinggu, target: xinggu })).toEqual({
      refused: 'OUTSIDE_TARGET',
    });
  });

  it('never forwards sideways or up: a street to another street, a district to the city', () => {
    expect(
      decideForward({
        roles: ['street_lead'],
        actorDesk: binhe,
        holder: binhe,
        casePath: place,
        status: 'registered',
        target: xinggu,
      }),
    ).toEqual({ refused: 'NOT_BELOW' });
    expect(
      decideForward({
        roles: dispatcher,
        actorDesk: pinggu,
        holder: pinggu,
        casePath: place,
        status: 'registered',
        target: city,
      }),
    ).toEqual({ refused: 'NOT_BELOW' });
  });

  it('refuses a desk the case is not at, once it was moved', () => {
    // forwarded to Pinggu: the city no longer holds it
    expect(
      decideForward({
        roles: dispatcher,
        actorDesk: city,
        holder: pinggu,
        casePath: place,
        status: 'registered',
        target: binhe,
      }),
    ).toEqual({ refused: 'NOT_AT_YOUR_DESK' });
    // never moved: a district holds only what lies in it
    expect(
      decideForward({
        roles: dispatcher,
        actorDesk: dongcheng,
        holder: null,
        casePath: place,
        status: 'registered',
        target: binhe,
      }),
    ).toEqual({ refused: 'NOT_AT_YOUR_DESK' });
  });

  it('refuses a case already with a handling unit, and callers without a desk role', () => {
    const base = { actorDesk: city, holder: null, casePath: place, target: pinggu };
    expect(decideForward({ ...base, roles: dispatcher, status: 'dispatched' })).toEqual({
      refused: 'NOT_AT_A_DESK',
    });
    expect(decideForward({ ...base, roles: dispatcher, status: 'closed' })).toEqual({
      refused: 'NOT_AT_A_DESK',
    });
    expect(decideForward({ ...base, roles: ['handler', 'operator'], status: 'registered' })).toEqual({
      refused: 'NOT_A_DESK',
    });
    expect(decideForward({ ...base, roles: dispatcher, actorDesk: null, status: 'registered' })).toEqual({
      refused: 'NOT_A_DESK',
    });
  });
});

describe('decideSendBack', () => {
  const base = { roles: dispatcher, casePath: place, status: 'registered' as const };

  it('sends a street’s case back to the district that forwarded it', () => {
    expect(
      decideSendBack({
        ...base,
        roles: ['street_lead'],
        actorDesk: binhe,
        holder: binhe,
        forwardedFrom: pinggu,
        deskAbove: pinggu,
      }),
    ).toEqual({ to: pinggu });
  });

  it('sends it to the city when the city forwarded it straight to the street (直派街乡)', () => {
    expect(
      decideSendBack({ ...base, actorDesk: binhe, holder: binhe, forwardedFrom: city, deskAbove: pinggu }),
    ).toEqual({ to: city });
  });

  it('a district sends back to the city; a never-forwarded case goes to the desk above by jurisdiction', () => {
    expect(
      decideSendBack({ ...base, actorDesk: pinggu, holder: pinggu, forwardedFrom: city, deskAbove: city }),
    ).toEqual({ to: city });
    expect(
      decideSendBack({ ...base, actorDesk: binhe, holder: null, forwardedFrom: null, deskAbove: pinggu }),
    ).toEqual({ to: pinggu });
  });

  it('a returned case at the desk may go up too', () => {
    expect(
      decideSendBack({
        ...base,
        status: 'returned',
        actorDesk: pinggu,
        holder: pinggu,
        forwardedFrom: city,
        deskAbove: city,
      }),
    ).toEqual({ to: city });
  });

  it('refuses the city (nothing above), a desk not holding the case and a case with a handler', () => {
    expect(
      decideSendBack({ ...base, actorDesk: city, holder: null, forwardedFrom: null, deskAbove: null }),
    ).toEqual({ refused: 'TOP_DESK' });
    expect(
      decideSendBack({ ...base, actorDesk: xinggu, holder: binhe, forwardedFrom: pinggu, deskAbove: pinggu }),
    ).toEqual({ refused: 'NOT_AT_YOUR_DESK' });
    expect(
      decideSendBack({
        ...base,
        status: 'dispatched',
        actorDesk: binhe,
        holder: binhe,
        forwardedFrom: pinggu,
        deskAbove: pinggu,
      }),
    ).toEqual({ refused: 'NOT_AT_A_DESK' });
  });

  it('refuses when no desk above is known, or the one given is not above', () => {
    expect(
      decideSendBack({ ...base, actorDesk: binhe, holder: binhe, forwardedFrom: null, deskAbove: null }),
    ).toEqual({ refused: 'NO_DESK_ABOVE' });
    expect(
      decideSendBack({ ...base, actorDesk: binhe, holder: binhe, forwardedFrom: null, deskAbove: dongcheng }),
    ).toEqual({ refused: 'NO_DESK_ABOVE' });
  });
});

describe('dispatchRefusal', () => {
  it('a case never forwarded is dispatched by any desk as before', () => {
    expect(dispatchRefusal({ actorDesk: city, holder: null })).toBeNull();
    expect(dispatchRefusal({ actorDesk: pinggu, holder: null })).toBeNull();
    expect(dispatchRefusal({ actorDesk: null, holder: null })).toBeNull();
  });

  it('a forwarded case is dispatched only by the desk holding it, never by the desk above that forwarded it', () => {
    expect(dispatchRefusal({ actorDesk: pinggu, holder: pinggu })).toBeNull();
    expect(dispatchRefusal({ actorDesk: city, holder: pinggu })).toEqual({ refused: 'HELD_BY_OTHER_DESK' });
    expect(dispatchRefusal({ actorDesk: pinggu, holder: binhe })).toEqual({ refused: 'HELD_BY_OTHER_DESK' });
    // sideways, and a caller whose unit keeps no desk
    expect(dispatchRefusal({ actorDesk: dongcheng, holder: pinggu })).toEqual({
      refused: 'HELD_BY_OTHER_DESK',
    });
    expect(dispatchRefusal({ actorDesk: null, holder: pinggu })).toEqual({ refused: 'HELD_BY_OTHER_DESK' });
  });

  it('sent back up, the case is the upper desk’s to dispatch and no longer the lower one’s', () => {
    expect(dispatchRefusal({ actorDesk: city, holder: city })).toBeNull();
    expect(dispatchRefusal({ actorDesk: pinggu, holder: city })).toEqual({ refused: 'HELD_BY_OTHER_DESK' });
  });
});

describe('deskOf', () => {
  it('city and district governments and street offices keep desks; departments and communities do not', () => {
    const u = { id: 'u', jurisdictionPath: '110000000000/' };
    expect(deskOf({ ...u, kind: 'government', level: 'city' })?.level).toBe('city');
    expect(deskOf({ ...u, kind: 'government', level: 'district' })?.level).toBe('district');
    expect(deskOf({ ...u, kind: 'street_office', level: 'street' })?.level).toBe('street');
    expect(deskOf({ ...u, kind: 'department', level: 'district' })).toBeNull();
    expect(deskOf({ ...u, kind: 'community', level: 'community' })).toBeNull();
  });
});
