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
export type GeoLine =
  { type: 'LineString'; coordinates: Position[] } | { type: 'MultiLineString'; coordinates: Position[][] };

export interface FieldSettingsOut {
  accuracyThresholdM: number;
  trackIntervalS: number;
  trackKeepDays: number;
}

export interface BundleResident {
  personId: string;
  /** masked per privacy class */
  name: string;
  tags: { tagId: string; class?: string; tag: string | null; level: string | null; checklist?: string }[];
  /** the person's residence here: a visit may record that they moved out */
  residenceId?: string;
}

export interface FieldBundle {
  version: string | number;
  generatedAt: string;
  settings: FieldSettingsOut;
  grids: { code: string; name: string; boundary: GeoPolygon | null }[];
  roads: { id: string; name: string; line: GeoLine | null }[];
  buildings: { id: string; name: string; point: Position | null; footprint: GeoPolygon | null }[];
  keyPlaces: { id: string; kind: 'organisation' | 'address'; name: string; point: Position | null }[];
  households: {
    addressId: string;
    /** the house: a visit may record that it is now rented */
    houseId?: string;
    label: string;
    buildingId: string | null;
    residents: BundleResident[];
  }[];
  visitsDue: VisitDue[];
  /** per tag type, per class ('P2', 'P3': a tag shown by class only) and 'general' (a visit not for a tag) */
  checklists: Record<string, { key: string; zh: string; en: string }[]>;
}

/** The settings the phone uses before its first bundle arrives (the server's defaults, domain FieldSettings). */
export const DEFAULT_SETTINGS: FieldSettingsOut = {
  accuracyThresholdM: 50,
  trackIntervalS: 30,
  trackKeepDays: 30,
};
