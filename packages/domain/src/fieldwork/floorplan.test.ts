import { describe, expect, it } from 'vitest';
import { buildFloorPlan, collectsFloorPlans, floorLevel, nextRoomName } from './floorplan.ts';

const n = (id: string, parentId: string | null, kind: string, name: string, sort = 0) => ({
  id,
  parentId,
  kind,
  name,
  sort,
});

describe('buildFloorPlan', () => {
  it('building → units → floors (top down) → rooms (natural order)', () => {
    const nodes = [
      n('b', null, 'building', '3号楼'),
      n('u2', 'b', 'unit', '2单元', 2),
      n('u1', 'b', 'unit', '1单元', 1),
      n('f1', 'u1', 'floor', '1层', 1),
      n('f10', 'u1', 'floor', '10层', 10),
      n('f2', 'u1', 'floor', '2层', 2),
      n('r1002', 'f10', 'room', '1002'),
      n('r1001', 'f10', 'room', '1001'),
      n('r101', 'f1', 'room', '101'),
      n('r201', 'f2', 'room', '201'),
      n('g1', 'u2', 'floor', '1层', 1),
    ];
    const plan = buildFloorPlan('b', nodes, (id) => ({ id }));
    expect(plan.map((u) => u.name)).toEqual(['1单元', '2单元']);
    expect(plan[0]!.floors.map((f) => f.name)).toEqual(['10层', '2层', '1层']);
    expect(plan[0]!.floors[0]!.rooms.map((r) => r.name)).toEqual(['1001', '1002']);
    expect(plan[0]!.floors[0]!.rooms[0]!.room).toEqual({ id: 'r1001' });
    expect(plan[1]!.floors).toEqual([{ id: 'g1', name: '1层', level: 1, rooms: [] }]);
  });

  it('keeps rooms hung on the building or a unit, with a null unit or floor', () => {
    const nodes = [
      n('b', null, 'building', '院'),
      n('r', 'b', 'room', '正房'),
      n('u', 'b', 'unit', '1单元'),
      n('ru', 'u', 'room', '门卫室'),
      n('stray', 'elsewhere', 'room', 'x'),
    ];
    const plan = buildFloorPlan('b', nodes, () => null);
    const noUnit = plan.find((u) => u.id === null)!;
    expect(noUnit.floors[0]).toMatchObject({ id: null, rooms: [{ id: 'r', name: '正房' }] });
    expect(plan.find((u) => u.id === 'u')!.floors[0]!.rooms.map((r) => r.id)).toEqual(['ru']);
    expect(plan.flatMap((u) => u.floors.flatMap((f) => f.rooms)).some((r) => r.id === 'stray')).toBe(false);
  });
});

describe('floor names and new rooms', () => {
  it('reads storeys, basements included', () => {
    expect(floorLevel('12层')).toBe(12);
    expect(floorLevel('B2')).toBe(-2);
    expect(floorLevel('地下1层')).toBe(-1);
    expect(floorLevel('顶层')).toBeNull();
  });
  it('proposes the next free room number on the floor', () => {
    expect(nextRoomName('12层', ['1201', '1202'])).toBe('1203');
    expect(nextRoomName('3层', ['302'])).toBe('301');
    expect(nextRoomName(null, ['01'])).toBe('02');
  });
});

describe('who collects on a floor plan', () => {
  it('grid workers and community or street staff; not administrators, the district or departments', () => {
    expect(collectsFloorPlans({ roles: ['grid_worker'], unitKind: 'community' })).toBe(true);
    expect(collectsFloorPlans({ roles: ['street_lead'], unitKind: 'community' })).toBe(true);
    expect(collectsFloorPlans({ roles: ['handler'], unitKind: 'street_office' })).toBe(true);
    expect(collectsFloorPlans({ roles: ['admin'], unitKind: 'street_office' })).toBe(false);
    expect(collectsFloorPlans({ roles: ['supervisor'], unitKind: 'government' })).toBe(false);
    expect(collectsFloorPlans({ roles: ['handler'], unitKind: 'department' })).toBe(false);
  });
});
