/** 房屋 / 出租屋 and 单位场所 (with hazards and rectification). */
import { useQuery } from '@tanstack/react-query';
import { orgType } from '@onegrid/domain';
import { Descriptions, Space, Spin, Table, Tag } from 'antd';
import { api } from '../../api/client.ts';
import { FilterTable, useListQuery, useServerList } from '../../components/FilterTable.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { BaseFilters } from './BaseFilters.tsx';
import { SourceStateTag, useCode, type HouseView, type OrganisationView } from './bits.tsx';

const HAZARD_COLOR = { serious: 'red', general: 'orange', safe: 'green' } as const;

export function HousesPage() {
  const { t } = useI18n();
  const code = useCode();
  const keys = ['communityCode', 'gridCode', 'use', 'rental', 'hazard'] as const;
  const list = useListQuery(keys);
  const q = useServerList<HouseView, (typeof keys)[number]>(
    '/api/basedata/houses',
    (p) => ['basedata', 'houses', p],
    list,
  );
  return (
    <>
      <PageHeader title={t('bd.houses')} sub={t('bd.housesSub')} />
      <FilterTable<HouseView>
        testId="bd-houses"
        rowKey="id"
        list={list}
        rows={q.data?.items}
        total={q.data?.total}
        loading={q.isLoading}
        error={q.error}
        filters={<BaseFilters list={list} keys={keys} />}
        columns={[
          { title: t('bd.address'), dataIndex: 'address' },
          { title: t('bd.use'), dataIndex: 'use', render: (v: string) => code('houseUse', v) },
          { title: t('bd.area'), dataIndex: 'area', render: (v: number | null) => v ?? '—' },
          { title: t('bd.residents'), dataIndex: 'residents' },
          {
            title: t('bd.dangerous'),
            dataIndex: 'dangerous',
            render: (v: boolean) => (v ? <Tag color="red">{t('bd.dangerous')}</Tag> : '—'),
          },
          {
            title: t('bd.rental'),
            key: 'rental',
            render: (_, r) =>
              r.rental ? (
                <Space size={4} wrap>
                  <Tag>{code('rentalUse', r.rental.use)}</Tag>
                  <Tag color={HAZARD_COLOR[r.rental.hazard]}>{code('hazardLevel', r.rental.hazard)}</Tag>
                  <span>
                    {t('bd.occupants')} {r.rental.occupantActual ?? '—'}/{r.rental.occupantLimit ?? '—'}
                  </span>
                  <Tag>{code('mclass', r.rental.managementClass)}</Tag>
                </Space>
              ) : (
                '—'
              ),
          },
          {
            title: t('bd.sourceState'),
            dataIndex: 'sourceState',
            render: (v: HouseView['sourceState']) => <SourceStateTag state={v} />,
          },
        ]}
      />
    </>
  );
}

function OrgDetail({ id }: { id: string }) {
  const { t } = useI18n();
  const code = useCode();
  const q = useQuery({
    queryKey: ['basedata', 'org', id],
    queryFn: () => api.get<OrganisationView>(`/api/basedata/organisations/${id}`),
  });
  if (!q.data) return <Spin size="small" />;
  const o = q.data;
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Descriptions size="small" column={3}>
        <Descriptions.Item label={t('bd.creditCode')}>{o.creditCode ?? '—'}</Descriptions.Item>
        <Descriptions.Item label={t('bd.legalRep')}>{o.legalRep?.name ?? '—'}</Descriptions.Item>
        <Descriptions.Item label={t('bd.employees')}>
          {o.employees?.length ? o.employees.map((e) => e.name).join('、') : (o.employeeCount ?? '—')}
        </Descriptions.Item>
      </Descriptions>
      <Table
        size="small"
        rowKey="id"
        pagination={false}
        title={() => t('bd.hazards')}
        dataSource={o.hazards ?? []}
        columns={[
          { title: t('bd.foundOn'), dataIndex: 'foundOn' },
          { title: t('bd.description'), dataIndex: 'description' },
          {
            title: t('bd.hazard'),
            dataIndex: 'level',
            render: (v: 'serious' | 'general') => <Tag color={HAZARD_COLOR[v]}>{code('hazardLevel', v)}</Tag>,
          },
          { title: t('bd.rectifyBy'), dataIndex: 'rectifyBy', render: (v: string | null) => v ?? '—' },
          {
            title: t('bd.rectifiedOn'),
            dataIndex: 'rectifiedOn',
            render: (v: string | null) => v ?? <Tag color="red">{t('bd.notRectified')}</Tag>,
          },
          {
            title: t('bd.rectification'),
            dataIndex: 'rectification',
            render: (v: string | null) => v ?? '—',
          },
        ]}
      />
    </Space>
  );
}

export function OrganisationsPage() {
  const { t, lang } = useI18n();
  const code = useCode();
  const keys = ['kind', 'communityCode', 'keyUnit', 'openHazards', 'q'] as const;
  const list = useListQuery(keys);
  const q = useServerList<OrganisationView, (typeof keys)[number]>(
    '/api/basedata/organisations',
    (p) => ['basedata', 'orgs', p],
    list,
  );
  return (
    <>
      <PageHeader title={t('bd.orgs')} sub={t('bd.orgsSub')} />
      <FilterTable<OrganisationView>
        testId="bd-orgs"
        rowKey="id"
        list={list}
        rows={q.data?.items}
        total={q.data?.total}
        loading={q.isLoading}
        error={q.error}
        expandable={{ expandedRowRender: (r) => <OrgDetail id={r.id} /> }}
        filters={<BaseFilters list={list} keys={keys} />}
        columns={[
          { title: t('bd.orgName'), dataIndex: 'name' },
          { title: t('bd.kind'), dataIndex: 'kind', render: (v: string) => code('orgKind', v) },
          {
            title: t('bd.typeCode'),
            dataIndex: 'typeCode',
            // the three-level type by name (the code on hover), not the bare code
            render: (v: string) => {
              const type = orgType(v);
              return type ? <span title={v}>{lang === 'en-US' ? type.en : type.zh}</span> : v;
            },
          },
          { title: t('bd.address'), dataIndex: 'addressText', render: (v: string | null) => v ?? '—' },
          {
            title: t('bd.keyUnit'),
            key: 'key',
            render: (_, r) => (
              <Space size={2}>
                {r.keyFire && <Tag color="red">{t('bd.keyFire')}</Tag>}
                {r.keyPublicOrder && <Tag color="blue">{t('bd.keyPublicOrder')}</Tag>}
                {r.keyWorkSafety && <Tag color="orange">{t('bd.keyWorkSafety')}</Tag>}
              </Space>
            ),
          },
          {
            title: t('bd.openHazards'),
            dataIndex: 'openHazards',
            render: (v: number) => (v > 0 ? <Tag color="red">{v}</Tag> : 0),
          },
          {
            title: t('bd.sourceState'),
            dataIndex: 'sourceState',
            render: (v: OrganisationView['sourceState']) => <SourceStateTag state={v} />,
          },
        ]}
      />
    </>
  );
}
