/**
 * 楼盘表 (a building's floor plan): building → units → floors → rooms, from the standard-address nodes under the
 * building. Buildings without units (villages' courtyards, small blocks) or rooms hung directly on a unit or the
 * building are kept: their unit or floor is null. Pure: the server loads the nodes and the facts of each room.
 */
import type { Role, UnitKind } from '../governance.ts';

/**
 * Who opens a building's 楼盘表 and collects on it: grid workers (their own grids: the base data's 'grids'
 * territory) and the staff of a community or street office (their jurisdiction), not administrators (三权分立),
 * not the district centre or departments (they read the base data through its lists, not door to door).
 */
export function collectsFloorPlans(v: { roles: readonly Role[]; unitKind: UnitKind }): boolean {
  if (v.roles.includes('grid_worker')) return true;
  if (v.unitKind !== 'street_office' && v.unitKind !== 'community') return false;
  return v.roles.some((r) => r === 'street_lead' || r === 'handler' || r === 'dispatcher');
}

export interface PlanNodeIn {
  id: string;
  parentId: string | null;
  /** 'building' | 'unit' | 'floor' | 'room' (other kinds are ignored) */
  kind: string;
  name: string;
  sort: number;
}

export interface PlanRoom<R> {
  id: string;
  name: string;
  room: R;
}
export interface PlanFloor<R> {
  /** null: rooms not on a floor node */
  id: string | null;
  name: string | null;
  /** the storey number where the name says it (12层 → 12), for ordering */
  level: number | null;
  rooms: PlanRoom<R>[];
}
export interface PlanUnit<R> {
  /** null: floors and rooms hung directly on the building */
  id: string | null;
  name: string | null;
  floors: PlanFloor<R>[];
}

/** The storey a floor's name states ("12层", "B1", "-1"), or null. */
export function floorLevel(name: string): number | null {
  const basement = /^(?:B|地下|负|-)\s*(\d+)/i.exec(name.trim());
  if (basement) return -Number(basement[1]);
  const m = /^(\d+)/.exec(name.trim());
  return m ? Number(m[1]) : null;
}

/** Natural order of names: "2单元" before "10单元", "902" before "1001". */
export function naturalCompare(a: string, b: string): number {
  return a.localeCompare(b, 'zh-CN', { numeric: true });
}

/**
 * The plan of the building `buildingId` from its subtree's nodes; `roomOf` gives each room's facts. Units by their
 * sort then name; floors from the top down (as a 楼盘表 is drawn); rooms by name.
 */
export function buildFloorPlan<R>(
  buildingId: string,
  nodes: readonly PlanNodeIn[],
  roomOf: (roomId: string) => R,
): PlanUnit<R>[] {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const units = new Map<string | null, PlanUnit<R>>();
  const floors = new Map<string, PlanFloor<R>>();
  const unitOf = (id: string | null, name: string | null) => {
    let u = units.get(id);
    if (!u) units.set(id, (u = { id, name, floors: [] }));
    return u;
  };
  const floorIn = (u: PlanUnit<R>, f: PlanNodeIn | null) => {
    const key = `${u.id ?? '-'}:${f?.id ?? '-'}`;
    let fl = floors.get(key);
    if (!fl) {
      fl = { id: f?.id ?? null, name: f?.name ?? null, level: f ? floorLevel(f.name) : null, rooms: [] };
      floors.set(key, fl);
      u.floors.push(fl);
    }
    return fl;
  };
  for (const n of nodes) {
    if (n.kind === 'unit' && n.parentId === buildingId) unitOf(n.id, n.name);
  }
  for (const n of nodes) {
    if (n.kind === 'floor') {
      const parent = n.parentId ? byId.get(n.parentId) : undefined;
      const u = parent?.kind === 'unit' ? unitOf(parent.id, parent.name) : unitOf(null, null);
      floorIn(u, n);
    }
  }
  for (const n of nodes) {
    if (n.kind !== 'room') continue;
    const parent = n.parentId ? byId.get(n.parentId) : undefined;
    let floor: PlanNodeIn | null = null;
    let unit: PlanNodeIn | null = null;
    if (parent?.kind === 'floor') {
      floor = parent;
      const up = parent.parentId ? byId.get(parent.parentId) : undefined;
      unit = up?.kind === 'unit' ? up : null;
    } else if (parent?.kind === 'unit') unit = parent;
    else if (parent?.id !== buildingId) continue; // not of this building
    const u = unitOf(unit?.id ?? null, unit?.name ?? null);
    floorIn(u, floor).rooms.push({ id: n.id, name: n.name, room: roomOf(n.id) });
  }
  const sortOf = (id: string | null) => (id ? (byId.get(id)?.sort ?? 0) : -1);
  const out = [...units.values()].sort(
    (a, b) => sortOf(a.id) - sortOf(b.id) || naturalCompare(a.name ?? '', b.name ?? ''),
  );
  for (const u of out) {
    u.floors.sort(
      (a, b) => (b.level ?? -1e9) - (a.level ?? -1e9) || naturalCompare(b.name ?? '', a.name ?? ''),
    );
    for (const f of u.floors) f.rooms.sort((a, b) => naturalCompare(a.name, b.name));
  }
  return out;
}

/** A name for a new room on a floor: the floor's number and the next free two-digit number ("12" + "05"). */
export function nextRoomName(floorName: string | null, existing: readonly string[]): string {
  const level = floorName ? floorLevel(floorName) : null;
  const prefix = level !== null && level > 0 ? String(level) : '';
  for (let n = 1; n < 1000; n++) {
    const name = `${prefix}${String(n).padStart(2, '0')}`;
    if (!existing.includes(name)) return name;
  }
  return `${prefix}${existing.length + 1}`;
}
