import { z } from 'zod';
import { Day, InstantText } from '../../lib/responses.ts';

export const CalendarDay = z
  .object({
    date: Day,
    kind: z.enum(['workday', 'holiday']),
    source: z.enum(['official', 'override']),
    name: z.string().optional(),
    nameEn: z.string().optional(),
  })
  .meta({ id: 'CalendarDay' });
export const CalendarYear = z.object({ year: z.number(), days: z.array(CalendarDay) });
export const CalendarSum = z.object({ start: InstantText, due: InstantText });
export const CalendarOverride = z.object({
  date: Day,
  kind: z.enum(['workday', 'holiday']),
  note: z.string(),
});
