import { z } from 'zod';
import { addDuration } from '../calendar/deadline.ts';
import { warnAt } from '../calendar/policy.ts';
import type { WorkingCalendar } from '../calendar/working-calendar.ts';
import type { Role, UnitKind } from '../governance.ts';

/**
 * One-window services (一门式 / 一窗通办, issue 13): the catalogue of service items with their guides, applications
 * accepted at any window (一口受理), missing non-key materials accepted on a written promise (容缺受理), handling by
 * several departments in parallel (并联), each on its own working-day limit, merged into one result handed out at
 * one window, and 一件事 bundles taking several items with one set of materials. Pure rules shared by server and web.
 */

export const MaterialCode = z.string().regex(/^[A-Za-z0-9_.-]{1,40}$/);

/** One line of an item's materials list (材料清单): what the applicant brings and what the checker looks for. */
export const ServiceMaterial = z.object({
  /** the same document has the same code in every item: a bundle asks for it once */
  code: MaterialCode,
  name: z.string().trim().min(1).max(100),
  required: z.boolean().default(true),
  /** 关键材料: without it the application cannot be accepted, not even on a promise (容缺) */
  key: z.boolean().default(false),
  copies: z.number().int().min(1).max(20).default(1),
  /** 材料来源: who issues it when not the applicant */
  issuer: z.string().trim().max(100).optional(),
  /** 审查要点 */
  checkPoints: z.string().trim().max(300).optional(),
});
export type ServiceMaterial = z.infer<typeof ServiceMaterial>;

/** The full guide (办事指南) of an item: what the 一次性告知 sheet prints. */
export const ServiceGuide = z.object({
  conditions: z.string().trim().max(3000).default(''),
  materials: z.array(ServiceMaterial).max(60).default([]),
  steps: z.array(z.string().trim().min(1).max(300)).max(30).default([]),
  fees: z.string().trim().max(500).default('不收费'),
  legalBasis: z.string().trim().max(2000).default(''),
  /** 承诺办结时限, working days */
  promisedDays: z.number().int().min(0).max(365),
  /** 到现场次数 */
  visits: z.number().int().min(0).max(5).default(1),
  where: z.string().trim().max(500).default(''),
  contact: z.string().trim().max(200).default(''),
  complaint: z.string().trim().max(200).default(''),
});
export type ServiceGuide = z.infer<typeof ServiceGuide>;

/** A department handling an item, with its own limit in working days from the start of its stage. */
export const HandlingDepartment = z.object({
  unitId: z.uuid(),
  days: z.number().int().min(1).max(365),
});
export type HandlingDepartment = z.infer<typeof HandlingDepartment>;

export const ServiceItemInput = z
  .object({
    code: z.string().regex(/^[A-Za-z0-9_.-]{1,40}$/),
    name: z.string().trim().min(2).max(100),
    nameEn: z.string().trim().max(200).default(''),
    guide: ServiceGuide,
    departments: z.array(HandlingDepartment).min(1).max(10),
    active: z.boolean().default(true),
  })
  .superRefine((v, c) => {
    const codes = v.guide.materials.map((m) => m.code);
    if (new Set(codes).size !== codes.length)
      c.addIssue({ code: 'custom', path: ['guide', 'materials'], message: 'duplicate_material' });
    const units = v.departments.map((d) => d.unitId);
    if (new Set(units).size !== units.length)
      c.addIssue({ code: 'custom', path: ['departments'], message: 'duplicate_department' });
    for (const [i, m] of v.guide.materials.entries())
      if (m.key && !m.required)
        c.addIssue({ code: 'custom', path: ['guide', 'materials', i, 'key'], message: 'key_not_required' });
  });
export type ServiceItemInput = z.infer<typeof ServiceItemInput>;

/** A material a bundle asks for once, with the items that need it. */
export interface BundleMaterial extends ServiceMaterial {
  itemCodes: string[];
}

/**
 * 一件事: the union of the materials of several items, merged by material code — required if any item requires
 * it, key if any item holds it key, the most copies any item asks; in the order first met.
 */
export function bundleMaterials(
  items: readonly { code: string; guide: { materials: readonly ServiceMaterial[] } }[],
): BundleMaterial[] {
  const out = new Map<string, BundleMaterial>();
  for (const item of items) {
    for (const m of item.guide.materials) {
      const seen = out.get(m.code);
      if (!seen) {
        out.set(m.code, { ...m, itemCodes: [item.code] });
        continue;
      }
      seen.required ||= m.required;
      seen.key ||= m.key;
      seen.copies = Math.max(seen.copies, m.copies);
      if (!seen.issuer && m.issuer) seen.issuer = m.issuer;
      if (m.checkPoints && seen.checkPoints !== m.checkPoints)
        seen.checkPoints = seen.checkPoints ? `${seen.checkPoints}；${m.checkPoints}` : m.checkPoints;
      if (!seen.itemCodes.includes(item.code)) seen.itemCodes.push(item.code);
    }
  }
  return [...out.values()];
}

/** How the window checked one material: 已上传, 已核验原件, 容缺 (promised), not brought (optional ones only). */
export const MaterialState = z.enum(['uploaded', 'verified', 'promised', 'absent']);
export type MaterialState = z.infer<typeof MaterialState>;

export const MaterialCheck = z.object({
  code: MaterialCode,
  state: MaterialState,
  uploadId: z.uuid().optional(),
});
export type MaterialCheck = z.infer<typeof MaterialCheck>;

/** Longest promise a window may accept (容缺 承诺期), working days. */
export const MAX_PROMISE_DAYS = 30;
export const DEFAULT_PROMISE_DAYS = 5;

export type IntakeProblem =
  | { code: string; problem: 'key_material_waived' }
  | { code: string; problem: 'material_missing' }
  | { code: string; problem: 'unknown_material' }
  | { code: string; problem: 'upload_missing' };

/**
 * The window's check of the materials (一口受理): every required material uploaded, seen in the original, or —
 * only when it is not a key material — promised (容缺受理). The result: problems (nothing accepted), or whether
 * the acceptance is tolerant and which materials are owed.
 */
export function checkIntake(
  materials: readonly ServiceMaterial[],
  checks: readonly MaterialCheck[],
): { ok: false; problems: IntakeProblem[] } | { ok: true; tolerant: boolean; owed: ServiceMaterial[] } {
  const byCode = new Map(checks.map((c) => [c.code, c]));
  const known = new Set(materials.map((m) => m.code));
  const problems: IntakeProblem[] = [];
  for (const c of checks)
    if (!known.has(c.code)) problems.push({ code: c.code, problem: 'unknown_material' });
  const owed: ServiceMaterial[] = [];
  for (const m of materials) {
    const c = byCode.get(m.code);
    const state = c?.state ?? 'absent';
    if (state === 'uploaded' && !c?.uploadId) problems.push({ code: m.code, problem: 'upload_missing' });
    if (state === 'promised') {
      if (m.key) problems.push({ code: m.code, problem: 'key_material_waived' });
      else owed.push(m);
    }
    if (state === 'absent' && m.required) problems.push({ code: m.code, problem: 'material_missing' });
  }
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, tolerant: owed.length > 0, owed };
}

/** When a promise made at `acceptedAt` for `days` working days runs out (end of office hours of that day). */
export function promiseDue(acceptedAt: Date, days: number, cal: WorkingCalendar): Date {
  if (!Number.isInteger(days) || days < 1 || days > MAX_PROMISE_DAYS)
    throw new RangeError(`promise days must be 1..${MAX_PROMISE_DAYS}: ${days}`);
  return addDuration(acceptedAt, { value: days, unit: 'working_days' }, cal);
}

export type ObligationState = 'open' | 'overdue' | 'fulfilled';
/** A 容缺 obligation: fulfilled when the material came in, overdue when its promise ran out before. */
export function obligationState(o: { dueAt: Date; fulfilledAt: Date | null }, now: Date): ObligationState {
  if (o.fulfilledAt) return 'fulfilled';
  return now.getTime() > o.dueAt.getTime() ? 'overdue' : 'open';
}

// ---------------------------------------------------------------- stages (并联)

export const StageStatus = z.enum(['pending', 'accepted', 'more_requested', 'approved', 'rejected']);
export type StageStatus = z.infer<typeof StageStatus>;
export const StageAction = z.enum(['accept', 'request_more', 'resume', 'approve', 'reject']);
export type StageAction = z.infer<typeof StageAction>;

const STAGE_MOVES: Record<StageStatus, Partial<Record<StageAction, StageStatus>>> = {
  pending: { accept: 'accepted', request_more: 'more_requested', reject: 'rejected' },
  accepted: { request_more: 'more_requested', approve: 'approved', reject: 'rejected' },
  more_requested: { resume: 'accepted', reject: 'rejected' },
  approved: {},
  rejected: {},
};

/** The status a department's action moves its stage to, or null when the action is not open now. */
export function stageAfter(status: StageStatus, action: StageAction): StageStatus | null {
  return STAGE_MOVES[status][action] ?? null;
}

export function stageDone(status: StageStatus): boolean {
  return status === 'approved' || status === 'rejected';
}

export interface PlannedStage {
  itemCode: string;
  unitId: string;
  days: number;
  startAt: Date;
  dueAt: Date;
}

/**
 * 串联改并联: every handling department of every item starts at once, at acceptance; each stage's due is its own
 * working-day limit from that start on the working calendar. The application is due when its latest stage is.
 */
export function planStages(
  items: readonly { code: string; departments: readonly { unitId: string; days: number }[] }[],
  start: Date,
  cal: WorkingCalendar,
): { stages: PlannedStage[]; dueAt: Date } {
  const stages: PlannedStage[] = [];
  for (const item of items)
    for (const d of item.departments)
      stages.push({
        itemCode: item.code,
        unitId: d.unitId,
        days: d.days,
        startAt: start,
        dueAt: addDuration(start, { value: d.days, unit: 'working_days' }, cal),
      });
  if (stages.length === 0) throw new RangeError('an application needs at least one stage');
  return { stages, dueAt: applicationDue(stages) };
}

/** The application's due: the latest of its stages'. */
export function applicationDue(stages: readonly { dueAt: Date }[]): Date {
  return new Date(Math.max(...stages.map((s) => s.dueAt.getTime())));
}

export type Light = 'green' | 'yellow' | 'red' | 'done';
/** A stage's light: done when decided; red past its due; yellow past the warning share of its time; else green. */
export function stageLight(
  s: { status: StageStatus; startAt: Date; dueAt: Date; decidedAt?: Date | null },
  now: Date,
  share: number,
): Light {
  if (stageDone(s.status)) return 'done';
  if (now.getTime() > s.dueAt.getTime()) return 'red';
  if (now.getTime() >= warnAt(s.startAt, s.dueAt, share).getTime()) return 'yellow';
  return 'green';
}

export function stageOverdue(s: { status: StageStatus; dueAt: Date }, now: Date): boolean {
  return !stageDone(s.status) && now.getTime() > s.dueAt.getTime();
}

/** Whether a decided stage was decided late (for the record and the assessment). */
export function decidedLate(s: { dueAt: Date; decidedAt: Date | null }): boolean {
  return s.decidedAt !== null && s.decidedAt.getTime() > s.dueAt.getTime();
}

// ---------------------------------------------------------------- the application

export const ApplicationStatus = z.enum([
  'received',
  'accepted',
  'accepted_tolerant',
  'handling',
  'merged',
  'handed_out',
  'rejected',
  'withdrawn',
]);
export type ApplicationStatus = z.infer<typeof ApplicationStatus>;

export const ApplicationEvent = z.enum([
  'accept',
  'accept_tolerant',
  'start',
  'merge',
  'hand_out',
  'reject',
  'withdraw',
]);
export type ApplicationEvent = z.infer<typeof ApplicationEvent>;

const APP_MOVES: Record<ApplicationStatus, Partial<Record<ApplicationEvent, ApplicationStatus>>> = {
  received: {
    accept: 'accepted',
    accept_tolerant: 'accepted_tolerant',
    reject: 'rejected',
    withdraw: 'withdrawn',
  },
  accepted: { start: 'handling', withdraw: 'withdrawn' },
  accepted_tolerant: { start: 'handling', withdraw: 'withdrawn' },
  handling: { merge: 'merged', reject: 'rejected', withdraw: 'withdrawn' },
  merged: { hand_out: 'handed_out' },
  handed_out: {},
  rejected: {},
  withdrawn: {},
};

/** received → accepted / accepted_tolerant → handling → merged → handed_out; rejected, withdrawn. */
export function applicationAfter(
  status: ApplicationStatus,
  event: ApplicationEvent,
): ApplicationStatus | null {
  return APP_MOVES[status][event] ?? null;
}

export function applicationOpen(status: ApplicationStatus): boolean {
  return status !== 'handed_out' && status !== 'rejected' && status !== 'withdrawn';
}

/**
 * 统一出件: once every stage is decided the result is merged — approved when all approved, else rejected (with the
 * departments that said no); null while a stage is still open.
 */
export function mergeOutcome(
  stages: readonly { status: StageStatus; unitId: string }[],
): { outcome: 'approved' | 'rejected'; rejectedBy: string[] } | null {
  if (stages.length === 0 || stages.some((s) => !stageDone(s.status))) return null;
  const rejectedBy = stages.filter((s) => s.status === 'rejected').map((s) => s.unitId);
  return { outcome: rejectedBy.length ? 'rejected' : 'approved', rejectedBy };
}

/** The result goes out only when merged and no promised material is still owed (容缺 承诺 fulfilled). */
export function handOutBlock(
  status: ApplicationStatus,
  obligations: readonly { fulfilledAt: Date | null }[],
): 'not_merged' | 'materials_owed' | null {
  if (status !== 'merged') return 'not_merged';
  if (obligations.some((o) => o.fulfilledAt === null)) return 'materials_owed';
  return null;
}

/** Where an application came in (一口受理: any window takes any item). */
export const ServiceChannel = z.enum(['street_centre', 'community', 'online', 'hotline']);
export type ServiceChannel = z.infer<typeof ServiceChannel>;

/** The channel a window's unit receives on, unless it says otherwise (online and 12345 are chosen). */
export function defaultChannel(unitKind: UnitKind): ServiceChannel {
  if (unitKind === 'community') return 'community';
  if (unitKind === 'street_office') return 'street_centre';
  return 'online';
}

/** Who may receive applications at a window: staff of a street centre or community, the 12345 operators. */
export function canReceiveApplications(actor: { roles: readonly Role[]; unitKind: UnitKind }): boolean {
  const windowUnit = actor.unitKind === 'street_office' || actor.unitKind === 'community';
  if (windowUnit)
    return actor.roles.some((r) =>
      ['handler', 'street_lead', 'grid_worker', 'admin', 'operator'].includes(r),
    );
  return actor.roles.includes('operator');
}

/** Who may edit the catalogue: administrators of a district or the city. */
export function canEditCatalogue(actor: { roles: readonly Role[]; scopeLevel: string }): boolean {
  return actor.roles.includes('admin') && (actor.scopeLevel === 'district' || actor.scopeLevel === 'city');
}

/** Who handles stages: the handling department's handlers, leads and admins. */
export function canHandleStages(actor: { roles: readonly Role[] }): boolean {
  return actor.roles.some((r) => r === 'handler' || r === 'street_lead' || r === 'admin');
}

/**
 * A tracking code a resident can read out on the phone: 'FW' + the day + 6 characters with no look-alikes
 * (the randomness comes from the caller: 6 of 31 symbols ≈ 8.9e8 per day).
 */
export const TRACKING_ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';
export function trackingCode(day: string, random: (n: number) => number): string {
  let tail = '';
  for (let i = 0; i < 6; i++) tail += TRACKING_ALPHABET[random(TRACKING_ALPHABET.length)];
  return `FW${day.replaceAll('-', '')}${tail}`;
}
export const TrackingCode = z.string().regex(/^FW\d{8}[2-9A-HJ-NP-Z]{6}$/);

/**
 * 一次性告知 as a text message for a service item: the item, its materials (optional ones marked, key ones
 * starred), the time limit and visits, and the link to its public guide. Cut at `maxChars`, never mid-item.
 */
export function serviceNotice(
  name: string,
  guide: Pick<ServiceGuide, 'materials' | 'promisedDays' | 'visits'>,
  link: string,
  maxChars = 500,
): string {
  const head = `【一网】${name} 一次性告知，请备齐：`;
  const tail = `。承诺${guide.promisedDays}个工作日办结，最多跑${guide.visits}次。详情：${link}`;
  const items = guide.materials.map(
    (m, i) =>
      `${i + 1}.${m.name}${m.copies > 1 ? `${m.copies}份` : ''}${m.required ? '' : '（如有）'}${m.key ? '*' : ''}`,
  );
  let text = head;
  for (const [i, item] of items.entries()) {
    const sep = i === 0 ? '' : '；';
    const more = i < items.length - 1 ? `；等共${items.length}项` : '';
    if ((text + sep + item + more + tail).length > maxChars) return `${text}；等共${items.length}项${tail}`;
    text += sep + item;
  }
  return text + tail;
}
export * from './rating.ts';
