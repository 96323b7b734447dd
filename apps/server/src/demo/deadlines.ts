import { leafCode } from './categories.ts';
import type { DemoCategory, DemoDeadlinePolicy, DemoDuration } from './types.ts';

const h = (value: number): DemoDuration => ({ value, unit: 'hours' });
const wh = (value: number): DemoDuration => ({ value, unit: 'working_hours' });
const wd = (value: number): DemoDuration => ({ value, unit: 'working_days' });

/**
 * Beijing 12345 practice: emergencies resolved within 2 hours, water/power/gas/heat within 24 hours, ordinary
 * requests within 7 working days, complex ones within 15; the resident is contacted within 24 hours at most.
 */
export function buildDeadlinePolicies(categories: DemoCategory[]): DemoDeadlinePolicy[] {
  const code = (name: string) => leafCode(categories, name);
  return [
    { categoryCode: null, urgency: 'emergency', accept: h(1), respond: h(1), resolve: h(2) },
    { categoryCode: null, urgency: 'urgent', accept: h(1), respond: h(2), resolve: h(24) },
    { categoryCode: null, urgency: 'ordinary', accept: wh(2), respond: h(24), resolve: wd(7) },
    { categoryCode: null, urgency: 'complex', accept: wh(2), respond: h(24), resolve: wd(15) },
    // Heating season: a cold flat is visited the same day and fixed within a day.
    { categoryCode: code('暖气不热'), urgency: 'urgent', accept: h(1), respond: h(1), resolve: h(24) },
    { categoryCode: code('停暖'), urgency: 'urgent', accept: h(1), respond: h(1), resolve: h(12) },
    // A burst main is made safe at once but takes longer than two hours to repair.
    { categoryCode: code('供水管道漏水'), urgency: 'emergency', accept: h(1), respond: h(1), resolve: h(6) },
    { categoryCode: code('噪声扰民'), urgency: 'ordinary', accept: wh(2), respond: h(24), resolve: wd(3) },
    { categoryCode: code('拖欠工资'), urgency: 'ordinary', accept: wh(2), respond: h(24), resolve: wd(5) },
    { categoryCode: code('政策咨询'), urgency: 'ordinary', accept: wh(2), respond: wh(4), resolve: wd(1) },
    // Demolishing an illegal structure needs notices and a hearing period.
    { categoryCode: code('违法建设'), urgency: 'complex', accept: wh(2), respond: h(24), resolve: wd(30) },
  ];
}
