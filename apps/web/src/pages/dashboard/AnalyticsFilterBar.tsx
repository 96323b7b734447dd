/** 数据分析 — the filter bar: period, region down to a street, category, channel and lead unit. */
import { Alert, Button, Card, DatePicker, Select, Space, TreeSelect } from 'antd';
import type { Dayjs } from 'dayjs';
import type { Channel } from '@onegrid/domain';
import { useRegionTree } from '../../api/queries.ts';
import { CategoryTreeSelect, UnitSelect } from '../../components/pickers.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { CHANNELS, channelKey } from '../../lib/caseOptions.ts';
import { nowInShanghai } from '../../lib/time.ts';
import { streetTree } from './rows.ts';

export interface AnalyticsFilters {
  range: [Dayjs, Dayjs];
  regionCode?: string;
  categoryCode?: string;
  channel?: Channel;
  unitId?: string;
}

/** The last 30 days (Beijing), nothing else chosen. */
export function defaultAnalyticsFilters(): AnalyticsFilters {
  const today = nowInShanghai();
  return { range: [today.subtract(29, 'day'), today] };
}

export function AnalyticsFilterBar({
  value,
  onChange,
  unitNote,
}: {
  value: AnalyticsFilters;
  onChange: (v: AnalyticsFilters) => void;
  /** the unit filter does not apply to every figure: say so */
  unitNote: boolean;
}) {
  const { t } = useI18n();
  const tree = useRegionTree();
  const today = nowInShanghai();
  const set = (change: Partial<AnalyticsFilters>) => onChange({ ...value, ...change });
  return (
    <Card size="small" style={{ marginBottom: 16 }}>
      <Space wrap size={[12, 8]}>
        <DatePicker.RangePicker
          value={value.range}
          allowClear={false}
          disabledDate={(d) => d.isAfter(today, 'day')}
          onChange={(v) => v?.[0] && v[1] && set({ range: [v[0], v[1]] })}
          aria-label={t('dash.filter.period')}
        />
        <TreeSelect
          style={{ width: 220 }}
          value={value.regionCode}
          onChange={(v: string | undefined) => set({ regionCode: v })}
          allowClear
          placeholder={t('dash.filter.region')}
          treeData={tree.data ? [streetTree(tree.data)] : []}
          treeDefaultExpandAll
          showSearch={{ treeNodeFilterProp: 'title' }}
        />
        <CategoryTreeSelect
          style={{ width: 220 }}
          value={value.categoryCode}
          onChange={(v) => set({ categoryCode: v })}
          allowClear
          placeholder={t('dash.filter.category')}
        />
        <Select<Channel>
          style={{ width: 160 }}
          value={value.channel}
          onChange={(v) => set({ channel: v })}
          allowClear
          placeholder={t('dash.filter.channel')}
          options={CHANNELS.map((c) => ({ value: c, label: t(channelKey(c)) }))}
        />
        <UnitSelect
          style={{ width: 220 }}
          value={value.unitId}
          onChange={(v) => set({ unitId: v })}
          allowClear
          placeholder={t('dash.filter.unit')}
        />
        <Button onClick={() => onChange(defaultAnalyticsFilters())}>{t('dash.filter.reset')}</Button>
      </Space>
      {unitNote && <Alert type="info" showIcon style={{ marginTop: 12 }} title={t('dash.unitNote')} />}
    </Card>
  );
}
