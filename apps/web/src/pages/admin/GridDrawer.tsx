/** A grid's details beside the map: code, community, street, live counts of its base data and its grid workers. */
import { useQuery } from '@tanstack/react-query';
import { Alert, Descriptions, Drawer, Space, Spin, Table, Typography } from 'antd';
import { api } from '../../api/client.ts';
import type { GridDetail } from '../../api/types.ts';
import { useI18n } from '../../i18n/index.tsx';
import { phoneText } from '../../lib/format.ts';
import { BaseCountsCard } from '../../components/baseview/BaseCountsCard.tsx';

export function GridDrawer({ gridCode, onClose }: { gridCode: string | null; onClose: () => void }) {
  const { t } = useI18n();
  const grid = useQuery({
    queryKey: ['grids', gridCode],
    queryFn: () => api.get<GridDetail>(`/api/grids/${gridCode}`),
    enabled: !!gridCode,
  });

  return (
    <Drawer open={!!gridCode} onClose={onClose} title={t('map.gridDetail')} size={440} destroyOnHidden>
      {grid.isLoading && <Spin />}
      {grid.error && <Alert type="error" title={grid.error.message} />}
      {grid.data && (
        <Space orientation="vertical" size={16} style={{ width: '100%' }} data-testid="grid-detail">
          <Descriptions
            column={1}
            size="small"
            bordered
            items={[
              { key: 'name', label: t('common.name'), children: grid.data.name },
              {
                key: 'code',
                label: t('map.gridCode'),
                children: (
                  <Typography.Text copyable style={{ fontFamily: 'monospace' }}>
                    {grid.data.code}
                  </Typography.Text>
                ),
              },
              { key: 'community', label: t('map.community'), children: grid.data.community?.name ?? '—' },
              { key: 'street', label: t('map.street'), children: grid.data.street?.name ?? '—' },
            ]}
          />
          <BaseCountsCard grid={grid.data.code} />
          <div>
            <Typography.Title level={5}>{t('map.workers')}</Typography.Title>
            <Table
              size="small"
              rowKey="id"
              pagination={false}
              dataSource={grid.data.workers}
              locale={{ emptyText: t('map.noWorkers') }}
              columns={[
                { title: t('users.name'), dataIndex: 'name' },
                { title: t('users.username'), dataIndex: 'username' },
                {
                  title: t('users.phone'),
                  dataIndex: 'phoneMasked',
                  render: (v: string | null) => phoneText(v),
                },
              ]}
            />
          </div>
        </Space>
      )}
    </Drawer>
  );
}
