import { admissionGate, type AdmissionItemKind } from '@onegrid/domain';
import type { DbOrTx } from '../../db/database.ts';
import type { Actor } from '../../lib/actor.ts';
import { AppError } from '../../lib/errors.ts';
import { beijingDay, factsOf, findItem, type ItemRow } from './admission.repository.ts';

/**
 * THE GATE where the platform sends work to communities (一表通 sendings, community tasks): the attached item —
 * given, or for a 一表通 template the in-force item that admits it — must pass the domain rule `admissionGate`.
 * Refuses with ADMISSION_NEGATIVE_LIST (the item is on the negative list) or ADMISSION_REQUIRED (params.refusal:
 * missing, exited, expired, pending, other_unit, wrong_kind, out_of_scope) and returns the item that let it through.
 */
export async function requireAdmission(
  db: DbOrTx,
  actor: Actor,
  send: {
    itemId?: string | null;
    /** a 一表通 template: without an item given, the survey item in force that names it */
    reportTemplateId?: string;
    kind: AdmissionItemKind;
    communityCodes: readonly string[];
    now?: Date;
  },
): Promise<ItemRow> {
  const day = beijingDay(send.now);
  let item: ItemRow | undefined;
  if (send.itemId) item = await findItem(db, send.itemId);
  else if (send.reportTemplateId) {
    item = await db
      .selectFrom('admission_item')
      .selectAll()
      .where('report_template_id', '=', send.reportTemplateId)
      .where('list', '!=', 'negative')
      .where('status', '=', 'in_force')
      .where('valid_from', '<=', day)
      .where((eb) => eb.or([eb('valid_until', 'is', null), eb('valid_until', '>=', day)]))
      .orderBy('created_at', 'desc')
      .executeTakeFirst();
  }
  const decision = admissionGate(item && factsOf(item), {
    unitId: actor.unitId,
    kind: send.kind,
    communityCodes: send.communityCodes,
    day,
  });
  if (decision.ok) return item!;
  if (decision.reason === 'negative_list') {
    throw new AppError('ADMISSION_NEGATIVE_LIST', { params: { item: item!.title, itemId: item!.id } });
  }
  throw new AppError('ADMISSION_REQUIRED', {
    params: {
      refusal: decision.reason,
      ...(decision.communities?.length ? { communities: decision.communities.slice(0, 10).join('、') } : {}),
    },
  });
}
