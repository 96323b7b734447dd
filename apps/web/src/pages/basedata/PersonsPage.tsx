/** 实有人口: the list (masked, filtered by community, grid, type, tag, age band, state) and an exact look-up. */
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { Alert, Input, Space, Typography } from 'antd';
import { api } from '../../api/client.ts';
import { FilterTable, useListQuery, useServerList } from '../../components/FilterTable.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { useShowError } from '../../lib/useApiError.ts';
import { BaseFilters } from './BaseFilters.tsx';
import { PersonsExportButton } from './PersonsExport.tsx';
import { PersonTag, SourceStateTag, useCode, type PersonRow } from './bits.tsx';

const FILTERS = [
  'communityCode',
  'gridCode',
  'populationType',
  'tag',
  'ageBand',
  'sourceState',
  'name',
] as const;
const TAGGED_FILTERS = ['tag', 'communityCode'] as const;

export function usePersonColumns() {
  const { t } = useI18n();
  const code = useCode();
  return [
    { title: t('bd.name'), dataIndex: 'name', key: 'name', render: (v: string | null) => v ?? '—' },
    {
      title: t('bd.idNumber'),
      dataIndex: 'idNumber',
      key: 'idNumber',
      render: (v: string | null) => v ?? '—',
    },
    { title: t('bd.phone'), dataIndex: 'phone', key: 'phone', render: (v: string | null) => v ?? '—' },
    {
      title: t('bd.gender'),
      dataIndex: 'gender',
      key: 'gender',
      render: (v: string | null) => code('gender', v),
    },
    { title: t('bd.age'), dataIndex: 'age', key: 'age', render: (v: number | null) => v ?? '—' },
    {
      title: t('bd.community'),
      key: 'community',
      render: (_: unknown, r: PersonRow) => r.communityName ?? r.communityCode ?? '—',
    },
    {
      title: t('bd.grid'),
      key: 'grid',
      render: (_: unknown, r: PersonRow) => r.gridName ?? r.gridCode ?? '—',
    },
    {
      title: t('bd.populationType'),
      dataIndex: 'populationType',
      key: 'pop',
      render: (v: string | null) => code('pop', v),
    },
    {
      title: t('bd.tags'),
      key: 'tags',
      render: (_: unknown, r: PersonRow) => (
        <Space size={2} wrap>
          {r.tags.map((tg, i) => (
            <PersonTag key={i} cls={tg.class} tag={tg.tag} />
          ))}
        </Space>
      ),
    },
    {
      title: t('bd.sourceState'),
      dataIndex: 'sourceState',
      key: 'state',
      render: (v: PersonRow['sourceState']) => <SourceStateTag state={v} />,
    },
  ];
}

function Lookup() {
  const { t } = useI18n();
  const showError = useShowError();
  const navigate = useNavigate();
  const [none, setNone] = useState(false);
  const go = async (v: string) => {
    const q = v.trim();
    if (!q) return;
    setNone(false);
    try {
      const body = /^1\d{10}$/.test(q) ? { phone: q } : { idNumber: q };
      const r = await api.post<{ items: PersonRow[] }>('/api/basedata/persons/lookup', body);
      if (r.items.length === 1) void navigate(`/basedata/persons/${r.items[0]!.id}`);
      else setNone(r.items.length === 0);
    } catch (e) {
      showError(e);
    }
  };
  return (
    <Space orientation="vertical" style={{ marginBottom: 12, width: '100%', maxWidth: 460 }}>
      <Input.Search
        placeholder={t('bd.lookupPlaceholder')}
        enterButton={t('bd.lookup')}
        style={{ width: '100%' }}
        onSearch={(v) => void go(v)}
        data-testid="bd-lookup"
      />
      {none && <Alert type="info" showIcon title={t('bd.lookupNone')} />}
    </Space>
  );
}

export default function PersonsPage() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const list = useListQuery(FILTERS);
  const q = useServerList<PersonRow, (typeof FILTERS)[number]>(
    '/api/basedata/persons',
    (p) => ['basedata', 'persons', p],
    list,
  );
  const columns = usePersonColumns();
  return (
    <>
      <PageHeader
        title={t('bd.persons')}
        sub={t('bd.personsSub')}
        extra={<PersonsExportButton filters={list.filters} total={q.data?.total} />}
      />
      <Lookup />
      <FilterTable<PersonRow>
        testId="bd-persons"
        rowKey="id"
        list={list}
        rows={q.data?.items}
        total={q.data?.total}
        loading={q.isLoading}
        error={q.error}
        onRetry={() => void q.refetch()}
        onRow={(r) => ({
          onClick: () => void navigate(`/basedata/persons/${r.id}`),
          style: { cursor: 'pointer' },
        })}
        columns={columns}
        filters={<BaseFilters list={list} keys={FILTERS} />}
      />
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('bd.hiddenNote')}
      </Typography.Text>
    </>
  );
}

/** 重点人群 / 关怀对象: the persons of one tag — what a department sees (数据按用途). */
export function TaggedPage() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const list = useListQuery(TAGGED_FILTERS);
  const tag = list.filters.tag;
  const q = useServerList<PersonRow, 'tag' | 'communityCode'>(
    '/api/basedata/persons',
    (p) => ['basedata', 'tagged', p],
    list,
  );
  const columns = usePersonColumns();
  return (
    <>
      <PageHeader title={t('bd.tagged')} sub={t('bd.taggedSub')} />
      <FilterTable<PersonRow>
        testId="bd-tagged"
        rowKey="id"
        list={list}
        rows={tag ? q.data?.items : []}
        total={tag ? q.data?.total : 0}
        loading={!!tag && q.isLoading}
        error={q.error}
        emptyText={tag ? undefined : t('bd.chooseTag')}
        onRow={(r) => ({
          onClick: () => void navigate(`/basedata/persons/${r.id}`),
          style: { cursor: 'pointer' },
        })}
        columns={columns}
        filters={<BaseFilters list={list} keys={TAGGED_FILTERS} />}
      />
    </>
  );
}
