import fs from 'node:fs';
import ExcelJS from 'exceljs';
import PDFDocument from 'pdfkit';
import { monthPeriod, PEER_GROUPS, type PeerGroup, type RateCounts } from '@onegrid/domain';
import type { Db } from '../../db/database.ts';
import type { Actor } from '../../lib/actor.ts';
import { AppError, invalid } from '../../lib/errors.ts';
import type { Lang } from '../../lib/i18n.ts';
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

/** A unit that had no case in the month: every count is zero (its rates are all "—"). */
export function hasCasesInMonth(counts: RateCounts): boolean {
  return Object.values(counts).some((n) => n > 0);
}

/** The words of the PDF that are not the table (the table itself stays in Chinese, as the workbook). */
const PDF_TEXT = {
  'zh-CN': {
    pageOf: (x: number, y: number) => `第 ${x} 页 / 共 ${y} 页`,
    omitted: (n: number) => `另有 ${n} 个单位本月无案件，未列出。`,
    none: '本月本组无单位有案件。',
  },
  'en-US': {
    pageOf: (x: number, y: number) => `Page ${x} of ${y}`,
    omitted: (n: number) => `${n} units with no cases this month are not listed.`,
    none: 'No unit of this group had a case this month.',
  },
} as const;

/** One peer group's section of the PDF: the rows listed and how many units were left out for having no case. */
export function pdfSection(r: Ranking): { rows: (string | number)[][]; omitted: number } {
  const kept = r.rows.filter((row) => hasCasesInMonth(row.counts));
  return { rows: tableRows({ ...r, rows: kept }), omitted: r.rows.length - kept.length };
}

/**
 * The printable report: A4 landscape, one section per peer group, units without a case in the month left out
 * (their number said under the table), every page numbered "第 x 页 / 共 y 页". Needs a CJK font on the server.
 */
export async function monthlyPdf(db: Db, actor: Actor, month: string, lang: Lang = 'zh-CN'): Promise<Buffer> {
  const rankings = await rankingsOf(db, actor, month);
  const font = cjkFont();
  if (!font) throw new AppError('UNAVAILABLE', { params: { reason: 'no_pdf_font' } });
  const words = PDF_TEXT[lang];
  const doc = new PDFDocument({
    size: 'A4',
    layout: 'landscape',
    margin: 36,
    bufferPages: true,
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
  // the page number line sits in the bottom margin: keep 14 pt free above it
  const bottom = () => doc.page.height - doc.page.margins.bottom - 14;
  rankings.forEach((r, gi) => {
    if (gi > 0) doc.addPage();
    const w = r.settings.weights;
    const section = pdfSection(r);
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
    for (const cells of section.rows) {
      if (y > bottom()) {
        doc.addPage();
        y = doc.page.margins.top;
        row(HEADERS, y, 8);
        y += 16;
      }
      row(cells, y, 8);
      y += 14;
    }
    const note = [
      section.rows.length === 0 ? words.none : '',
      section.omitted > 0 ? words.omitted(section.omitted) : '',
    ]
      .filter(Boolean)
      .join(' ');
    if (note) {
      if (y > bottom()) {
        doc.addPage();
        y = doc.page.margins.top;
      }
      doc.fontSize(8).text(note, doc.page.margins.left, y + 4, { lineBreak: false });
    }
  });
  const { start, count } = doc.bufferedPageRange();
  for (let i = 0; i < count; i++) {
    doc.switchToPage(start + i);
    // writing inside the bottom margin would start a new page: lift the margin while the number is written
    const margin = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc.fontSize(8).text(words.pageOf(i + 1, count), doc.page.margins.left, doc.page.height - margin + 8, {
      width: doc.page.width - doc.page.margins.left - doc.page.margins.right,
      align: 'center',
      lineBreak: false,
    });
    doc.page.margins.bottom = margin;
  }
  doc.end();
  await done;
  return Buffer.concat(chunks);
}
