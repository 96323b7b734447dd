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

type ForwardIn = Parameters<typeof decideForward>[0];
type SendBackIn = Parameters<typeof decideSendBack>[0];

describe('decideForward', () => {
  // the city centre holds a registered case of the place until it moves it
  const at = (actorDesk: Desk | null, holder: Desk | null, target: Desk): ForwardIn => ({
    roles: dispatcher,
    actorDesk,
    holder,
    casePath: place,
    status: 'registered',
    target,
  });

  it.each<[string, ForwardIn, Desk]>([
    ['the city centre to the district that holds the place', at(city, null, pinggu), pinggu],
    ['the city centre straight to the street (直派街乡)', at(city, null, binhe), binhe],
    ['the district down to its street once the case sits at its desk', at(pinggu, pinggu, binhe), binhe],
  ])('forwards: %s', (_, input, to) => {
    expect(decideForward(input)).toEqual({ to });
  });

  it.each<[string, ForwardIn, string]>([
    [
      'a target whose jurisdiction misses the place: another district',
      at(city, null, dongcheng),
      'OUTSIDE_TARGET',
    ],
    [
      'a target whose jurisdiction misses the place: another street',
      at(pinggu, null, xinggu),
      'OUTSIDE_TARGET',
    ],
    [
      'sideways: a street to another street',
      { ...at(binhe, binhe, xinggu), roles: ['street_lead'] },
      'NOT_BELOW',
    ],
    ['up: a district to the city', at(pinggu, pinggu, city), 'NOT_BELOW'],
    [
      'a desk the case was moved away from (forwarded to Pinggu)',
      at(city, pinggu, binhe),
      'NOT_AT_YOUR_DESK',
    ],
    ['a district for a never-moved case outside it', at(dongcheng, null, binhe), 'NOT_AT_YOUR_DESK'],
    [
      'a case already with a handling unit',
      { ...at(city, null, pinggu), status: 'dispatched' },
      'NOT_AT_A_DESK',
    ],
    ['a closed case', { ...at(city, null, pinggu), status: 'closed' }, 'NOT_AT_A_DESK'],
    [
      'a caller without a desk role',
      { ...at(city, null, pinggu), roles: ['handler', 'operator'] },
      'NOT_A_DESK',
    ],
    ['a caller whose unit keeps no desk', at(null, null, pinggu), 'NOT_A_DESK'],
  ])('refuses %s', (_, input, refused) => {
    expect(decideForward(input)).toEqual({ refused });
  });
});

describe('decideSendBack', () => {
  const at = (
    actorDesk: Desk,
    holder: Desk | null,
    forwardedFrom: Desk | null,
    deskAbove: Desk | null,
  ): SendBackIn => ({
    roles: dispatcher,
    casePath: place,
    status: 'registered',
    actorDesk,
    holder,
    forwardedFrom,
    deskAbove,
  });

  it.each<[string, SendBackIn, Desk]>([
    [
      'a street’s case to the district that forwarded it',
      { ...at(binhe, binhe, pinggu, pinggu), roles: ['street_lead'] },
      pinggu,
    ],
    ['to the city when the city forwarded it straight to the street', at(binhe, binhe, city, pinggu), city],
    ['a district’s case to the city', at(pinggu, pinggu, city, city), city],
    ['a never-forwarded case to the desk above by jurisdiction', at(binhe, null, null, pinggu), pinggu],
    ['a returned case at the desk, up too', { ...at(pinggu, pinggu, city, city), status: 'returned' }, city],
  ])('sends back %s', (_, input, to) => {
    expect(decideSendBack(input)).toEqual({ to });
  });

  it.each<[string, SendBackIn, string]>([
    ['the city (nothing above)', at(city, null, null, null), 'TOP_DESK'],
    ['a desk not holding the case', at(xinggu, binhe, pinggu, pinggu), 'NOT_AT_YOUR_DESK'],
    ['a case with a handler', { ...at(binhe, binhe, pinggu, pinggu), status: 'dispatched' }, 'NOT_AT_A_DESK'],
    ['when no desk above is known', at(binhe, binhe, null, null), 'NO_DESK_ABOVE'],
    ['when the desk given is not above', at(binhe, binhe, null, dongcheng), 'NO_DESK_ABOVE'],
  ])('refuses %s', (_, input, refused) => {
    expect(decideSendBack(input)).toEqual({ refused });
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
