/** 全部诉求: every case in the caller's jurisdiction, newest first, filterable; filters live in the URL. */
import { useSearchParams } from 'react-router-dom';
import { Alert, Button, Input, Select } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { Link } from 'react-router-dom';
import type { CaseStatus } from '@onegrid/domain';
import { useCaseList } from '../../api/cases.ts';
import { useAuth } from '../../auth/AuthProvider.tsx';
import { CaseTable } from '../../components/cases/CaseTable.tsx';
import { FilterBar, PageHeader } from '../../components/PageHeader.tsx';
import { CategoryTreeSelect } from '../../components/pickers.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { CASE_STATUSES, statusKey } from '../../lib/caseOptions.ts';
import { options } from '../../lib/options.ts';

export default function CasesPage() {
  const { t } = useI18n();
  const { hasRole } = useAuth();
  const [params, setParams] = useSearchParams();
  const status = (params.get('status') as CaseStatus | null) ?? undefined;
  const categoryCode = params.get('categoryCode') ?? undefined;
  const q = params.get('q') ?? undefined;
  const page = Number(params.get('page') ?? 1) || 1;
  const pageSize = Number(params.get('pageSize') ?? 20) || 20;

  const set = (patch: Record<string, string | number | undefined>) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(patch)) {
      if (v === undefined || v === '') next.delete(k);
      else next.set(k, String(v));
    }
    if (!('page' in patch)) next.delete('page');
    setParams(next, { replace: true });
  };

  const list = useCaseList({ view: 'all', status, categoryCode, q, page, pageSize });

  return (
    <div>
      <PageHeader
        title={t('cases.title')}
        extra={
          (hasRole('operator') || hasRole('dispatcher')) && (
            <Link to="/cases/new">
              <Button type="primary" icon={<PlusOutlined />}>
                {t('menu.intake')}
              </Button>
            </Link>
          )
        }
      />
      <FilterBar>
        <Input.Search
          allowClear
          defaultValue={q}
          placeholder={t('cases.searchPlaceholder')}
          onSearch={(v) => set({ q: v.trim() || undefined })}
          style={{ width: 260 }}
          data-testid="cases-search"
        />
        <Select
          allowClear
          placeholder={t('cases.filterStatus')}
          value={status}
          onChange={(v?: string) => set({ status: v })}
          options={options(CASE_STATUSES, statusKey, t)}
          style={{ width: 140 }}
          data-testid="cases-status"
        />
        <CategoryTreeSelect
          allowClear
          placeholder={t('cases.filterCategory')}
          value={categoryCode}
          onChange={(v) => set({ categoryCode: v })}
          style={{ width: 220 }}
        />
      </FilterBar>
      {list.error && (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 12 }}
          title={t('common.loadFailed', { message: list.error.message })}
        />
      )}
      <CaseTable
        items={list.data?.items ?? []}
        loading={list.isFetching}
        pagination={{
          current: page,
          pageSize,
          total: list.data?.total ?? 0,
          showSizeChanger: true,
          showTotal: (total) => t('common.total', { total }),
          onChange: (p, ps) => set({ page: p, pageSize: ps }),
        }}
      />
    </div>
  );
}
