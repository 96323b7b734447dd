import { z } from 'zod';
import {
  DisputeRoute,
  DisputeType,
  MediationAction,
  MediationDocument,
  MediationSource,
  MediationStatus,
  PartyRole,
  Performance,
} from '@onegrid/domain';
import { Day, IdName, InstantText } from '../../lib/responses.ts';

const View = z.enum(['hidden', 'masked', 'revealable', 'full']);

/** A party as the caller may see it: each personal field with its view (masked unless the standing allows). */
export const MediationParty = z
  .object({
    id: z.string(),
    role: PartyRole,
    fromBase: z.boolean(),
    personId: z.string().nullable(),
    name: z.string().nullable(),
    nameView: View,
    phone: z.string().nullable(),
    phoneView: View,
    idNumber: z.string().nullable(),
    idNumberView: View,
    address: z.string().nullable(),
  })
  .meta({ id: 'MediationParty' });

export const MediationAgreement = z
  .object({
    kind: z.enum(['written', 'oral']),
    facts: z.string().nullable(),
    terms: z.array(z.string()),
    performanceManner: z.string().nullable(),
    performBy: Day.nullable(),
    signedPartyIds: z.array(z.string()),
    effectiveAt: InstantText,
  })
  .meta({ id: 'MediationAgreement' });

const Summary = {
  id: z.string(),
  fileNo: z.string(),
  status: MediationStatus,
  source: MediationSource,
  disputeType: DisputeType,
  summary: z.string(),
  committee: IdName,
  mediator: IdName.nullable(),
  createdAt: InstantText,
  courtConfirmBy: Day.nullable(),
  courtAppliedOn: Day.nullable(),
};

export const MediationFileItem = z
  .object({ ...Summary, parties: z.array(z.object({ role: PartyRole, name: z.string() })) })
  .meta({ id: 'MediationFileItem' });

export const MediationFilePage = z
  .object({ items: z.array(MediationFileItem), total: z.number().int() })
  .meta({ id: 'MediationFilePage' });

export const MediationFileDetail = z
  .object({
    ...Summary,
    year: z.number().int(),
    seq: z.number().int(),
    caseId: z.string().nullable(),
    request: z.string().nullable(),
    place: z.object({
      streetCode: z.string(),
      communityCode: z.string().nullable(),
      gridCode: z.string().nullable(),
      name: z.string(),
    }),
    createdBy: IdName,
    standing: z.enum(['committee', 'overseer', 'informant']),
    referredTo: DisputeRoute.nullable(),
    referredReason: z.string().nullable(),
    noticeGivenAt: InstantText.nullable(),
    agreement: MediationAgreement.nullable(),
    terminatedReason: z.string().nullable(),
    otherRoutes: z.array(DisputeRoute),
    performance: Performance.nullable(),
    followedUpAt: InstantText.nullable(),
    parties: z.array(MediationParty),
    sessions: z.array(
      z.object({
        id: z.string(),
        heldAt: InstantText,
        place: z.string().nullable(),
        mediators: z.array(IdName),
        record: z.string(),
      }),
    ),
    events: z.array(
      z.object({
        id: z.string(),
        action: z.string(),
        at: InstantText,
        actor: IdName.nullable(),
        data: z.record(z.string(), z.unknown()).nullable(),
      }),
    ),
    documents: z.array(
      z.object({ no: z.number().int(), document: MediationDocument, at: InstantText, eventId: z.string() }),
    ),
    /** the steps the caller may take now (the domain's table; empty for all but the committee) */
    actions: z.array(MediationAction),
    /** who may be named mediator (committee only) */
    candidates: z.array(IdName),
  })
  .meta({ id: 'MediationFileDetail' });

/** What a printed document shows (调解协议书, 权利义务告知书): the parties in full, the read audited. */
export const MediationPrint = z
  .object({
    doc: z.enum(['agreement', 'notice']),
    fileNo: z.string(),
    committee: z.string(),
    disputeType: DisputeType,
    summary: z.string(),
    request: z.string().nullable(),
    parties: z.array(z.object({ role: PartyRole, name: z.string(), address: z.string().nullable() })),
    mediator: z.string().nullable(),
    noticeGivenAt: InstantText.nullable(),
    agreement: MediationAgreement.nullable(),
    printedAt: InstantText,
  })
  .meta({ id: 'MediationPrint' });

export const MediationReveal = z
  .object({ partyId: z.string(), field: z.enum(['phone', 'idNumber']), value: z.string().nullable() })
  .meta({ id: 'MediationReveal' });

const Counts = {
  total: z.number().int(),
  ongoing: z.number().int(),
  referred: z.number().int(),
  agreed: z.number().int(),
  terminated: z.number().int(),
};
export const MediationStats = z
  .object({
    region: z.object({ code: z.string(), name: z.string() }),
    from: Day.nullable(),
    to: Day.nullable(),
    rows: z.array(z.object({ disputeType: DisputeType, ...Counts })),
    totals: z.object(Counts),
    /** percent of the files mediated to an end that ended in an agreement; null without any */
    agreementRate: z.number().nullable(),
    written: z.number().int(),
    oral: z.number().int(),
    courtDue: z.number().int(),
  })
  .meta({ id: 'MediationStats' });
