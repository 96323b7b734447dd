import { describe, expect, it } from 'vitest';
import type { DeadlinePolicy, Urgency } from '../../api/types.ts';
import { format, type Translate } from '../../i18n/index.tsx';
import { zhCN } from '../../i18n/zh-CN.ts';
import { formatDuration, sortPolicies } from './deadlinePolicies.ts';

const p = (id: string, categoryCode: string | null, urgency: Urgency): DeadlinePolicy => ({
  id,
  categoryCode,
  categoryName: categoryCode,
  categoryNameEn: categoryCode,
  urgency,
  accept: { value: 2, unit: 'working_hours' },
  respond: { value: 1, unit: 'working_days' },
  resolve: { value: 7, unit: 'days' },
});

describe('deadline policies list', () => {
  it('shows the defaults first, then each category, urgencies from emergency to complex', () => {
    const rows = sortPolicies([
      p('a', 'C10.02', 'ordinary'),
      p('b', null, 'complex'),
      p('c', 'C10.01', 'urgent'),
      p('d', null, 'emergency'),
      p('e', 'C10.02', 'emergency'),
      p('f', null, 'ordinary'),
    ]);
    expect(rows.map((r) => r.id)).toEqual(['d', 'f', 'b', 'c', 'e', 'a']);
  });

  it('reads a limit with its unit in the user’s language', () => {
    const t: Translate = (key, params) => format((zhCN as Record<string, string>)[key] ?? key, params);
    expect(formatDuration({ value: 3, unit: 'working_days' }, t)).toBe('3 工作日');
    expect(formatDuration({ value: 2, unit: 'working_hours' }, t)).toBe('2 工作时');
  });
});
