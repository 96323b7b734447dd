/**
 * The city's command screen, one level down (issue 14): each district's intake, open and overdue cases and its
 * three rates this month; a click opens that district's own screen.
 */
import type { DashboardAreas } from '../../api/cityRanking.ts';
import { useI18n } from '../../i18n/index.tsx';
import { formatCount, formatScore } from '../../lib/format.ts';

const pct = (x: number | null) => (x === null ? '—' : formatScore(x, 1));

export function AreasTable({ data, onOpen }: { data: DashboardAreas; onOpen: (code: string) => void }) {
  const { t, lang } = useI18n();
  return (
    <div className="og-cmd-areas" data-testid="cmd-areas">
      <table>
        <thead>
          <tr>
            <th>{data.level === 'district' ? t('crk.districtCol') : t('crk.street')}</th>
            <th>{t('crk.intake')}</th>
            <th>{t('crk.open')}</th>
            <th>{t('crk.overdue')}</th>
            <th>{t('asm.response')}</th>
            <th>{t('asm.resolution')}</th>
            <th>{t('asm.satisfaction')}</th>
            <th>{t('crk.composite')}</th>
          </tr>
        </thead>
        <tbody>
          {data.areas.map((a) => (
            <tr
              key={a.code}
              onClick={data.level === 'district' ? () => onOpen(a.code) : undefined}
              className={data.level === 'district' ? 'og-cmd-areas-link' : undefined}
              data-testid={`cmd-area-${a.code}`}
            >
              <td>{a.name}</td>
              <td>{formatCount(a.intake, lang)}</td>
              <td>{formatCount(a.open + a.inProgress, lang)}</td>
              <td className={a.overdue > 0 ? 'og-cmd-areas-warn' : undefined}>
                {formatCount(a.overdue, lang)}
              </td>
              <td>{pct(a.rates.responseRate)}</td>
              <td>{pct(a.rates.resolutionRate)}</td>
              <td>{pct(a.rates.satisfactionRate)}</td>
              <td>
                <b>{pct(a.rates.composite)}</b>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
