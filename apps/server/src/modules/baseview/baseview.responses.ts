import { CaseStatus, HazardLevel, HouseUse, RentalUse, TagType } from '@onegrid/domain';
import { z } from 'zod';

const CategoryRef = z.object({ code: z.string(), nameZh: z.string(), nameEn: z.string() });

export const CallerLookup = z
  .object({
    persons: z.array(
      z.object({
        id: z.string(),
        name: z.string(),
        nameMasked: z.boolean(),
        house: z
          .object({
            id: z.string(),
            addressId: z.string(),
            address: z.string(),
            lon: z.number().nullable(),
            lat: z.number().nullable(),
            gridCode: z.string().nullable(),
          })
          .nullable(),
      }),
    ),
    cases: z.array(
      z.object({
        id: z.string(),
        createdAt: z.string(),
        title: z.string(),
        status: CaseStatus,
        category: CategoryRef.nullable(),
        address: z.string().nullable(),
      }),
    ),
  })
  .meta({ id: 'CallerLookup' });

export const KeyUnit = z
  .object({
    id: z.string(),
    name: z.string(),
    kind: z.enum(['unit', 'place']),
    address: z.string().nullable(),
    keyFire: z.boolean(),
    keyPublicOrder: z.boolean(),
    keyWorkSafety: z.boolean(),
    openHazards: z.number(),
    seriousHazards: z.number(),
    distanceM: z.number().nullable(),
  })
  .meta({ id: 'BaseKeyUnit' });

const HouseholdFields = {
  houseId: z.string(),
  buildingId: z.string(),
  address: z.string().nullable(),
  careMasked: z.boolean(),
  care: z.array(TagType),
  special: z.array(TagType),
};
export const TaggedHousehold = z.object(HouseholdFields).meta({ id: 'BaseTaggedHousehold' });

export const PlaceFacts = z
  .object({
    place: z
      .object({
        buildingId: z.string(),
        name: z.string(),
        distanceM: z.number(),
        matchedBy: z.enum(['address', 'point']),
      })
      .nullable(),
    keyUnits: z.array(KeyUnit),
    rentals: z
      .object({
        total: z.number(),
        withHazard: z.array(
          z.object({
            address: z.string().nullable(),
            use: RentalUse,
            hazard: HazardLevel,
            occupantLimit: z.number().nullable(),
            occupantActual: z.number().nullable(),
          }),
        ),
      })
      .nullable(),
    households: z.array(TaggedHousehold),
  })
  .meta({ id: 'PlaceFacts' });

export const WhistleNearby = z
  .object({
    center: z.object({ lon: z.number(), lat: z.number() }).nullable(),
    radiusM: z.number(),
    keyUnits: z.array(KeyUnit),
    households: z.array(
      z
        .object({ ...HouseholdFields, building: z.string(), distanceM: z.number() })
        .meta({ id: 'BaseNearbyHousehold' }),
    ),
  })
  .meta({ id: 'WhistleNearby' });

export const BaseCounts = z
  .object({
    scope: z.object({
      kind: z.enum(['region', 'grid']),
      code: z.string(),
      name: z.string(),
      level: z.string(),
    }),
    population: z.object({
      total: z.number(),
      registered: z.number(),
      floating: z.number(),
      unsettled: z.number(),
      overseas: z.number(),
    }),
    households: z.number(),
    houses: z.object({ total: z.number(), dangerous: z.number(), byUse: z.record(HouseUse, z.number()) }),
    rentals: z.object({ total: z.number(), serious: z.number(), general: z.number() }),
    organisations: z.object({
      total: z.number(),
      units: z.number(),
      places: z.number(),
      keyAny: z.number(),
      keyFire: z.number(),
      keyPublicOrder: z.number(),
      keyWorkSafety: z.number(),
    }),
    tags: z.array(
      z.object({
        tag: TagType,
        group: z.enum(['care', 'special']),
        count: z.number(),
        scope: z.enum(['all', 'own']),
      }),
    ),
  })
  .meta({ id: 'BaseCounts' });

export const BasePopulation = z
  .object({ items: z.array(z.object({ code: z.string(), population: z.number(), households: z.number() })) })
  .meta({ id: 'BasePopulation' });
