/**
 * 楼盘表: the buildings of the worker's grid, by name (phone, 390×844) — and the same page in the console at
 * /buildings for street and community staff, over their territory (the server decides).
 */
import { useState } from 'react';
import { Empty, Input, List, Spin, Typography } from 'antd';
import { Link, useLocation } from 'react-router-dom';
import { useBuildings } from '../../../api/fieldtasks.ts';
import { useI18n } from '../../../i18n/index.tsx';

/** Where the 楼盘表 pages live: the phone app's /field/buildings or the console's /buildings. */
export function useBuildingsBase(): string {
  return useLocation().pathname.startsWith('/field/') ? '/field/buildings' : '/buildings';
}

export default function FieldBuildingsPage() {
  const { t } = useI18n();
  const base = useBuildingsBase();
  const [q, setQ] = useState('');
  const list = useBuildings(q);
  return (
    <div style={{ maxWidth: 480, margin: '0 auto', padding: 12 }}>
      <Typography.Title level={4} style={{ marginTop: 0 }}>
        {t('fb.title')}
      </Typography.Title>
      <Input.Search
        allowClear
        placeholder={t(base === '/buildings' ? 'fb.searchTerritory' : 'fb.search')}
        onSearch={setQ}
        size="large"
        style={{ marginBottom: 12 }}
      />
      {list.isLoading ? (
        <Spin />
      ) : (list.data?.items.length ?? 0) === 0 ? (
        <Empty description={t('fb.none')} />
      ) : (
        <List
          bordered
          dataSource={list.data?.items ?? []}
          renderItem={(b) => (
            <List.Item
              extra={<Typography.Text type="secondary">{t('fb.rooms', { n: b.rooms })}</Typography.Text>}
            >
              <Link to={`${base}/${b.id}`}>{b.fullName}</Link>
            </List.Item>
          )}
        />
      )}
    </div>
  );
}
