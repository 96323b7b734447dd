import { describe, expect, it } from 'vitest';
import { classView } from './access.ts';
import { baseRelation, placeInTerritory, type BaseTerritory, type RelationViewer } from './relation.ts';

const TODAY = '2026-12-06';
const grids: BaseTerritory = { kind: 'grids', grids: new Set(['g1']) };
const street: BaseTerritory = { kind: 'jurisdiction', regions: new Set(['s1', 'c1', 'c2']) };
const at = (
  communityCode: string | null,
  gridCode: string | null = null,
  streetCode: string | null = 's1',
) => ({
  streetCode,
  communityCode,
  gridCode,
});
const viewer = (territory: BaseTerritory): RelationViewer => ({ userId: 'u1', unitId: 'unit1', territory });

describe('how a viewer stands to a base record', () => {
  it.each([
    // [territory, place, in it]
    ['own grid', grids, at('c1', 'g1'), true],
    ['another grid of the same community', grids, at('c1', 'g2'), false],
    ['no grid known: a grid worker does not hold it', grids, at('c1', null), false],
    ['own community', street, at('c2', 'g9'), true],
    ['a community of another street', street, at('c9', 'g1', 's2'), false],
    ['only the street known', street, at(null, null, 's1'), true],
    ['nothing known', street, at(null, null, null), false],
    ['a department holds no territory', { kind: 'none' }, at('c1', 'g1'), false],
  ] as const)('%s', (_name, territory, place, inside) => {
    expect(placeInTerritory(territory, place)).toBe(inside);
    expect(baseRelation(viewer(territory), place, [], TODAY).inJurisdiction).toBe(inside);
  });

  it('a running tag makes its department responsible and its worker assigned; an ended one does not', () => {
    const dept = viewer({ kind: 'none' });
    const running = { responsibleUnitId: 'unit1', assignedUserId: 'u1', endedOn: null };
    expect(baseRelation(dept, at('c1'), [running], TODAY)).toEqual({
      inJurisdiction: false,
      responsibleUnit: true,
      assignedWorker: true,
    });
    const endsLater = { ...running, endedOn: '2026-12-07' };
    expect(baseRelation(dept, at('c1'), [endsLater], TODAY).responsibleUnit).toBe(true);
    const ended = { ...running, endedOn: TODAY };
    expect(baseRelation(dept, at('c1'), [ended], TODAY)).toEqual({
      inJurisdiction: false,
      responsibleUnit: false,
      assignedWorker: false,
    });
    const others = { responsibleUnitId: 'unit2', assignedUserId: 'u2', endedOn: null };
    expect(baseRelation(dept, at('c1'), [others, { ...others, responsibleUnitId: null }], TODAY)).toEqual({
      inJurisdiction: false,
      responsibleUnit: false,
      assignedWorker: false,
    });
  });

  it('with the access table: a grid worker sees their grid in full, not the next grid; the department its tag', () => {
    const gw = { roles: ['grid_worker'] as const, unitKind: 'community' as const };
    const own = baseRelation(viewer(grids), at('c1', 'g1'), [], TODAY);
    const next = baseRelation(viewer(grids), at('c1', 'g2'), [], TODAY);
    expect(classView({ ...gw, roles: [...gw.roles] }, 'P1', own)).toBe('full');
    expect(classView({ ...gw, roles: [...gw.roles] }, 'P1', next)).toBe('hidden');
    const tag = { responsibleUnitId: 'unit1', assignedUserId: null, endedOn: null };
    const dept = baseRelation(viewer({ kind: 'none' }), at('c1', 'g1'), [tag], TODAY);
    expect(classView({ roles: ['handler'], unitKind: 'department' }, 'P3', dept)).toBe('revealable');
  });
});
