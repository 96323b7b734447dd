/** 热点问题: the latest run's clusters by heat, a cluster's per-day chart and its cases. */
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { Button, Card, Checkbox, Col, Empty, Row, Space, Table, Tag, Typography } from 'antd';
import { useHotspot, useHotspots, useRefreshHotspots, type HotCluster } from '../../api/hotspots.ts';
import { PageHeader } from '../../components/PageHeader.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { formatDateTime } from '../../lib/time.ts';
import { Bars, useNames } from './bits.tsx';

function Detail({ id }: { id: string }) {
  const { t } = useI18n();
  const { data } = useHotspot(id);
  if (!data) return null;
  return (
    <Card size="small" title={data.description} data-testid="hotspot-detail">
      <Typography.Text type="secondary">{t('hot.perDay')}</Typography.Text>
      <Bars data={data.perDay.map((d) => ({ label: d.day, value: d.count }))} />
      <div style={{ display: 'flex', justifyContent: 'space-between', fontSize: 12, color: '#999' }}>
        <span>{data.perDay[0]?.day}</span>
        <span>{data.perDay.at(-1)?.day}</span>
      </div>
      <Typography.Title level={5} style={{ marginTop: 16 }}>
        {t('hot.caseList')}
      </Typography.Title>
      <Table
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={data.caseList}
        columns={[
          { title: '#', dataIndex: 'id', render: (v: string) => <Link to={`/cases/${v}`}>{v}</Link> },
          { title: t('hot.description'), dataIndex: 'title' },
          { title: t('hot.likes'), dataIndex: 'likes', width: 60 },
          { title: '', dataIndex: 'createdAt', width: 150, render: (v: string) => formatDateTime(v) },
        ]}
      />
      {data.hiddenCases > 0 && (
        <Typography.Text type="secondary">
          {t('hot.hiddenCases', { count: data.hiddenCases })}
        </Typography.Text>
      )}
      {data.opinion.length > 0 && (
        <div data-testid="hotspot-opinion">
          <Typography.Title level={5} style={{ marginTop: 16 }}>
            {t('hot.opinion', { count: data.opinion.length })}
          </Typography.Title>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('hot.opinionHint')}
          </Typography.Text>
          <Table
            size="small"
            rowKey="id"
            pagination={false}
            dataSource={data.opinion}
            columns={[
              { title: t('hot.opinionSource'), dataIndex: 'source', width: 70 },
              {
                title: t('hot.description'),
                dataIndex: 'title',
                render: (v: string, o) =>
                  o.url ? (
                    <a href={o.url} target="_blank" rel="noreferrer">
                      {v}
                    </a>
                  ) : (
                    v
                  ),
              },
              { title: t('hot.heat'), dataIndex: 'heat', width: 60 },
              {
                title: '',
                dataIndex: 'by',
                width: 90,
                render: (by: 'auto' | 'operator') => (
                  <Tag color={by === 'auto' ? 'blue' : 'default'}>{t(`hot.opinionBy.${by}`)}</Tag>
                ),
              },
            ]}
          />
        </div>
      )}
    </Card>
  );
}

export default function HotspotsPage() {
  const { t } = useI18n();
  const names = useNames();
  const [all, setAll] = useState(false);
  const [selected, setSelected] = useState<string | null>(null);
  const { data, isLoading } = useHotspots(all);
  const refresh = useRefreshHotspots();
  const items = data?.items ?? [];
  return (
    <div>
      <PageHeader
        title={t('hot.title')}
        sub={t('hot.sub')}
        extra={
          <Space>
            <Typography.Text type="secondary">
              {data?.computedAt
                ? t('hot.computedAt', { at: formatDateTime(data.computedAt) })
                : t('hot.notComputed')}
            </Typography.Text>
            <Button loading={refresh.isPending} onClick={() => refresh.mutate()}>
              {t('hot.refresh')}
            </Button>
          </Space>
        }
      />
      <Checkbox checked={all} onChange={(e) => setAll(e.target.checked)} style={{ marginBottom: 12 }}>
        {t('hot.showAll')}
      </Checkbox>
      <Row gutter={16}>
        <Col xs={24} lg={selected ? 14 : 24}>
          <Table<HotCluster>
            rowKey="id"
            size="small"
            loading={isLoading}
            dataSource={items}
            locale={{ emptyText: <Empty description={t('hot.empty')} /> }}
            onRow={(r) => ({ onClick: () => setSelected(r.id), style: { cursor: 'pointer' } })}
            rowClassName={(r) => (r.id === selected ? 'ant-table-row-selected' : '')}
            pagination={{ pageSize: 20 }}
            columns={[
              {
                title: t('hot.heat'),
                dataIndex: 'heat',
                width: 70,
                render: (v: number, r) => <Tag color={r.hot ? 'red' : 'default'}>{v.toFixed(1)}</Tag>,
              },
              { title: t('hot.description'), dataIndex: 'description' },
              {
                title: t('hot.group'),
                dataIndex: 'group',
                render: (g: HotCluster['group']) => names.group(g),
              },
              {
                title: t('hot.place'),
                dataIndex: 'place',
                render: (p: HotCluster['place']) => names.place(p),
              },
              { title: t('hot.reporters'), dataIndex: 'reporters', width: 80 },
              { title: t('hot.cases'), dataIndex: 'cases', width: 70 },
              { title: t('hot.likes'), dataIndex: 'likes', width: 60 },
              {
                title: t('hot.span'),
                key: 'span',
                render: (_: unknown, r) => `${r.perDay[0]?.day ?? ''} – ${r.perDay.at(-1)?.day ?? ''}`,
              },
            ]}
          />
        </Col>
        {selected && (
          <Col xs={24} lg={10}>
            <Detail id={selected} />
          </Col>
        )}
      </Row>
    </div>
  );
}
