import { useMemo, useState } from 'react';
import { Button, Space, Tag, Typography } from 'antd';
import { CheckOutlined, PlusOutlined } from '@ant-design/icons';
import { qk, useCategories } from '../../api/queries.ts';
import type { Urgency } from '../../api/types.ts';
import { ImportExport } from '../../components/ImportExport.tsx';
import { useAuth } from '../../auth/AuthProvider.tsx';
import { canEditGlobal } from '../../auth/permissions.ts';
import { FilterTable, SearchFilter, useListQuery } from '../../components/FilterTable.tsx';
import { GlobalReadOnlyNote, PageHeader } from '../../components/PageHeader.tsx';
import { categoryName } from '../../components/pickers.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { URGENCY_COLOR, urgencyKey } from '../../lib/options.ts';
import {
  buildCategoryTree,
  countCategoryTree,
  filterCategoryTree,
  type CategoryNode,
} from '../../lib/tree.ts';
import { CategoryModal, type Editing } from './CategoryModal.tsx';

const FILTERS = ['q'] as const;

export default function CategoriesPage() {
  const { t, lang } = useI18n();
  const editable = canEditGlobal(useAuth().me);
  const categories = useCategories();
  const list = useListQuery(FILTERS);
  const q = list.filters.q ?? '';
  const [editing, setEditing] = useState<Editing | null>(null);
  const tree = useMemo(
    () => filterCategoryTree(buildCategoryTree(categories.data ?? []), q),
    [categories.data, q],
  );
  const [expanded, setExpanded] = useState<readonly React.Key[]>([]);
  const allParents = useMemo(
    () => (categories.data ?? []).filter((c) => !c.isLeaf).map((c) => c.code),
    [categories.data],
  );

  return (
    <div>
      <PageHeader
        title={t('categories.title')}
        extra={
          <>
            <ImportExport entity="categories" invalidate={[qk.categories]} canImport={editable} />
            {editable && (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing({ mode: 'create' })}>
                {t('categories.create')}
              </Button>
            )}
          </>
        }
      />
      {!editable && <GlobalReadOnlyNote />}
      <FilterTable<CategoryNode>
        testId="categories-list"
        rows={tree}
        total={categories.data ? countCategoryTree(tree) : undefined}
        loading={categories.isLoading}
        error={categories.error}
        onRetry={() => void categories.refetch()}
        filtered={!!q}
        onClearFilters={list.clear}
        filters={
          <SearchFilter
            value={list.filters.q}
            width={300}
            live
            placeholder={t('categories.searchPlaceholder')}
            onSearch={(v) => list.set({ filters: { q: v } }, { replace: true })}
          />
        }
        rowKey="code"
        scroll={{ x: 1000 }}
        expandable={{
          expandedRowKeys: q ? allParents : expanded,
          onExpandedRowsChange: (keys) => setExpanded(keys),
        }}
        columns={[
          {
            title: t('common.name'),
            key: 'name',
            width: 300,
            // the name, and under it the other language's (a long English name wraps on its own line)
            render: (_, c) => (
              <span style={{ opacity: c.active ? 1 : 0.5, display: 'inline-block', verticalAlign: 'top' }}>
                {c.isLeaf ? categoryName(c, lang) : <b>{categoryName(c, lang)}</b>}
                <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12, lineHeight: 1.4 }}>
                  {lang === 'zh-CN' ? c.nameEn : c.nameZh}
                </Typography.Text>
              </span>
            ),
          },
          {
            title: t('common.code'),
            dataIndex: 'code',
            width: 110,
            render: (v: string) => <span style={{ fontFamily: 'monospace' }}>{v}</span>,
          },
          {
            title: t('categories.defaultUrgency'),
            dataIndex: 'defaultUrgency',
            width: 120,
            render: (u: Urgency) => <Tag color={URGENCY_COLOR[u]}>{t(urgencyKey(u))}</Tag>,
          },
          {
            title: t('categories.serviceCode'),
            dataIndex: 'serviceCode',
            width: 150,
            render: (v: string | null) => (v ? <span style={{ fontFamily: 'monospace' }}>{v}</span> : '—'),
          },
          {
            title: t('categories.gridSolvable'),
            dataIndex: 'gridSolvable',
            width: 120,
            align: 'center',
            render: (v: boolean) => (v ? <CheckOutlined style={{ color: '#389e0d' }} /> : null),
          },
          {
            title: t('privacy.categoryPublic'),
            dataIndex: 'public',
            width: 100,
            align: 'center',
            render: (v: boolean, c: { facility?: boolean }) =>
              v ? (
                <Tag color={c.facility ? 'blue' : 'green'}>
                  {c.facility ? t('privacy.categoryFacility') : <CheckOutlined />}
                </Tag>
              ) : null,
          },
          {
            title: t('categories.keywords'),
            dataIndex: 'keywords',
            render: (ks: string[]) =>
              ks.slice(0, 6).map((k) => (
                <Tag key={k} variant="filled" style={{ marginBottom: 2 }}>
                  {k}
                </Tag>
              )),
          },
          {
            title: t('common.status'),
            dataIndex: 'active',
            width: 80,
            render: (a: boolean) =>
              a ? <Tag color="success">{t('common.active')}</Tag> : <Tag>{t('common.inactive')}</Tag>,
          },
          ...(editable
            ? [
                {
                  title: t('common.actions'),
                  key: 'actions',
                  width: 160,
                  fixed: 'right' as const,
                  render: (_: unknown, c: CategoryNode) => (
                    <Space size={0}>
                      <Button
                        type="link"
                        size="small"
                        onClick={() => setEditing({ mode: 'edit', category: c })}
                      >
                        {t('common.edit')}
                      </Button>
                      {!c.isLeaf && (
                        <Button
                          type="link"
                          size="small"
                          onClick={() => setEditing({ mode: 'create', parentCode: c.code })}
                        >
                          {t('categories.createChild')}
                        </Button>
                      )}
                    </Space>
                  ),
                },
              ]
            : []),
        ]}
      />
      <CategoryModal
        key={
          editing
            ? editing.mode === 'edit'
              ? editing.category.code
              : `new-${editing.parentCode ?? ''}`
            : 'none'
        }
        editing={editing}
        onClose={() => setEditing(null)}
      />
    </div>
  );
}
