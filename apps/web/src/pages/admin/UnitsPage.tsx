import { useState } from 'react';
import { Button, Form, Input, Select, Switch, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { api } from '../../api/client.ts';
import { qk } from '../../api/queries.ts';
import type { Unit, UnitInput, UnitKind } from '../../api/types.ts';
import { useAuth } from '../../auth/AuthProvider.tsx';
import { managesVisibleRegion } from '../../auth/permissions.ts';
import { ImportExport } from '../../components/ImportExport.tsx';
import { FilterTable, SearchFilter, useListQuery, useServerList } from '../../components/FilterTable.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { RegionTreeSelect, UnitSelect } from '../../components/pickers.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { oneOf } from '../../lib/listQuery.ts';
import { levelKey, options, UNIT_KINDS, unitKindKey } from '../../lib/options.ts';
import { FormModal, useFormSave } from '../../components/FormModal.tsx';

const KIND_COLOR: Record<UnitKind, string> = {
  government: 'red',
  department: 'blue',
  street_office: 'cyan',
  community: 'green',
  enterprise: 'orange',
  social_org: 'purple',
};

const FILTERS = ['kind', 'q'] as const;

interface UnitForm {
  name: string;
  kind: UnitKind;
  parentId?: string;
  jurisdictionCode: string;
  phone?: string;
  active?: boolean;
}

function UnitModal({ unit, open, onClose }: { unit: Unit | null; open: boolean; onClose: () => void }) {
  const { t } = useI18n();
  const [form] = Form.useForm<UnitForm>();
  const save = useFormSave(
    form,
    (v: UnitForm) => {
      const body: UnitInput = {
        name: v.name.trim(),
        kind: v.kind,
        parentId: v.parentId ?? null,
        jurisdictionCode: v.jurisdictionCode,
        phone: v.phone?.trim() || null,
      };
      return unit
        ? api.patch<Unit>(`/api/units/${unit.id}`, { ...body, active: v.active })
        : api.post<Unit>('/api/units', body);
    },
    { invalidate: ['units'], onDone: onClose },
  );

  return (
    <FormModal<UnitForm>
      open={open}
      title={unit ? t('units.editTitle') : t('units.createTitle')}
      form={form}
      saving={save.isPending}
      onClose={onClose}
      onFinish={(v) => save.mutate(v)}
      initialValues={
        unit
          ? {
              name: unit.name,
              kind: unit.kind,
              parentId: unit.parentId ?? undefined,
              jurisdictionCode: unit.jurisdiction.code,
              phone: unit.phone ?? undefined,
              active: unit.active,
            }
          : { kind: 'department' }
      }
    >
      <Form.Item
        name="name"
        label={t('common.name')}
        rules={[{ required: true, whitespace: true, max: 100 }]}
      >
        <Input />
      </Form.Item>
      <Form.Item name="kind" label={t('units.kind')} rules={[{ required: true }]}>
        <Select options={options(UNIT_KINDS, unitKindKey, t)} />
      </Form.Item>
      <Form.Item name="parentId" label={t('units.parent')}>
        <UnitSelect
          allowClear
          placeholder={t('units.noParent')}
          excludeId={unit?.id}
          known={unit?.parentId ? [{ id: unit.parentId, name: unit.parentName ?? unit.parentId }] : []}
        />
      </Form.Item>
      <Form.Item name="jurisdictionCode" label={t('units.jurisdiction')} rules={[{ required: true }]}>
        <RegionTreeSelect />
      </Form.Item>
      <Form.Item name="phone" label={t('common.phone')} rules={[{ max: 40 }]}>
        <Input />
      </Form.Item>
      {unit && (
        <Form.Item name="active" label={t('common.status')} valuePropName="checked">
          <Switch checkedChildren={t('common.active')} unCheckedChildren={t('common.inactive')} />
        </Form.Item>
      )}
    </FormModal>
  );
}

export default function UnitsPage() {
  const { t } = useI18n();
  const { me } = useAuth();
  // The list also holds the units of regions enclosing the caller's scope; the server refuses edits to those.
  const manages = (u: Unit) => managesVisibleRegion(me, u.jurisdiction.level);
  const list = useListQuery(FILTERS);
  const units = useServerList<Unit, (typeof FILTERS)[number]>('/api/units', qk.units, list);
  const [editing, setEditing] = useState<Unit | null>(null);
  const [modalOpen, setModalOpen] = useState(false);

  const open = (u: Unit | null) => {
    setEditing(u);
    setModalOpen(true);
  };

  return (
    <div>
      <PageHeader
        title={t('units.title')}
        extra={
          <>
            <ImportExport entity="units" invalidate={[['units']]} />
            <Button type="primary" icon={<PlusOutlined />} onClick={() => open(null)}>
              {t('units.create')}
            </Button>
          </>
        }
      />
      <FilterTable<Unit>
        testId="units-list"
        list={list}
        rows={units.data?.items}
        total={units.data?.total}
        loading={units.isFetching}
        error={units.error}
        onRetry={() => void units.refetch()}
        filters={
          <>
            <Select
              allowClear
              placeholder={t('units.kind')}
              style={{ width: 180 }}
              value={oneOf(UNIT_KINDS, list.filters.kind)}
              onChange={(v: UnitKind | undefined) => list.set({ filters: { kind: v } })}
              options={options(UNIT_KINDS, unitKindKey, t)}
            />
            <SearchFilter
              value={list.filters.q}
              width={260}
              placeholder={t('units.searchPlaceholder')}
              onSearch={(q) => list.set({ filters: { q } })}
            />
          </>
        }
        rowKey="id"
        scroll={{ x: 900 }}
        columns={[
          {
            title: t('common.name'),
            dataIndex: 'name',
            render: (v: string, u) => (manages(u) ? <a onClick={() => open(u)}>{v}</a> : v),
          },
          {
            title: t('units.kind'),
            dataIndex: 'kind',
            width: 140,
            render: (k: UnitKind) => <Tag color={KIND_COLOR[k]}>{t(unitKindKey(k))}</Tag>,
          },
          { title: t('units.parent'), dataIndex: 'parentName', render: (v: string | null) => v ?? '—' },
          {
            title: t('units.jurisdiction'),
            key: 'jurisdiction',
            render: (_, u) => (
              <span>
                {u.jurisdiction.name}{' '}
                <Tag variant="filled" style={{ fontSize: 11 }}>
                  {t(levelKey(u.jurisdiction.level))}
                </Tag>
              </span>
            ),
          },
          {
            title: t('common.phone'),
            dataIndex: 'phone',
            width: 140,
            render: (v: string | null) => v ?? '—',
          },
          { title: t('units.userCount'), dataIndex: 'userCount', width: 90, align: 'right' },
          {
            title: t('common.status'),
            dataIndex: 'active',
            width: 90,
            render: (a: boolean) =>
              a ? <Tag color="success">{t('common.active')}</Tag> : <Tag>{t('common.inactive')}</Tag>,
          },
          {
            title: t('common.actions'),
            key: 'actions',
            width: 150,
            fixed: 'right',
            render: (_, u) =>
              manages(u) ? (
                <Button type="link" size="small" onClick={() => open(u)}>
                  {t('common.edit')}
                </Button>
              ) : (
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {t('units.readOnly')}
                </Typography.Text>
              ),
          },
        ]}
      />
      <UnitModal
        key={editing?.id ?? 'new'}
        unit={editing}
        open={modalOpen}
        onClose={() => setModalOpen(false)}
      />
    </div>
  );
}
