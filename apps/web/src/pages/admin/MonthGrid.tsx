/** One month of the working calendar: holidays, working weekends, overrides; a day opens its override. */
import type { CalendarDay } from '../../api/types.ts';
import { useI18n } from '../../i18n/index.tsx';
import { isWeekend, monthCells, ymd } from './calendarDays.ts';

export function MonthGrid({
  year,
  month,
  days,
  today,
  onPick,
}: {
  year: number;
  month: number;
  days: Map<string, CalendarDay>;
  today: string;
  /** Absent when the user may not set overrides: days are then shown, not clickable. */
  onPick?: (date: string) => void;
}) {
  const { t, lang } = useI18n();
  const cells = monthCells(year, month);
  const monthName = new Intl.DateTimeFormat(lang, { month: 'long', timeZone: 'UTC' }).format(
    new Date(Date.UTC(year, month, 1)),
  );
  return (
    <div className="og-month">
      <div className="og-month-title">{monthName}</div>
      <div className="og-month-grid">
        {t('calendar.weekdays')
          .split(',')
          .map((w, i) => (
            <div key={w} className={`og-wd ${i >= 5 ? 'og-wd-weekend' : ''}`}>
              {w}
            </div>
          ))}
        {cells.map((d, i) => {
          if (d === null) return <div key={`e${i}`} />;
          const date = ymd(year, month, d);
          const info = days.get(date);
          const weekend = isWeekend(year, month, d);
          const cls = ['og-day'];
          if (info?.kind === 'holiday') cls.push('og-day-holiday');
          else if (info?.kind === 'workday' && weekend) cls.push('og-day-makeup');
          else if (info?.kind === 'workday') cls.push('og-day-work');
          else if (weekend) cls.push('og-day-weekend');
          if (info?.source === 'override') cls.push('og-day-override');
          if (date === today) cls.push('og-day-today');
          const title = [date, info?.name, info?.source === 'override' ? t('calendar.override') : null]
            .filter(Boolean)
            .join(' · ');
          const content = (
            <>
              {d}
              {info?.kind === 'holiday' && (
                <span className="og-day-mark">{lang === 'zh-CN' ? '休' : 'H'}</span>
              )}
              {info?.kind === 'workday' && (
                <span className="og-day-mark">{lang === 'zh-CN' ? '班' : 'W'}</span>
              )}
            </>
          );
          if (!onPick) {
            cls.push('og-day-static');
            return (
              <span key={date} className={cls.join(' ')} title={title} data-date={date}>
                {content}
              </span>
            );
          }
          return (
            <button
              key={date}
              type="button"
              className={cls.join(' ')}
              title={title}
              onClick={() => onPick(date)}
              data-date={date}
            >
              {content}
            </button>
          );
        })}
      </div>
    </div>
  );
}
