import { z } from 'zod';
import { DutyRole } from '@onegrid/domain';
import {
  CategoryRef,
  CodeName,
  CodeNameLevel,
  IdName,
  Location,
  UnitRef,
  page,
} from '../../lib/responses.ts';

export const DutyParty = z
  .object({ role: DutyRole, unit: IdName.nullable(), localStreet: z.boolean() })
  .meta({ id: 'DutyParty' });
export const Duty = z
  .object({
    id: z.string(),
    category: CategoryRef,
    region: CodeNameLevel,
    note: z.string().nullable(),
    /** False for entries of a region enclosing the caller's scope (e.g. the district's, seen from a street). */
    editable: z.boolean(),
    /** An entry of an enclosing region (the city's) that a more local entry overrides in the caller's jurisdiction. */
    overridden: z.boolean(),
    parties: z.array(DutyParty),
  })
  .meta({ id: 'Duty' });
export const DutyPage = page(Duty);

export const ResolvedUnit = z
  .object({ unit: UnitRef, via: z.enum(['fixed', 'local_street']) })
  .meta({ id: 'ResolvedUnit' });
export const DutyResolution = z
  .object({
    location: Location,
    category: CategoryRef.extend({ gridSolvable: z.boolean() }),
    duty: z.object({ id: z.string(), region: CodeName }).nullable(),
    source: z.enum(['duty', 'local_fallback', 'district_fallback']),
    lead: ResolvedUnit.nullable(),
    coordinators: z.array(ResolvedUnit),
    assists: z.array(ResolvedUnit),
    explanation: z.string(),
  })
  .meta({ id: 'DutyResolution' });
