/**
 * The grid worker's field data as the phone keeps it: the offline bundle (GET /api/field/bundle, built by the
 * field API) and the visits due. Shapes follow the contract with the server; the bundle is stored in IndexedDB
 * (lib/fieldStore.ts) and read from there, so every field page works without a network.
 */
import type { Schema } from './contract.ts';

export type VisitsDue = Schema<'VisitsDue'>;
export type VisitDue = VisitsDue['items'][number];
export type PatrolLogPage = Schema<'PatrolPage'>;
export type PatrolLogItem = PatrolLogPage['items'][number];

type Position = [number, number];
export type GeoPolygon =
  { type: 'Polygon'; coordinates: Position[][] } | { type: 'MultiPolygon'; coordinates: Position[][][] };
export interface GeoLine {
  type: 'LineString';
  coordinates: Position[];
}

export interface FieldSettingsOut {
  accuracyThresholdM: number;
  trackIntervalS: number;
  trackKeepDays: number;
}

export interface BundleResident {
  personId: string;
  /** masked per privacy class */
  name: string;
  tags: { tagId: string; tag: string | null; level: string | null }[];
  /** where the person lives and the house, when the server sends them: a visit may record a move or a letting */
  residenceId?: string;
  houseId?: string;
}

export interface FieldBundle {
  version: string | number;
  generatedAt: string;
  settings: FieldSettingsOut;
  grids: { code: string; name: string; boundary: GeoPolygon | null }[];
  roads: { id: string; name: string; line: GeoLine | null }[];
  buildings: { id: string; name: string; point: Position | null; footprint: GeoPolygon | null }[];
  keyPlaces: { id: string; kind: 'organisation' | 'address'; name: string; point: Position | null }[];
  households: { addressId: string; label: string; buildingId: string | null; residents: BundleResident[] }[];
  visitsDue: VisitDue[];
  checklists: Record<string, { key: string; zh: string; en: string }[]>;
}

/** The settings the phone uses before its first bundle arrives (the server's defaults, domain FieldSettings). */
export const DEFAULT_SETTINGS: FieldSettingsOut = {
  accuracyThresholdM: 50,
  trackIntervalS: 30,
  trackKeepDays: 30,
};
