import { describe, expect, it } from 'vitest';
import { CaseAction } from '../case/lifecycle.ts';
import {
  decideForward,
  decideSendBack,
  DESK_ACTIONS,
  deskOf,
  deskRefusal,
  isDeskAction,
  type Desk,
} from './forwarding.ts';

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

describe('deskRefusal', () => {
  const held = { refused: 'HELD_BY_OTHER_DESK' };
  const bound = [
    'dispatch',
    'void',
    'merge',
    'close_direct',
    'suspend',
    'resume',
    'approve_extension',
    'reject_extension',
  ];
  // every action of the state machine: the desk-level ones are bound to the holding desk, the rest never are
  const actions = CaseAction.options.map((a) => [a, bound.includes(a)] as const);

  it('lists exactly the desk-level actions', () => {
    expect([...DESK_ACTIONS].sort()).toEqual([...bound].sort());
    expect(CaseAction.options.filter(isDeskAction).sort()).toEqual([...bound].sort());
  });

  // actor desk × holder desk → refused when the action is desk-level
  const desks: [string, Desk | null, Desk | null, boolean][] = [
    ['never forwarded, the city', city, null, false],
    ['never forwarded, a district', pinggu, null, false],
    ['never forwarded, a caller keeping no desk', null, null, false],
    ['the holding district itself', pinggu, pinggu, false],
    ['the city above that forwarded it down', city, pinggu, true],
    ['the district above a street holding it', pinggu, binhe, true],
    ['another district, sideways', dongcheng, pinggu, true],
    ['another street, sideways', xinggu, binhe, true],
    ['a caller keeping no desk', null, pinggu, true],
    ['sent back up: the city holds it again', city, city, false],
    ['sent back up: the district that sent it', pinggu, city, true],
  ];
  describe.each(desks)('%s', (_, actorDesk, holder, refusedIfDesk) => {
    it.each(actions)('%s', (action, isDesk) => {
      const out = deskRefusal(action, { actorDesk, holder, status: 'registered' });
      expect(out).toEqual(isDesk && refusedIfDesk ? held : null);
    });
  });

  // 争议件: returned twice, the case is the district's to arbitrate even when a street holds it
  const arbitration: [string, Desk | null, Desk, boolean][] = [
    ['the district above the street holding it', pinggu, binhe, false],
    ['the city above the street holding it', city, binhe, false],
    ['the street holding it', binhe, binhe, false],
    ['another street, sideways', xinggu, binhe, true],
    ['another district, not above it', dongcheng, binhe, true],
    ['a street below the district holding it', binhe, pinggu, true],
    ['a caller keeping no desk', null, binhe, true],
  ];
  it.each(arbitration)('in arbitration: %s', (_, actorDesk, holder, refused) => {
    expect(deskRefusal('dispatch', { actorDesk, holder, status: 'arbitration' })).toEqual(
      refused ? held : null,
    );
    // the same desks outside arbitration: only the holder
    expect(deskRefusal('dispatch', { actorDesk, holder, status: 'returned' })).toEqual(
      actorDesk?.unitId === holder.unitId ? null : held,
    );
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
