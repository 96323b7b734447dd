import ExcelJS from 'exceljs';
import type { DbOrTx } from '../../db/database.ts';
import type { Actor } from '../../lib/actor.ts';
import { writeAudit } from '../../lib/audit.ts';
import type { Lang } from '../../lib/i18n.ts';
import { consolidated } from './reports.service.ts';

const WORDS: Record<Lang, Record<string, string>> = {
  'zh-CN': {
    street: '街道',
    community: '社区',
    status: '状态',
    total: '合计',
    corrected: '（已更正）',
    yes: '是',
    no: '否',
    draft: '草稿',
    submitted: '已报送',
    returned: '已退回',
    accepted: '已接收',
    overdue: '（逾期）',
    period: '报告期',
    due: '截止时间',
  },
  'en-US': {
    street: 'Street',
    community: 'Community',
    status: 'Status',
    total: 'Total',
    corrected: ' (corrected)',
    yes: 'yes',
    no: 'no',
    draft: 'draft',
    submitted: 'submitted',
    returned: 'returned',
    accepted: 'accepted',
    overdue: ' (overdue)',
    period: 'Period',
    due: 'Due',
  },
};

/** The consolidated table of a sending as a workbook: one row per community, the totals last; the export audited. */
export async function exportSending(db: DbOrTx, actor: Actor, sendingId: string, lang: Lang) {
  const t = await consolidated(db, actor, sendingId);
  const w = WORDS[lang];
  const wb = new ExcelJS.Workbook();
  wb.creator = 'OneGrid';
  const ws = wb.addWorksheet(t.sending.period);
  ws.addRow([t.sending.templateName, `${w.period}: ${t.sending.period}`, `${w.due}: ${t.sending.dueAt}`]);
  const header = ws.addRow([w.street, w.community, w.status, ...t.columns.map((c) => c.label)]);
  header.font = { bold: true };
  for (const r of t.rows) {
    ws.addRow([
      r.streetName,
      r.communityName,
      `${w[r.status]}${r.overdue ? w.overdue : ''}`,
      ...t.columns.map((c) => {
        const v = r.values[c.key];
        if (typeof v === 'boolean') return v ? w.yes : w.no;
        return v ?? '';
      }),
    ]);
  }
  const total = ws.addRow([w.total, '', '', ...t.columns.map((c) => t.totals[c.key] ?? '')]);
  total.font = { bold: true };
  ws.columns.forEach((col, i) => {
    col.width = i < 3 ? 14 : 16;
  });
  const body = Buffer.from(await wb.xlsx.writeBuffer());
  await writeAudit(db, actor, {
    action: 'export',
    entity: 'report_sending',
    entityId: sendingId,
    after: { rows: t.rows.length, format: 'xlsx' },
  });
  return { body, name: `${t.sending.templateName}-${t.sending.period}.xlsx` };
}

/** An attachment header with an ASCII fallback and the UTF-8 name (RFC 6266). */
export function contentDisposition(asciiName: string, name: string): string {
  const encoded = encodeURIComponent(name).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${asciiName.replace(/[^\x20-\x7e]|["\\]/g, '_')}"; filename*=UTF-8''${encoded}`;
}
