/**
 * 案件查询: one box that takes a case number, a caller's phone (any format) or words of the problem, and filters
 * for place, period, category and status. The repeat-caller view is this page opened from intake with the phone
 * (passed in navigation state, never in the URL): all of that phone's cases, newest first.
 */
import { useState } from 'react';
import { useLocation } from 'react-router-dom';
import { Link } from 'react-router-dom';
import { Alert, Button, DatePicker, Input, Select, Table, Tag, Typography } from 'antd';
import { SearchOutlined } from '@ant-design/icons';
import type { Dayjs } from 'dayjs';
import { readSearchText, type CaseStatus } from '@onegrid/domain';
import { useCaseSearch, type CaseSearchBody, type CaseSearchHit } from '../../api/search.ts';
import { FilterBar, PageHeader } from '../../components/PageHeader.tsx';
import { CategoryTreeSelect, RegionTreeSelect } from '../../components/pickers.tsx';
import { StatusTag, useCategoryName } from '../../components/cases/CaseBits.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { CASE_STATUSES, statusKey } from '../../lib/caseOptions.ts';
import { options } from '../../lib/options.ts';
import { formatDateTime } from '../../lib/time.ts';

interface Criteria {
  q?: string;
  address?: string;
  regionCode?: string;
  categoryCode?: string;
  status?: CaseStatus;
  range?: [Dayjs | null, Dayjs | null] | null;
}

function bodyOf(c: Criteria, page: number, pageSize: number): CaseSearchBody | null {
  const body: CaseSearchBody = { page, pageSize };
  if (c.q?.trim()) body.q = c.q.trim();
  if (c.address?.trim()) body.address = c.address.trim();
  if (c.regionCode) body.regionCode = c.regionCode;
  if (c.categoryCode) body.categoryCode = c.categoryCode;
  if (c.status) body.status = c.status;
  if (c.range?.[0]) body.from = c.range[0].format('YYYY-MM-DD');
  if (c.range?.[1]) body.to = c.range[1].format('YYYY-MM-DD');
  return Object.keys(body).length > 2 ? body : null;
}

export default function CaseSearchPage() {
  const { t } = useI18n();
  const categoryName = useCategoryName();
  const location = useLocation();
  const initial = (location.state as { q?: string } | null)?.q;
  const [draft, setDraft] = useState<Criteria>({ q: initial });
  const [criteria, setCriteria] = useState<Criteria>({ q: initial });
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(20);
  const body = bodyOf(criteria, page, pageSize);
  const result = useCaseSearch(body);
  const read = draft.q ? readSearchText(draft.q) : null;

  const run = (patch: Partial<Criteria> = {}) => {
    const next = { ...draft, ...patch };
    setDraft(next);
    setCriteria(next);
    setPage(1);
  };

  return (
    <div>
      <PageHeader title={t('search.title')} sub={t('search.sub')} />
      <FilterBar>
        <Input.Search
          allowClear
          enterButton={<SearchOutlined />}
          value={draft.q}
          onChange={(e) => setDraft({ ...draft, q: e.target.value })}
          onSearch={(v) => run({ q: v })}
          placeholder={t('search.placeholder')}
          style={{ width: 360 }}
          data-testid="search-box"
        />
        {read && <Tag data-testid="search-kind">{t(`search.kind.${read.kind}`)}</Tag>}
        <Input
          allowClear
          value={draft.address}
          onChange={(e) => setDraft({ ...draft, address: e.target.value })}
          onPressEnter={() => run()}
          placeholder={t('search.address')}
          style={{ width: 180 }}
          data-testid="search-address"
        />
        <div style={{ width: 200 }}>
          <RegionTreeSelect
            allowClear
            placeholder={t('search.place')}
            value={draft.regionCode}
            onChange={(v) => run({ regionCode: v })}
          />
        </div>
        <DatePicker.RangePicker
          allowEmpty={[true, true]}
          value={draft.range ?? null}
          onChange={(v) => run({ range: v })}
          style={{ width: 250 }}
        />
        <CategoryTreeSelect
          allowClear
          placeholder={t('cases.filterCategory')}
          value={draft.categoryCode}
          onChange={(v) => run({ categoryCode: v })}
          style={{ width: 200 }}
        />
        <Select
          allowClear
          placeholder={t('cases.filterStatus')}
          value={draft.status}
          onChange={(v?: CaseStatus) => run({ status: v })}
          options={options(CASE_STATUSES, statusKey, t)}
          style={{ width: 120 }}
        />
        <Button type="primary" onClick={() => run()} data-testid="search-run">
          {t('common.search')}
        </Button>
      </FilterBar>
      {result.error && (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 12 }}
          title={t('common.loadFailed', { message: result.error.message })}
        />
      )}
      {!body && <Typography.Paragraph type="secondary">{t('search.hint')}</Typography.Paragraph>}
      {body && result.data && (
        <Typography.Paragraph data-testid="search-summary">
          {t(result.data.more ? 'search.totalMore' : 'search.total', { n: result.data.total })}
          {result.data.matched === 'phone' && (
            <Typography.Text type="secondary"> · {t('search.audited')}</Typography.Text>
          )}
        </Typography.Paragraph>
      )}
      {body && (
        <Table<CaseSearchHit>
          size="middle"
          rowKey="id"
          data-testid="search-results"
          loading={result.isFetching}
          dataSource={result.data?.items ?? []}
          scroll={{ x: 1100 }}
          pagination={{
            current: page,
            pageSize,
            // deep pages are refused: narrow the search instead
            total: Math.min(result.data?.total ?? 0, 50 * pageSize),
            showSizeChanger: true,
            pageSizeOptions: [20, 50, 100],
            onChange: (p, ps) => {
              setPage(p);
              setPageSize(ps);
            },
          }}
          columns={[
            {
              title: t('case.number'),
              dataIndex: 'id',
              width: 170,
              render: (id: string) => (
                <Link
                  to={`/cases/${id}`}
                  style={{ fontVariantNumeric: 'tabular-nums' }}
                  data-testid="case-link"
                >
                  {id}
                </Link>
              ),
            },
            {
              title: t('search.col.at'),
              dataIndex: 'createdAt',
              width: 150,
              render: (v: string) => formatDateTime(v),
            },
            {
              title: t('case.status'),
              dataIndex: 'status',
              width: 90,
              render: (s: CaseSearchHit['status']) => <StatusTag status={s} />,
            },
            {
              title: t('case.category'),
              key: 'category',
              width: 140,
              render: (_: unknown, c) => categoryName(c.category),
            },
            { title: t('case.title'), dataIndex: 'title', ellipsis: true },
            { title: t('search.col.address'), dataIndex: 'address', width: 200, ellipsis: true },
            {
              title: t('search.col.place'),
              key: 'place',
              width: 150,
              render: (_: unknown, c) => c.community?.name ?? c.street?.name ?? '',
            },
            {
              title: t('search.col.phone'),
              dataIndex: 'reporterPhone',
              width: 130,
              render: (v: string | null) => v ?? '',
            },
          ]}
        />
      )}
    </div>
  );
}
