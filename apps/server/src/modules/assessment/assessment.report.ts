import fs from 'node:fs';
import ExcelJS from 'exceljs';
import PDFDocument from 'pdfkit';
import { monthPeriod, PEER_GROUPS, type PeerGroup } from '@onegrid/domain';
import type { Db } from '../../db/database.ts';
import type { Actor } from '../../lib/actor.ts';
import { AppError, invalid } from '../../lib/errors.ts';
import { ranking, rankingsFor, seesAll, type Ranking } from './assessment.service.ts';

const GROUP_NAMES: Record<PeerGroup, string> = {
  street: '街道',
  town: '乡镇',
  department: '区级部门',
  enterprise: '公共服务企业',
  community: '社区（村）',
};

const HEADERS = [
  '排名',
  '单位',
  '响应率%',
  '解决率%',
  '满意率%',
  '综合得分',
  '较上期',
  '派单数',
  '按时响应',
  '回访数',
  '已解决',
  '满意',
  '基本满意',
  '不满意',
];

/** The rankings a caller may export for a month: every peer group for supervisors, their own otherwise. */
async function rankingsOf(db: Db, actor: Actor, month: string): Promise<Ranking[]> {
  let period;
  try {
    period = monthPeriod(month);
  } catch {
    throw invalid([{ path: 'month', key: 'month_format' }]);
  }
  if (seesAll(actor)) return rankingsFor(db, PEER_GROUPS, period);
  return [await ranking(db, actor, period)];
}

const fmt = (x: number | null) => (x === null ? '—' : x.toFixed(2));
const signed = (x: number | null) => (x === null ? '—' : `${x > 0 ? '+' : ''}${x.toFixed(2)}`);

function tableRows(r: Ranking): (string | number)[][] {
  return r.rows.map((row) => [
    row.rank ?? '—',
    row.name,
    fmt(row.rates.responseRate),
    fmt(row.rates.resolutionRate),
    fmt(row.rates.satisfactionRate),
    fmt(row.rates.composite),
    signed(row.change),
    row.counts.responseHit + row.counts.responseMiss,
    row.counts.responseHit,
    row.counts.callbacks,
    row.counts.resolved,
    row.counts.satisfied,
    row.counts.basicallySatisfied,
    row.counts.unsatisfied,
  ]);
}

/** 月度考核报表: one sheet per peer group, with the weights used on the first rows. */
export async function monthlyWorkbook(db: Db, actor: Actor, month: string): Promise<Buffer> {
  const rankings = await rankingsOf(db, actor, month);
  const wb = new ExcelJS.Workbook();
  wb.creator = 'OneGrid';
  for (const r of rankings) {
    const ws = wb.addWorksheet(GROUP_NAMES[r.group], { views: [{ state: 'frozen', ySplit: 3 }] });
    const w = r.settings.weights;
    ws.addRow([`${month} ${GROUP_NAMES[r.group]}三率考核（${r.period.from} 至 ${r.period.to}）`]).font = {
      bold: true,
    };
    ws.addRow([
      `权重：响应率 ${w.response} / 解决率 ${w.resolution} / 满意率 ${w.satisfaction}；` +
        `较上期：${r.previousPeriod.from} 至 ${r.previousPeriod.to}`,
    ]);
    ws.addRow(HEADERS).font = { bold: true };
    for (const row of tableRows(r)) ws.addRow(row);
    ws.columns.forEach((c, i) => (c.width = i === 1 ? 36 : 11));
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** CJK fonts to try (Debian fonts-noto-cjk, fonts-wqy-microhei), or ONEGRID_PDF_FONT=path[#postscript-name]. */
const FONT_CANDIDATES: [string, string | undefined][] = [
  ['/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc', 'NotoSansCJKsc-Regular'],
  ['/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc', 'NotoSerifCJKsc-Regular'],
  ['/usr/share/fonts/truetype/wqy/wqy-microhei.ttc', 'WenQuanYiMicroHei'],
  ['/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc', 'WenQuanYiZenHei'],
];

export function cjkFont(): { path: string; family: string | undefined } | undefined {
  const env = process.env.ONEGRID_PDF_FONT;
  if (env) {
    const [path, family] = env.split('#');
    if (path && fs.existsSync(path)) return { path, family };
  }
  for (const [path, family] of FONT_CANDIDATES) if (fs.existsSync(path)) return { path, family };
  return undefined;
}

/** The printable report: A4 landscape, one section per peer group. Needs a CJK font on the server. */
export async function monthlyPdf(db: Db, actor: Actor, month: string): Promise<Buffer> {
  const rankings = await rankingsOf(db, actor, month);
  const font = cjkFont();
  if (!font) throw new AppError('UNAVAILABLE', { params: { reason: 'no_pdf_font' } });
  const doc = new PDFDocument({
    size: 'A4',
    layout: 'landscape',
    margin: 36,
    info: { Title: `三率考核 ${month}` },
  });
  doc.registerFont('cjk', font.path, font.family);
  doc.font('cjk');
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<void>((resolve) => doc.on('end', () => resolve()));
  // 766 pt: A4 landscape (842) less the margins.
  const widths = [30, 166, 50, 50, 50, 54, 50, 44, 50, 44, 44, 40, 50, 44];
  const row = (cells: (string | number)[], y: number, size: number) => {
    let x = doc.page.margins.left;
    doc.fontSize(size);
    cells.forEach((cell, i) => {
      doc.text(String(cell), x, y, { width: (widths[i] ?? 50) - 4, lineBreak: false, ellipsis: true });
      x += widths[i] ?? 50;
    });
  };
  rankings.forEach((r, gi) => {
    if (gi > 0) doc.addPage();
    const w = r.settings.weights;
    doc.fontSize(16).text(`${month} ${GROUP_NAMES[r.group]}三率考核排名`, { align: 'center' });
    doc
      .fontSize(9)
      .text(
        `统计期 ${r.period.from} 至 ${r.period.to}，较上期 ${r.previousPeriod.from} 至 ${r.previousPeriod.to}；` +
          `权重 响应率 ${w.response} / 解决率 ${w.resolution} / 满意率 ${w.satisfaction}`,
        { align: 'center' },
      );
    let y = doc.y + 10;
    row(HEADERS, y, 8);
    y += 16;
    for (const cells of tableRows(r)) {
      if (y > doc.page.height - doc.page.margins.bottom - 14) {
        doc.addPage();
        y = doc.page.margins.top;
        row(HEADERS, y, 8);
        y += 16;
      }
      row(cells, y, 8);
      y += 14;
    }
  });
  doc.end();
  await done;
  return Buffer.concat(chunks);
}
