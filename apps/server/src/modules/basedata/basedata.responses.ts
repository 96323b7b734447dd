import { z } from 'zod';
import {
  HazardLevel,
  HouseUse,
  HukouStatus,
  ManagementClass,
  OrganisationKind,
  PopulationType,
  RentalUse,
  SourceState,
  TagType,
} from '@onegrid/domain';
import { Day, IdName, InstantText, page } from '../../lib/responses.ts';

/** What the viewer may see of a field (domain classView): masked and revealable fields come masked. */
export const FieldView = z.enum(['hidden', 'masked', 'revealable', 'full']).meta({ id: 'BaseFieldView' });
export const PrivacyClassZ = z.enum(['P0', 'P1', 'P2', 'P3']);

const Source = {
  sourceState: SourceState,
  stateAt: InstantText,
  stateBy: z.string().nullable(),
  version: z.number().int(),
};

export const PersonTagView = z
  .object({
    id: z.string(),
    class: PrivacyClassZ,
    /** null while masked (a care group or special population without which one) */
    tag: TagType.nullable(),
    level: z.string().nullable(),
    startedOn: Day.nullable(),
    endedOn: Day.nullable(),
    responsibleUnit: IdName.nullable(),
    assignedUser: IdName.nullable(),
    view: FieldView,
    sourceState: SourceState,
    version: z.number().int(),
  })
  .meta({ id: 'PersonTagView' });

export const PersonRow = z
  .object({
    id: z.string(),
    /** masked in lists (张*) */
    name: z.string().nullable(),
    idNumber: z.string().nullable(),
    phone: z.string().nullable(),
    gender: z.enum(['male', 'female']).nullable(),
    age: z.number().int().nullable(),
    streetCode: z.string().nullable(),
    communityCode: z.string().nullable(),
    communityName: z.string().nullable(),
    gridCode: z.string().nullable(),
    gridName: z.string().nullable(),
    populationType: PopulationType.nullable(),
    sourceState: SourceState,
    version: z.number().int(),
    tags: z.array(z.object({ class: PrivacyClassZ, tag: TagType.nullable() })),
  })
  .meta({ id: 'PersonRow' });
export const PersonPage = page(PersonRow).meta({ id: 'PersonPage' });

export const ResidenceView = z
  .object({
    id: z.string(),
    houseId: z.string(),
    address: z.string(),
    populationType: PopulationType,
    hukouStatus: HukouStatus,
    householdNo: z.string().nullable(),
    relationToHead: z.string().nullable(),
    movedIn: Day.nullable(),
    movedOut: Day.nullable(),
    communityCode: z.string(),
    gridCode: z.string().nullable(),
    ...Source,
  })
  .meta({ id: 'ResidenceView' });

export const PersonDetail = z
  .object({
    id: z.string(),
    name: z.string().nullable(),
    idType: z.string(),
    idNumber: z.string().nullable(),
    phone: z.string().nullable(),
    gender: z.enum(['male', 'female']).nullable(),
    birthDate: Day.nullable(),
    age: z.number().int().nullable(),
    ethnicity: z.string().nullable(),
    hukouAddress: z.string().nullable(),
    deceased: z.boolean(),
    streetCode: z.string().nullable(),
    communityCode: z.string().nullable(),
    communityName: z.string().nullable(),
    gridCode: z.string().nullable(),
    ...Source,
    /** The viewer may change the record (territorial staff who see its place in full). */
    mayWrite: z.boolean(),
    /** The view of each field: the client offers "reveal" where it is `revealable`. */
    views: z.record(z.string(), FieldView),
    tags: z.array(PersonTagView),
    residences: z.array(ResidenceView),
    employments: z.array(
      z.object({ organisation: IdName, position: z.string().nullable(), since: Day.nullable() }),
    ),
  })
  .meta({ id: 'PersonDetail' });

export const PersonRevealed = z
  .object({
    name: z.string().nullable().optional(),
    idNumber: z.string().nullable().optional(),
    phone: z.string().nullable().optional(),
    tags: z.array(PersonTagView.extend({ details: z.record(z.string(), z.unknown()) })).optional(),
  })
  .meta({ id: 'PersonRevealed' });

export const BaseHistory = z
  .object({
    items: z.array(
      z.object({
        version: z.number().int(),
        at: InstantText,
        actor: z.string().nullable(),
        reason: z.string().nullable(),
        /** Columns changed; values of personal columns are not sent. */
        fields: z.array(z.string()),
        before: z.record(z.string(), z.unknown()).nullable(),
        after: z.record(z.string(), z.unknown()).nullable(),
      }),
    ),
  })
  .meta({ id: 'BaseHistory' });

export const Created = z.object({ id: z.string(), version: z.number().int() });

export const HouseView = z
  .object({
    id: z.string(),
    addressId: z.string(),
    address: z.string(),
    use: HouseUse,
    area: z.number().nullable(),
    builtYear: z.number().int().nullable(),
    dangerous: z.boolean(),
    streetCode: z.string(),
    communityCode: z.string(),
    gridCode: z.string().nullable(),
    residents: z.number().int(),
    rental: z
      .object({
        id: z.string(),
        use: RentalUse,
        filingNo: z.string().nullable(),
        rooms: z.number().int().nullable(),
        occupantLimit: z.number().int().nullable(),
        occupantActual: z.number().int().nullable(),
        hazard: HazardLevel,
        managementClass: ManagementClass,
        lessor: z.string().nullable(),
        sourceState: SourceState,
        version: z.number().int(),
      })
      .nullable(),
    ...Source,
  })
  .meta({ id: 'HouseView' });
export const HousePage = page(HouseView).meta({ id: 'HousePage' });

export const OrgHazardView = z.object({
  id: z.string(),
  foundOn: Day,
  description: z.string(),
  level: z.enum(['serious', 'general']),
  rectifyBy: Day.nullable(),
  rectifiedOn: Day.nullable(),
  rectification: z.string().nullable(),
});
export const OrganisationView = z
  .object({
    id: z.string(),
    kind: OrganisationKind,
    typeCode: z.string(),
    name: z.string(),
    creditCode: z.string().nullable(),
    legalRep: z.object({ id: z.string(), name: z.string().nullable() }).nullable(),
    addressId: z.string().nullable(),
    addressText: z.string().nullable(),
    streetCode: z.string(),
    communityCode: z.string().nullable(),
    gridCode: z.string().nullable(),
    keyFire: z.boolean(),
    keyPublicOrder: z.boolean(),
    keyWorkSafety: z.boolean(),
    employeeCount: z.number().int().nullable(),
    openHazards: z.number().int(),
    hazards: z.array(OrgHazardView).optional(),
    employees: z
      .array(z.object({ personId: z.string(), name: z.string().nullable(), position: z.string().nullable() }))
      .optional(),
    ...Source,
  })
  .meta({ id: 'OrganisationView' });
export const OrganisationPage = page(OrganisationView).meta({ id: 'OrganisationPage' });

export const PersonImportResult = z
  .object({
    rows: z.number().int(),
    created: z.number().int(),
    matched: z.number().int(),
    tags: z.number().int().optional(),
  })
  .meta({ id: 'PersonImportResult' });
