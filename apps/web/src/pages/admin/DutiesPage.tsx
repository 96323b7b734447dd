import { useState, type CSSProperties } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, Popconfirm, Space, Tag, Typography } from 'antd';
import { EnvironmentOutlined, PlusOutlined } from '@ant-design/icons';
import { api } from '../../api/client.ts';
import { qk } from '../../api/queries.ts';
import type { Duty, DutyParty, DutyRole } from '../../api/types.ts';
import { FilterTable, useListQuery, useServerList } from '../../components/FilterTable.tsx';
import { ImportExport } from '../../components/ImportExport.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { CategoryTreeSelect, categoryName, RegionTreeSelect } from '../../components/pickers.tsx';
import { useI18n, type MessageKey } from '../../i18n/index.tsx';
import { DUTY_ROLE_COLOR, DUTY_ROLES, dutyRoleKey } from '../../lib/options.ts';
import { useShowError } from '../../lib/useApiError.ts';
import { DutyModal } from './DutyModal.tsx';
import { DutyResolver } from './DutyResolver.tsx';

const FILTERS = ['categoryCode', 'regionCode'] as const;

/** Tags wrap inside the cell: long unit names (平谷区住房和城乡建设委员会) must not spill into the next column. */
const PARTY_TAG_STYLE: CSSProperties = { marginBottom: 2, whiteSpace: 'normal', maxWidth: '100%' };

function Parties({ parties, role }: { parties: DutyParty[]; role: DutyRole }) {
  const { t } = useI18n();
  const list = parties.filter((p) => p.role === role);
  if (!list.length) return <Typography.Text type="secondary">—</Typography.Text>;
  return (
    <>
      {list.map((p, i) =>
        p.localStreet ? (
          <Tag key={i} color="cyan" icon={<EnvironmentOutlined />} style={PARTY_TAG_STYLE}>
            {t('duties.localStreet')}
          </Tag>
        ) : (
          <Tag key={i} color={role === 'lead' ? DUTY_ROLE_COLOR.lead : undefined} style={PARTY_TAG_STYLE}>
            {p.unit?.name ?? '?'}
          </Tag>
        ),
      )}
    </>
  );
}

/** Wide enough for one long unit name (平谷区住房和城乡建设委员会); more tags wrap onto further lines. */
const PARTY_WIDTH: Record<DutyRole, number> = { lead: 200, coordinate: 150, assist: 210 };

export default function DutiesPage() {
  const { t, lang } = useI18n();
  const qc = useQueryClient();
  const { message } = App.useApp();
  const showError = useShowError();
  const list = useListQuery(FILTERS);
  const duties = useServerList<Duty, (typeof FILTERS)[number]>('/api/duties', qk.duties, list);
  const [editing, setEditing] = useState<Duty | null>(null);
  const [modalOpen, setModalOpen] = useState(false);

  const remove = useMutation({
    mutationFn: (id: string) => api.delete(`/api/duties/${id}`),
    onSuccess: () => {
      void message.success(t('common.deleted'));
      void qc.invalidateQueries({ queryKey: ['duties'] });
    },
    onError: showError,
  });

  const open = (d: Duty | null) => {
    setEditing(d);
    setModalOpen(true);
  };

  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <div>
        <PageHeader
          title={t('duties.title')}
          extra={
            <>
              <ImportExport entity="duties" invalidate={[['duties']]} />
              <Button type="primary" icon={<PlusOutlined />} onClick={() => open(null)}>
                {t('duties.create')}
              </Button>
            </>
          }
        />
        <FilterTable<Duty>
          testId="duties-list"
          list={list}
          rows={duties.data?.items}
          total={duties.data?.total}
          loading={duties.isFetching}
          error={duties.error}
          onRetry={() => void duties.refetch()}
          filters={
            <>
              <CategoryTreeSelect
                allowClear
                placeholder={t('duties.filterCategory')}
                style={{ width: 240 }}
                value={list.filters.categoryCode}
                onChange={(v) => list.set({ filters: { categoryCode: v } })}
              />
              <RegionTreeSelect
                allowClear
                placeholder={t('duties.filterRegion')}
                style={{ width: 240 }}
                value={list.filters.regionCode}
                onChange={(v) => list.set({ filters: { regionCode: v } })}
              />
            </>
          }
          rowKey="id"
          scroll={{ x: 1080 }}
          columns={[
            {
              title: t('duties.category'),
              key: 'category',
              render: (_, d) => (
                <div>
                  {d.editable ? (
                    <a onClick={() => open(d)}>{categoryName(d.category, lang)}</a>
                  ) : (
                    categoryName(d.category, lang)
                  )}
                  <div>
                    <Typography.Text type="secondary" style={{ fontSize: 12, fontFamily: 'monospace' }}>
                      {d.category.code}
                    </Typography.Text>
                  </div>
                </div>
              ),
            },
            {
              title: t('duties.region'),
              key: 'region',
              width: 140,
              render: (_, d) => (
                <span>
                  {d.region.name}{' '}
                  {/* lane city (issue 14): where the entry comes from, and whether a local entry overrides it */}
                  <Tag
                    color={d.region.level === 'city' ? 'purple' : 'blue'}
                    style={{ fontSize: 11 }}
                    data-testid="duty-source"
                  >
                    {t(`duty.source.${d.region.level}` as MessageKey)}
                  </Tag>
                  {d.overridden && (
                    <Tag color="default" style={{ fontSize: 11 }} data-testid="duty-overridden">
                      {t('duty.overridden')}
                    </Tag>
                  )}
                </span>
              ),
            },
            ...DUTY_ROLES.map((role) => ({
              title: t(dutyRoleKey(role)),
              key: role,
              width: PARTY_WIDTH[role],
              render: (_: unknown, d: Duty) => <Parties parties={d.parties} role={role} />,
            })),
            {
              title: t('common.note'),
              dataIndex: 'note',
              ellipsis: true,
              width: 120,
              render: (v: string | null) => v ?? '',
            },
            {
              title: t('common.actions'),
              key: 'actions',
              width: 150,
              fixed: 'right' as const,
              render: (_: unknown, d: Duty) =>
                d.editable ? (
                  <Space size={0}>
                    <Button type="link" size="small" onClick={() => open(d)}>
                      {t('common.edit')}
                    </Button>
                    <Popconfirm title={t('common.confirmDelete')} onConfirm={() => remove.mutate(d.id)}>
                      <Button type="link" size="small" danger>
                        {t('common.delete')}
                      </Button>
                    </Popconfirm>
                  </Space>
                ) : (
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {t('duties.readOnly')}
                  </Typography.Text>
                ),
            },
          ]}
        />
      </div>
      <DutyResolver />
      <DutyModal
        key={editing?.id ?? 'new'}
        duty={editing}
        open={modalOpen}
        onClose={() => setModalOpen(false)}
      />
    </Space>
  );
}
