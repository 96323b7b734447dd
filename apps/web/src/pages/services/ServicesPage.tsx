/** 一窗通办: the catalogue, bundles, applications of the caller's windows, the department's queue, overdue stages. */
import { Link, useSearchParams } from 'react-router-dom';
import { useQuery } from '@tanstack/react-query';
import { Button, Card, Space, Table, Tabs, Tag, Typography } from 'antd';
import { api } from '../../api/client.ts';
import type {
  ServiceApplicationSummary,
  ServiceBundle,
  ServiceItemSummary,
  ServiceStage,
} from '../../api/services.ts';
import { useI18n } from '../../i18n/index.tsx';
import type { MessageKey } from '../../i18n/index.tsx';
import { formatDateTime } from '../../lib/time.ts';
import { LightTag, MaterialsTable } from './bits.tsx';

function StagesTable({ items, loading }: { items: ServiceStage[]; loading: boolean }) {
  const { t } = useI18n();
  return (
    <Table
      size="small"
      rowKey="id"
      loading={loading}
      dataSource={items}
      pagination={{ pageSize: 20 }}
      columns={[
        {
          title: t('svc.app.tracking'),
          dataIndex: 'trackingCode',
          render: (c: string, s) => <Link to={`/services/applications/${s.applicationId}`}>{c}</Link>,
        },
        { title: t('svc.stage.item'), render: (_, s) => s.item.name },
        { title: t('svc.stage.unit'), render: (_, s) => s.unit.name },
        {
          title: t('svc.app.status'),
          dataIndex: 'status',
          render: (v: string) => t(`svc.stage.${v}` as MessageKey),
        },
        { title: t('svc.stage.due'), dataIndex: 'dueAt', render: (d: string) => formatDateTime(d) },
        { title: '', dataIndex: 'light', render: (l: ServiceStage['light']) => <LightTag light={l} /> },
      ]}
    />
  );
}

export default function ServicesPage() {
  const { t, lang } = useI18n();
  const [params, setParams] = useSearchParams();
  const tab = params.get('tab') ?? 'catalogue';
  const cat = useQuery({
    queryKey: ['services', 'catalogue'],
    queryFn: () =>
      api.get<{ items: ServiceItemSummary[]; bundles: ServiceBundle[] }>('/api/services/catalogue'),
  });
  const apps = useQuery({
    queryKey: ['services', 'applications'],
    queryFn: () =>
      api.get<{ items: ServiceApplicationSummary[]; total: number }>('/api/services/applications', {
        pageSize: 200,
      }),
    enabled: tab === 'applications',
  });
  const queue = useQuery({
    queryKey: ['services', 'queue'],
    queryFn: () =>
      api.get<{ items: ServiceStage[]; total: number }>('/api/services/stages', { pageSize: 200 }),
    enabled: tab === 'queue',
  });
  const overdue = useQuery({
    queryKey: ['services', 'overdue'],
    queryFn: () =>
      api.get<{ items: ServiceStage[]; total: number }>('/api/services/overdue', { pageSize: 200 }),
    enabled: tab === 'overdue',
  });
  const name = (x: { name: string; nameEn: string }) => (lang === 'en-US' && x.nameEn ? x.nameEn : x.name);
  return (
    <Card>
      <Space style={{ width: '100%', justifyContent: 'space-between', marginBottom: 8 }}>
        <div>
          <Typography.Title level={4} style={{ margin: 0 }}>
            {t('svc.title')}
          </Typography.Title>
          <Typography.Text type="secondary">{t('svc.sub')}</Typography.Text>
        </div>
        <Space>
          <Link to="/services/ratings">
            <Button data-testid="svc-ratings">{t('rate.title')}</Button>
          </Link>
          <Link to="/services/apply">
            <Button type="primary" data-testid="svc-apply">
              {t('svc.apply')}
            </Button>
          </Link>
        </Space>
      </Space>
      <Tabs
        activeKey={tab}
        onChange={(k) => setParams({ tab: k })}
        items={[
          {
            key: 'catalogue',
            label: t('svc.tab.catalogue'),
            children: (
              <Table
                size="small"
                rowKey="id"
                loading={cat.isLoading}
                dataSource={cat.data?.items ?? []}
                pagination={{ pageSize: 50 }}
                columns={[
                  { title: t('svc.code'), dataIndex: 'code', width: 90 },
                  {
                    title: t('svc.name'),
                    render: (_, i) => (
                      <Link to={`/services/items/${i.id}`}>
                        {name(i)} {i.demo && <Tag>{t('svc.demo')}</Tag>}
                      </Link>
                    ),
                  },
                  { title: t('svc.days'), render: (_, i) => t('svc.daysN', { n: i.promisedDays }) },
                  { title: t('svc.materials'), dataIndex: 'materialsCount', width: 80 },
                  {
                    title: t('svc.departments'),
                    render: (_, i) =>
                      i.departments.map((d) => <Tag key={d.unitId}>{`${d.unitName} · ${d.days}`}</Tag>),
                  },
                ]}
              />
            ),
          },
          {
            key: 'bundles',
            label: t('svc.tab.bundles'),
            children: (cat.data?.bundles ?? []).map((b) => (
              <Card key={b.id} size="small" title={name(b)} style={{ marginBottom: 12 }}>
                <Typography.Paragraph type="secondary">{b.description}</Typography.Paragraph>
                <p>
                  {t('svc.bundle.items')}：
                  {b.items.map((i) => (
                    <Tag key={i.id}>{name(i)}</Tag>
                  ))}
                </p>
                <Typography.Text strong>
                  {t('svc.bundle.materials', { n: b.materials.length })}
                </Typography.Text>
                <MaterialsTable materials={b.materials} />
              </Card>
            )),
          },
          {
            key: 'applications',
            label: t('svc.tab.applications'),
            children: (
              <Table
                size="small"
                rowKey="id"
                loading={apps.isLoading}
                dataSource={apps.data?.items ?? []}
                pagination={{ pageSize: 20 }}
                columns={[
                  {
                    title: t('svc.app.tracking'),
                    dataIndex: 'trackingCode',
                    render: (c: string, a) => <Link to={`/services/applications/${a.id}`}>{c}</Link>,
                  },
                  { title: t('svc.app.title'), dataIndex: 'title' },
                  { title: t('svc.app.applicant'), render: (_, a) => a.applicant.name ?? '—' },
                  {
                    title: t('svc.app.window'),
                    render: (_, a) => `${a.window.name} · ${t(`svc.channel.${a.channel}` as MessageKey)}`,
                  },
                  {
                    title: t('svc.app.status'),
                    render: (_, a) => (
                      <>
                        {t(`svc.status.${a.status}` as MessageKey)}{' '}
                        {a.tolerant && <Tag color="orange">{t('svc.tolerant')}</Tag>}
                        {a.owed > 0 && <Tag color="red">{t('svc.app.owed', { n: a.owed })}</Tag>}
                      </>
                    ),
                  },
                  { title: t('svc.app.progress'), render: (_, a) => `${a.stagesDone}/${a.stagesTotal}` },
                  {
                    title: t('svc.app.received'),
                    dataIndex: 'receivedAt',
                    render: (d: string) => formatDateTime(d),
                  },
                  {
                    title: '',
                    dataIndex: 'light',
                    render: (l: ServiceStage['light']) => <LightTag light={l} />,
                  },
                ]}
              />
            ),
          },
          {
            key: 'queue',
            label: t('svc.tab.queue'),
            children: <StagesTable items={queue.data?.items ?? []} loading={queue.isLoading} />,
          },
          {
            key: 'overdue',
            label: t('svc.tab.overdue'),
            children: <StagesTable items={overdue.data?.items ?? []} loading={overdue.isLoading} />,
          },
        ]}
      />
    </Card>
  );
}
