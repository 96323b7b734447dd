/** English — the city rankings and the city dashboard's districts (issue 14); merged in i18n/index.tsx. */
import type { CityrankMessageKey } from './cityrank.zh-CN.ts';

export const cityrankEnUS: Record<CityrankMessageKey, string> = {
  'menu.cityRanking': 'City street ranking',
  'crk.title': 'City hotline ranking',
  'crk.subtitle':
    'Every street and town of the city, and the districts, ranked monthly on response, resolution and satisfaction and the composite; click a figure inside your jurisdiction for the cases behind it',
  'crk.streets': 'Streets and towns',
  'crk.districts': 'Districts',
  'crk.street': 'Street / town',
  'crk.district': 'District',
  'crk.districtCol': 'District',
  'crk.allDistricts': 'All districts',
  'crk.search': 'Search by name',
  'crk.count': '{n} in all',
  'crk.period': '{city} · {from} to {to}, compared with {pfrom} to {pto}',
  'crk.assigned': 'Assigned',
  'crk.callbacks': 'Callbacks',
  'crk.outOfScope': 'Outside your jurisdiction: ranking only',
  'crk.unit': 'Handled by',
  'crk.drillTitle': '{name} · {measure}',
  'crk.areasTitle': 'Districts',
  'crk.areasStreets': 'Streets',
  'crk.intake': 'Intake',
  'crk.open': 'Open',
  'crk.overdue': 'Overdue',
  'crk.composite': 'Score',
  'crk.mapTitle': 'Open cases by district',
  'crk.publicTitle': '{city}: monthly ranking of streets and towns',
  'crk.publicSub':
    'Published each month once it is over: every street and town of the city on response, resolution, satisfaction and the composite',
  'crk.publicNone': 'This month has not been published yet',
  'crk.drillHint': 'Click a district for its dashboard',
  'crk.backToCity': 'Back to the city',
};
