import { useState, type CSSProperties } from 'react';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  App,
  Button,
  Card,
  Form,
  Input,
  Modal,
  Popconfirm,
  Select,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import { DeleteOutlined, EnvironmentOutlined, PlusOutlined } from '@ant-design/icons';
import { api } from '../../api/client.ts';
import { qk } from '../../api/queries.ts';
import type { Duty, DutyInput, DutyParty, DutyRole, Page } from '../../api/types.ts';
import { ImportExport } from '../../components/ImportExport.tsx';
import { FilterBar, PageHeader } from '../../components/PageHeader.tsx';
import { CategoryTreeSelect, categoryName, RegionTreeSelect, UnitSelect } from '../../components/pickers.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { DUTY_ROLE_COLOR, DUTY_ROLES, dutyRoleKey, levelKey, options } from '../../lib/options.ts';
import { setFieldErrors, useShowError } from '../../lib/useApiError.ts';
import { DutyResolver } from './DutyResolver.tsx';

/** Select value standing for 属地街乡镇 (the street office of the case's location). */
const LOCAL = '__local_street__';

interface DutyForm {
  categoryCode: string;
  regionCode: string;
  note?: string;
  parties: { role: DutyRole; unit?: string }[];
}

function DutyModal({ duty, open, onClose }: { duty: Duty | null; open: boolean; onClose: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<DutyForm>();
  const qc = useQueryClient();
  const showError = useShowError();
  const known = (duty?.parties ?? []).flatMap((p) => (p.unit ? [p.unit] : []));

  const save = useMutation({
    mutationFn: (v: DutyForm) => {
      const body: DutyInput = {
        categoryCode: v.categoryCode,
        regionCode: v.regionCode,
        note: v.note?.trim() || undefined,
        parties: v.parties.map((p) =>
          p.unit === LOCAL ? { role: p.role, localStreet: true } : { role: p.role, unitId: p.unit },
        ),
      };
      return duty ? api.put(`/api/duties/${duty.id}`, body) : api.post('/api/duties', body);
    },
    onSuccess: () => {
      void message.success(t('common.saved'));
      void qc.invalidateQueries({ queryKey: ['duties'] });
      onClose();
    },
    onError: (e) => {
      if (!setFieldErrors(form, e)) showError(e);
    },
  });

  return (
    <Modal
      open={open}
      title={duty ? t('duties.editTitle') : t('duties.createTitle')}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={save.isPending}
      okText={t('common.save')}
      destroyOnHidden
      width={680}
    >
      <Form<DutyForm>
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={
          duty
            ? {
                categoryCode: duty.category.code,
                regionCode: duty.region.code,
                note: duty.note ?? undefined,
                parties: duty.parties.map((p) => ({
                  role: p.role,
                  unit: p.localStreet ? LOCAL : p.unit?.id,
                })),
              }
            : { parties: [{ role: 'lead', unit: LOCAL }] }
        }
        onFinish={(v) => save.mutate(v)}
      >
        <Form.Item
          name="categoryCode"
          label={t('duties.category')}
          rules={[{ required: true, message: t('duties.pickLeaf') }]}
        >
          <CategoryTreeSelect leafOnly />
        </Form.Item>
        <Form.Item name="regionCode" label={t('duties.region')} rules={[{ required: true }]}>
          <RegionTreeSelect />
        </Form.Item>
        <Form.List
          name="parties"
          rules={[
            {
              validator: async (_, parties: DutyForm['parties'] | undefined) => {
                if ((parties ?? []).filter((p) => p?.role === 'lead').length !== 1)
                  throw new Error(t('duties.oneLead'));
              },
            },
          ]}
        >
          {(fields, { add, remove }, { errors }) => (
            <Form.Item label={t('duties.parties')} required>
              {fields.map((field) => (
                <Space.Compact key={field.key} block style={{ marginBottom: 8 }}>
                  <Form.Item name={[field.name, 'role']} noStyle rules={[{ required: true }]}>
                    <Select style={{ width: 140 }} options={options(DUTY_ROLES, dutyRoleKey, t)} />
                  </Form.Item>
                  <Form.Item
                    name={[field.name, 'unit']}
                    noStyle
                    rules={[{ required: true, message: t('duties.partyUnit') }]}
                  >
                    <UnitSelect
                      placeholder={t('duties.partyUnit')}
                      known={known}
                      extraOptions={[{ value: LOCAL, label: t('duties.localStreetLong') }]}
                    />
                  </Form.Item>
                  <Button
                    icon={<DeleteOutlined />}
                    onClick={() => remove(field.name)}
                    aria-label={t('common.delete')}
                  />
                </Space.Compact>
              ))}
              <Button type="dashed" block icon={<PlusOutlined />} onClick={() => add({ role: 'assist' })}>
                {t('duties.addParty')}
              </Button>
              <Form.ErrorList errors={errors} />
            </Form.Item>
          )}
        </Form.List>
        <Form.Item name="note" label={t('common.note')}>
          <Input.TextArea rows={2} maxLength={500} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

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
  const [categoryCode, setCategoryCode] = useState<string | undefined>();
  const [regionCode, setRegionCode] = useState<string | undefined>();
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(20);
  const [editing, setEditing] = useState<Duty | null>(null);
  const [modalOpen, setModalOpen] = useState(false);

  const params = { categoryCode, regionCode, page, pageSize };
  const list = useQuery({
    queryKey: qk.duties(params),
    queryFn: () => api.get<Page<Duty>>('/api/duties', params),
    placeholderData: keepPreviousData,
  });

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
        <Card>
          <FilterBar>
            <CategoryTreeSelect
              allowClear
              placeholder={t('duties.filterCategory')}
              style={{ width: 240 }}
              value={categoryCode}
              onChange={(v) => {
                setCategoryCode(v);
                setPage(1);
              }}
            />
            <RegionTreeSelect
              allowClear
              placeholder={t('duties.filterRegion')}
              style={{ width: 240 }}
              value={regionCode}
              onChange={(v) => {
                setRegionCode(v);
                setPage(1);
              }}
            />
          </FilterBar>
          <Table<Duty>
            rowKey="id"
            size="middle"
            loading={list.isFetching}
            dataSource={list.data?.items}
            scroll={{ x: 1080 }}
            pagination={{
              current: page,
              pageSize,
              total: list.data?.total ?? 0,
              showSizeChanger: true,
              showTotal: (total) => t('common.total', { total }),
              onChange: (p, s) => {
                setPage(p);
                setPageSize(s);
              },
            }}
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
                    <Tag variant="filled" style={{ fontSize: 11 }}>
                      {t(levelKey(d.region.level))}
                    </Tag>
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
        </Card>
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
