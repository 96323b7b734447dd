import { z } from 'zod';
import type { RegionLevel, Role } from '../governance.ts';

/**
 * The knowledge base (知识库, GB/T 44191-2024 政务服务便民热线知识库建设指南): entries in a hierarchical catalogue,
 * of three kinds, versioned, each owned by a unit that reviews it by a date. Pure rules shared by server and web.
 */

/** 政策 (a policy explained), 办事指南 (a how-to guide with its full list of materials), 常见问题 (a question and answer). */
export const KnowledgeKind = z.enum(['policy', 'guide', 'faq']);
export type KnowledgeKind = z.infer<typeof KnowledgeKind>;

/** One line of a guide's materials list (一次性告知: everything needed, told once). */
export const Material = z.object({
  name: z.string().trim().min(1).max(100),
  required: z.boolean().default(true),
  copies: z.number().int().min(1).max(20).default(1),
  /** who issues the document (e.g. 户籍地派出所), when it is not the applicant's own */
  issuer: z.string().trim().max(100).optional(),
  notes: z.string().trim().max(300).optional(),
});
export type Material = z.infer<typeof Material>;

/** What one version of an entry says. */
export const KnowledgeContent = z
  .object({
    title: z.string().trim().min(2).max(100),
    /** the answer an operator reads out: what closes a consultation */
    answer: z.string().trim().min(2).max(2000),
    /** the full text: conditions, steps, where and when, legal basis */
    body: z.string().trim().max(10000).default(''),
    materials: z.array(Material).max(60).default([]),
    categoryCodes: z
      .array(z.string().regex(/^[A-Z]\d{2}(\.\d{2})?$/))
      .max(10)
      .default([]),
    keywords: z.array(z.string().trim().min(1).max(20)).max(20).default([]),
  })
  .refine((c) => c.materials.length === 0 || c.materials.some((m) => m.required), {
    path: ['materials'],
    message: 'a materials list needs at least one required item',
  });
export type KnowledgeContent = z.infer<typeof KnowledgeContent>;

/** Whether an edit changes what the entry says: an edit that changes nothing makes no version. */
export function contentChanged(before: KnowledgeContent, after: KnowledgeContent): boolean {
  return JSON.stringify(canonical(before)) !== JSON.stringify(canonical(after));
}

function canonical(c: KnowledgeContent) {
  return {
    title: c.title,
    answer: c.answer,
    body: c.body,
    materials: c.materials.map((m) => [m.name, m.required, m.copies, m.issuer ?? '', m.notes ?? '']),
    categoryCodes: [...c.categoryCodes].sort(),
    keywords: [...c.keywords].sort(),
  };
}

/**
 * The version an edit makes: the next number, and only when the edit was made on the current one (an editor who
 * read version 3 cannot overwrite version 4 somebody saved meanwhile).
 */
export function nextVersion(
  current: number,
  basedOn: number,
): { ok: true; version: number } | { ok: false; reason: 'stale' } {
  if (basedOn !== current) return { ok: false, reason: 'stale' };
  return { ok: true, version: current + 1 };
}

export type ReviewState = 'ok' | 'due_soon' | 'overdue';
/** Days before the review date from which an entry shows on its owner's list as due. */
export const REVIEW_SOON_DAYS = 30;
/** The review interval a new entry or a completed review gets unless the editor sets a date. */
export const REVIEW_INTERVAL_MONTHS = 12;

/** Dates as 'YYYY-MM-DD' (the review date is a calendar date in China Standard Time). */
export function reviewState(reviewDue: string, today: string, soonDays = REVIEW_SOON_DAYS): ReviewState {
  if (reviewDue < today) return 'overdue';
  return calendarDaysBetween(today, reviewDue) <= soonDays ? 'due_soon' : 'ok';
}

export function calendarDaysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** The default next review: the same day `months` later (the last day of a shorter month). */
export function nextReviewDate(today: string, months = REVIEW_INTERVAL_MONTHS): string {
  const [y, m, d] = today.split('-').map(Number) as [number, number, number];
  const total = m - 1 + months;
  const year = y + Math.floor(total / 12);
  const month = (total % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

/** What the edit rule needs to know of the caller. */
export interface KnowledgeActor {
  roles: readonly Role[];
  unitId: string;
  scopeLevel: RegionLevel;
}

/** Every staff user reads the base (but the security and audit administrators, 三权分立). */
export function canReadKnowledge(actor: Pick<KnowledgeActor, 'roles'>): boolean {
  return actor.roles.some((r) => r !== 'resident' && r !== 'security_admin' && r !== 'audit_admin');
}

/** The owner unit's staff edit its entries; administrators of a district or the city edit any and make new ones. */
export function canEditKnowledge(actor: KnowledgeActor, ownerUnitId: string): boolean {
  if (isKnowledgeAdmin(actor)) return true;
  return canReadKnowledge(actor) && actor.unitId === ownerUnitId;
}

export function isKnowledgeAdmin(actor: KnowledgeActor): boolean {
  return actor.roles.includes('admin') && (actor.scopeLevel === 'district' || actor.scopeLevel === 'city');
}

/**
 * 一次性告知 as a text message: the entry, every material with its copies (optional ones marked), and the link to
 * the full page. Long lists are cut at `maxChars` with a pointer to the page, never mid-item.
 */
export function materialsNotice(
  title: string,
  materials: readonly Material[],
  link: string,
  maxChars = 500,
): string {
  const head = `【一网】${title} 一次性告知，请备齐：`;
  const tail = `。详情：${link}`;
  const items = materials.map(
    (m, i) => `${i + 1}.${m.name}${m.copies > 1 ? `${m.copies}份` : ''}${m.required ? '' : '（如有）'}`,
  );
  let text = head;
  for (const [i, item] of items.entries()) {
    const sep = i === 0 ? '' : '；';
    const rest = items.length - i - 1;
    const more = rest > 0 ? `；等共${items.length}项` : '';
    if ((text + sep + item + more + tail).length > maxChars) return `${text}；等共${items.length}项${tail}`;
    text += sep + item;
  }
  if (items.length === 0) text = `【一网】${title}`;
  return text + tail;
}

/** Share of "helped" among the answers given; null when nobody answered yet. */
export function helpedShare(helped: number, notHelped: number): number | null {
  const n = helped + notHelped;
  return n === 0 ? null : helped / n;
}
