import ExcelJS from 'exceljs';
import type { CityRanking, CityRankingRow } from './assessment.city.ts';

const fmt = (x: number | null) => (x === null ? '—' : x.toFixed(2));
const signed = (x: number | null) => (x === null ? '—' : `${x > 0 ? '+' : ''}${x.toFixed(2)}`);

/** 全市街乡镇月度排名: one sheet, every street with its district, as the city publishes it. */
export async function cityRankingWorkbook(
  r: Omit<CityRanking, 'rows'> & { rows: Omit<CityRankingRow, 'path'>[] },
): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'OneGrid';
  const streets = r.level === 'street';
  const ws = wb.addWorksheet(streets ? '街乡镇排名' : '区排名', { views: [{ state: 'frozen', ySplit: 3 }] });
  ws.addRow([
    `${r.city.name}${streets ? '街乡镇' : '各区'}接诉即办三率排名（${r.period.from} 至 ${r.period.to}）`,
  ]).font = { bold: true };
  const w = r.settings.weights;
  ws.addRow([`权重：响应率 ${w.response} · 解决率 ${w.resolution} · 满意率 ${w.satisfaction}`]);
  ws.addRow([
    '排名',
    ...(streets ? ['街乡镇', '所属区'] : ['区']),
    '响应率%',
    '解决率%',
    '满意率%',
    '综合得分',
    '较上月',
    '派单数',
    '回访数',
  ]).font = { bold: true };
  for (const row of r.rows)
    ws.addRow([
      row.rank ?? '—',
      row.name,
      ...(streets ? [row.district?.name ?? ''] : []),
      fmt(row.rates.responseRate),
      fmt(row.rates.resolutionRate),
      fmt(row.rates.satisfactionRate),
      fmt(row.rates.composite),
      signed(row.change),
      row.counts.responseHit + row.counts.responseMiss,
      row.counts.callbacks,
    ]);
  ws.getColumn(2).width = 24;
  if (streets) ws.getColumn(3).width = 14;
  return Buffer.from(await wb.xlsx.writeBuffer());
}
