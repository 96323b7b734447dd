import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  AGE_BAND_KEYS,
  Gender,
  HazardLevel,
  HouseUse,
  HukouStatus,
  IdType,
  ManagementClass,
  OrganisationKind,
  PopulationType,
  RentalUse,
  SourceState,
  TagType,
  type NamedAgeBand,
} from '@onegrid/domain';
import type { AppContext } from '../../lib/context.ts';
import { AppError, invalid } from '../../lib/errors.ts';
import { pickLang } from '../../lib/i18n.ts';
import { Paging } from '../../lib/paging.ts';
import { fileResponse } from '../../lib/responses.ts';
import { actorOf } from '../auth/auth.plugin.ts';
import { contentDisposition, type Upload } from '../transfer/public.ts';
import {
  BaseHistory,
  Created,
  HousePage,
  HouseView,
  OrganisationPage,
  OrganisationView,
  PersonDetail,
  PersonImportResult,
  PersonPage,
  PersonRevealed,
} from './basedata.responses.ts';
import * as imports from './import.service.ts';
import { exportPersons } from './persons.export.ts';
import * as persons from './persons.service.ts';
import * as records from './records.service.ts';
import { sendOnce } from './once.ts';

const Id = z.object({ id: z.guid() });
const Day = z.iso.date();
const Text = (max: number) => z.string().trim().min(1).max(max);
const Version = z.object({ version: z.number().int().min(1) });
const Code12 = z.string().regex(/^\d{12}$/);
const GridCode = z.string().regex(/^\d{12,20}$/);
const Bool = z.enum(['true', 'false']).transform((v) => v === 'true');

const Residence = z.object({
  houseId: z.guid(),
  populationType: PopulationType,
  hukouStatus: HukouStatus.optional(),
  householdNo: z.string().trim().max(30).optional(),
  relationToHead: z.string().trim().max(20).optional(),
  movedIn: Day.optional(),
});
const PersonCreate = z.object({
  name: Text(50),
  idType: IdType.optional(),
  idNumber: z.string().trim().min(1).max(40).optional(),
  gender: Gender.optional(),
  birthDate: Day.optional(),
  ethnicity: z.string().trim().max(20).optional(),
  phone: z
    .string()
    .trim()
    .regex(/^[+\d][\d\s-]{5,19}$/)
    .optional(),
  hukouAddress: z.string().trim().max(200).optional(),
  communityCode: Code12.optional(),
  gridCode: GridCode.optional(),
  residence: Residence.optional(),
});
const PersonPatch = Version.extend({
  name: Text(50).optional(),
  gender: Gender.optional(),
  birthDate: Day.optional(),
  ethnicity: z.string().trim().max(20).nullable().optional(),
  phone: z
    .string()
    .trim()
    .regex(/^[+\d][\d\s-]{5,19}$/)
    .nullable()
    .optional(),
  hukouAddress: z.string().trim().max(200).nullable().optional(),
  deceased: z.boolean().optional(),
  reason: z.string().trim().max(200).optional(),
});
const PersonQuery = Paging.extend({
  communityCode: Code12.optional(),
  gridCode: GridCode.optional(),
  populationType: PopulationType.optional(),
  tag: TagType.optional(),
  ageBand: z.enum(AGE_BAND_KEYS as [NamedAgeBand, ...NamedAgeBand[]]).optional(),
  sourceState: SourceState.optional(),
  name: z.string().trim().max(50).optional(),
});
const Lookup = z
  .object({
    idNumber: z.string().trim().min(1).max(40).optional(),
    phone: z.string().trim().min(5).max(20).optional(),
  })
  .refine((b) => !!b.idNumber !== !!b.phone, { message: 'required', path: ['idNumber'] });
const Reveal = z.object({
  fields: z
    .array(z.enum(['name', 'idNumber', 'phone', 'tags']))
    .min(1)
    .max(4),
  reason: z.string().trim().min(2).max(200),
});
const Move = Residence.omit({ movedIn: true }).extend({
  version: z.number().int().min(1),
  movedOn: Day.optional(),
});
const TagCreate = z.object({
  tag: TagType,
  level: z.string().max(20).nullable().optional(),
  startedOn: Day.optional(),
  responsibleUnitId: z.uuid().nullable().optional(),
  assignedUserId: z.uuid().nullable().optional(),
  details: z.record(z.string(), z.union([z.string().max(500), z.number(), z.boolean()])).optional(),
});
const TagPatch = Version.extend({
  level: z.string().max(20).nullable().optional(),
  endedOn: Day.nullable().optional(),
  responsibleUnitId: z.uuid().nullable().optional(),
  assignedUserId: z.uuid().nullable().optional(),
});
const HouseFields = z.object({
  use: HouseUse.optional(),
  area: z.number().min(0).max(1_000_000).nullable().optional(),
  builtYear: z.number().int().min(1800).max(2100).nullable().optional(),
  dangerous: z.boolean().optional(),
});
const HouseQuery = Paging.extend({
  communityCode: Code12.optional(),
  gridCode: GridCode.optional(),
  use: HouseUse.optional(),
  rental: Bool.optional(),
  hazard: HazardLevel.optional(),
});
const RentalPut = z.object({
  version: z.number().int().min(1).optional(),
  use: RentalUse,
  lessorPersonId: z.uuid().nullable().optional(),
  lessorOrgId: z.uuid().nullable().optional(),
  filingNo: z.string().trim().max(40).nullable().optional(),
  rooms: z.number().int().min(0).max(10_000).nullable().optional(),
  occupantLimit: z.number().int().min(0).max(100_000).nullable().optional(),
  occupantActual: z.number().int().min(0).max(100_000).nullable().optional(),
  hazard: HazardLevel.optional(),
  managementClass: ManagementClass.optional(),
});
const OrgFields = z.object({
  kind: OrganisationKind,
  typeCode: z.string().trim().min(1).max(20),
  name: Text(100),
  creditCode: z
    .string()
    .trim()
    .regex(/^[0-9A-HJ-NPQRTUWXY]{18}$/)
    .nullable()
    .optional(),
  legalRepId: z.uuid().nullable().optional(),
  addressText: z.string().trim().max(200).nullable().optional(),
  keyFire: z.boolean().optional(),
  keyPublicOrder: z.boolean().optional(),
  keyWorkSafety: z.boolean().optional(),
  employeeCount: z.number().int().min(0).max(1_000_000).nullable().optional(),
});
const OrgCreate = OrgFields.extend({
  addressId: z.guid().nullable().optional(),
  communityCode: Code12.optional(),
  gridCode: GridCode.nullable().optional(),
});
const OrgQuery = Paging.extend({
  kind: OrganisationKind.optional(),
  communityCode: Code12.optional(),
  gridCode: GridCode.optional(),
  keyUnit: Bool.optional(),
  openHazards: Bool.optional(),
  q: z.string().trim().max(50).optional(),
});
const Hazard = z.object({
  foundOn: Day,
  description: Text(500),
  level: z.enum(['serious', 'general']),
  rectifyBy: Day.nullable().optional(),
});
const Rectify = z.object({ rectifiedOn: Day, rectification: Text(500) });
const Employee = z.object({
  personId: z.uuid(),
  position: z.string().trim().max(50).nullable().optional(),
  since: Day.nullable().optional(),
});

async function readUpload(req: FastifyRequest): Promise<Upload> {
  if (!req.isMultipart()) throw new AppError('UNSUPPORTED_MEDIA_TYPE');
  const part = await req.file();
  if (!part || part.fieldname !== 'file') throw invalid([{ path: 'file', key: 'multipart_file' }]);
  return { filename: part.filename, data: await part.toBuffer() };
}
const langOf = (req: FastifyRequest) => pickLang(req.headers['accept-language'], req.cookies.og_lang);

/** 一标三实: persons, residences, tags, houses, rentals, organisations and the population-list import (issue 10). */
export async function basedataRoutes(app: FastifyInstance, { ctx }: { ctx: AppContext }): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['basedata'];

  // ---- persons ----
  r.get(
    '/basedata/persons',
    { schema: { tags, querystring: PersonQuery, response: { 200: PersonPage } } },
    async (req) => persons.listPersons(ctx, actorOf(req), req.query),
  );
  r.get(
    '/basedata/persons/export.xlsx',
    {
      schema: {
        tags,
        description:
          'The persons list under its filters as a workbook, masked as the viewer sees it (audited).',
        querystring: PersonQuery.omit({ page: true, pageSize: true }),
        response: {
          200: fileResponse(
            'The persons list (attachment)',
            'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
          ),
        },
      },
    },
    async (req, reply) => {
      const file = await exportPersons(ctx, actorOf(req), req.query, langOf(req));
      return reply
        .header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .header('content-disposition', contentDisposition('persons.xlsx', file.name))
        .header('cache-control', 'no-store')
        .send(file.body);
    },
  );
  r.post(
    '/basedata/persons/lookup',
    { schema: { tags, body: Lookup, response: { 200: PersonPage } } },
    async (req) => persons.lookupPersons(ctx, actorOf(req), req.body),
  );
  r.post(
    '/basedata/persons',
    { schema: { tags, body: PersonCreate, response: { 201: Created } } },
    async (req, reply) =>
      reply.send(
        await sendOnce(ctx, req, reply, 201, (c) => persons.createPerson(c, actorOf(req), req.body)),
      ),
  );
  r.get(
    '/basedata/persons/:id',
    { schema: { tags, params: Id, response: { 200: PersonDetail } } },
    async (req) => persons.getPerson(ctx, actorOf(req), req.params.id),
  );
  r.patch(
    '/basedata/persons/:id',
    { schema: { tags, params: Id, body: PersonPatch, response: { 200: Created } } },
    async (req) => persons.updatePerson(ctx, actorOf(req), req.params.id, req.body),
  );
  r.post(
    '/basedata/persons/:id/move',
    { schema: { tags, params: Id, body: Move, response: { 200: Created } } },
    async (req) => persons.movePerson(ctx, actorOf(req), req.params.id, req.body),
  );
  r.post(
    '/basedata/persons/:id/verify',
    { schema: { tags, params: Id, body: Version, response: { 200: Created } } },
    async (req, reply) =>
      sendOnce(ctx, req, reply, 200, (c) =>
        persons.verifyPerson(c, actorOf(req), req.params.id, req.body.version),
      ),
  );
  r.post(
    '/basedata/persons/:id/reveal',
    { schema: { tags, params: Id, body: Reveal, response: { 200: PersonRevealed } } },
    async (req) => persons.revealPerson(ctx, actorOf(req), req.params.id, req.body.fields, req.body.reason),
  );
  r.get(
    '/basedata/persons/:id/history',
    { schema: { tags, params: Id, response: { 200: BaseHistory } } },
    async (req) => persons.personHistory(ctx, actorOf(req), req.params.id),
  );
  r.post(
    '/basedata/persons/:id/tags',
    { schema: { tags, params: Id, body: TagCreate, response: { 201: Created } } },
    async (req, reply) =>
      reply.status(201).send(await records.addTag(ctx, actorOf(req), req.params.id, req.body)),
  );
  r.patch(
    '/basedata/tags/:id',
    { schema: { tags, params: Id, body: TagPatch, response: { 200: Created } } },
    async (req) => records.updateTag(ctx, actorOf(req), req.params.id, req.body),
  );

  // ---- houses and rentals ----
  r.get(
    '/basedata/houses',
    { schema: { tags, querystring: HouseQuery, response: { 200: HousePage } } },
    async (req) => records.listHouses(ctx, actorOf(req), req.query),
  );
  r.get('/basedata/houses/:id', { schema: { tags, params: Id, response: { 200: HouseView } } }, async (req) =>
    records.getHouse(ctx, actorOf(req), req.params.id),
  );
  r.post(
    '/basedata/houses',
    { schema: { tags, body: HouseFields.extend({ addressId: z.guid() }), response: { 201: Created } } },
    async (req, reply) => reply.status(201).send(await records.createHouse(ctx, actorOf(req), req.body)),
  );
  r.patch(
    '/basedata/houses/:id',
    { schema: { tags, params: Id, body: HouseFields.extend(Version.shape), response: { 200: Created } } },
    async (req) => records.updateHouse(ctx, actorOf(req), req.params.id, req.body),
  );
  r.put(
    '/basedata/houses/:id/rental',
    { schema: { tags, params: Id, body: RentalPut, response: { 200: Created } } },
    async (req) => records.putRental(ctx, actorOf(req), req.params.id, req.body),
  );
  r.post(
    '/basedata/houses/:id/verify',
    { schema: { tags, params: Id, body: Version, response: { 200: Created } } },
    async (req, reply) =>
      sendOnce(ctx, req, reply, 200, (c) =>
        records.verifyRecord(c, actorOf(req), 'house', req.params.id, req.body.version),
      ),
  );

  // ---- organisations and places ----
  r.get(
    '/basedata/organisations',
    { schema: { tags, querystring: OrgQuery, response: { 200: OrganisationPage } } },
    async (req) => records.listOrganisations(ctx, actorOf(req), req.query),
  );
  r.get(
    '/basedata/organisations/:id',
    { schema: { tags, params: Id, response: { 200: OrganisationView } } },
    async (req) => records.getOrganisation(ctx, actorOf(req), req.params.id),
  );
  r.post(
    '/basedata/organisations',
    { schema: { tags, body: OrgCreate, response: { 201: Created } } },
    async (req, reply) =>
      reply.status(201).send(await records.createOrganisation(ctx, actorOf(req), req.body)),
  );
  r.patch(
    '/basedata/organisations/:id',
    {
      schema: {
        tags,
        params: Id,
        body: OrgFields.partial().extend(Version.shape),
        response: { 200: Created },
      },
    },
    async (req) => records.updateOrganisation(ctx, actorOf(req), req.params.id, req.body),
  );
  r.post(
    '/basedata/organisations/:id/verify',
    { schema: { tags, params: Id, body: Version, response: { 200: Created } } },
    async (req) => records.verifyRecord(ctx, actorOf(req), 'organisation', req.params.id, req.body.version),
  );
  r.post(
    '/basedata/organisations/:id/hazards',
    { schema: { tags, params: Id, body: Hazard, response: { 201: Created } } },
    async (req, reply) =>
      reply.status(201).send(await records.addHazard(ctx, actorOf(req), req.params.id, req.body)),
  );
  r.patch(
    '/basedata/organisations/:id/hazards/:hazardId',
    {
      schema: {
        tags,
        params: Id.extend({ hazardId: z.uuid() }),
        body: Rectify,
        response: { 200: Created },
      },
    },
    async (req) => records.rectifyHazard(ctx, actorOf(req), req.params.id, req.params.hazardId, req.body),
  );
  r.post(
    '/basedata/organisations/:id/employees',
    { schema: { tags, params: Id, body: Employee, response: { 201: Created } } },
    async (req, reply) =>
      reply.status(201).send(await records.addEmployee(ctx, actorOf(req), req.params.id, req.body)),
  );

  // ---- import of an authority's population list ----
  r.get(
    '/basedata/import/persons/template.:format',
    {
      schema: {
        tags,
        params: z.object({ format: z.enum(['xlsx', 'csv']) }),
        response: {
          200: fileResponse(
            'The import template (attachment)',
            'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
            'text/csv',
          ),
        },
      },
    },
    async (req, reply) => {
      actorOf(req);
      const file = await imports.personImportTemplate(req.params.format, langOf(req));
      return reply
        .header('content-type', file.contentType)
        .header('content-disposition', file.disposition)
        .header('cache-control', 'no-store')
        .send(file.body);
    },
  );
  r.post(
    '/basedata/import/persons',
    { schema: { tags, consumes: ['multipart/form-data'], response: { 200: PersonImportResult } } },
    async (req) => {
      const actor = actorOf(req);
      const file = await readUpload(req);
      return imports.importPersonsFile(ctx.db, ctx.pii, actor, langOf(req), file);
    },
  );
}
