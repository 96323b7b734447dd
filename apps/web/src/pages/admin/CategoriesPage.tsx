import { useMemo, useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  Card,
  Col,
  Form,
  Input,
  Modal,
  Row,
  Select,
  Space,
  Switch,
  Table,
  Tag,
  Typography,
} from 'antd';
import { CheckOutlined, PlusOutlined } from '@ant-design/icons';
import { api } from '../../api/client.ts';
import { qk, useCategories } from '../../api/queries.ts';
import type { Category, Urgency } from '../../api/types.ts';
import { ImportExport } from '../../components/ImportExport.tsx';
import { useAuth } from '../../auth/AuthProvider.tsx';
import { canEditGlobal } from '../../auth/permissions.ts';
import { FilterBar, GlobalReadOnlyNote, PageHeader } from '../../components/PageHeader.tsx';
import { CategoryTreeSelect, categoryName } from '../../components/pickers.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { options, URGENCIES, URGENCY_COLOR, urgencyKey } from '../../lib/options.ts';
import { buildCategoryTree, type CategoryNode } from '../../lib/tree.ts';
import { setFieldErrors, useShowError } from '../../lib/useApiError.ts';

interface CategoryForm {
  code: string;
  parentCode?: string;
  nameZh: string;
  nameEn: string;
  defaultUrgency: Urgency;
  serviceCode?: string;
  gridSolvable: boolean;
  keywords: string[];
  active?: boolean;
  public: boolean;
  facility: boolean;
}

type Editing = { mode: 'create'; parentCode?: string } | { mode: 'edit'; category: Category };

function CategoryModal({ editing, onClose }: { editing: Editing | null; onClose: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<CategoryForm>();
  const qc = useQueryClient();
  const showError = useShowError();
  const cat = editing?.mode === 'edit' ? editing.category : null;
  const publicOn = Form.useWatch('public', form) === true;

  const save = useMutation({
    mutationFn: (v: CategoryForm) => {
      const body = {
        parentCode: v.parentCode ?? null,
        nameZh: v.nameZh.trim(),
        nameEn: v.nameEn.trim(),
        defaultUrgency: v.defaultUrgency,
        serviceCode: v.serviceCode?.trim() || null,
        gridSolvable: v.gridSolvable,
        keywords: v.keywords,
        public: v.public,
        facility: v.public && v.facility,
      };
      return cat
        ? api.patch(`/api/categories/${encodeURIComponent(cat.code)}`, { ...body, active: v.active })
        : api.post('/api/categories', { code: v.code.trim(), ...body });
    },
    onSuccess: () => {
      void message.success(t('common.saved'));
      void qc.invalidateQueries({ queryKey: qk.categories });
      onClose();
    },
    onError: (e) => {
      if (!setFieldErrors(form, e)) showError(e);
    },
  });

  return (
    <Modal
      open={editing !== null}
      title={cat ? t('categories.editTitle') : t('categories.createTitle')}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={save.isPending}
      okText={t('common.save')}
      destroyOnHidden
      width={600}
    >
      <Form<CategoryForm>
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={
          cat
            ? {
                code: cat.code,
                parentCode: cat.parentCode ?? undefined,
                nameZh: cat.nameZh,
                nameEn: cat.nameEn,
                defaultUrgency: cat.defaultUrgency,
                serviceCode: cat.serviceCode ?? undefined,
                gridSolvable: cat.gridSolvable,
                keywords: cat.keywords,
                active: cat.active,
                public: cat.public,
                facility: cat.facility,
              }
            : {
                parentCode: editing?.mode === 'create' ? editing.parentCode : undefined,
                defaultUrgency: 'ordinary',
                gridSolvable: false,
                keywords: [],
                public: false,
                facility: false,
              }
        }
        onFinish={(v) => save.mutate(v)}
      >
        <Row gutter={12}>
          <Col xs={24} sm={12}>
            <Form.Item
              name="code"
              label={t('common.code')}
              rules={[
                { required: true },
                { pattern: /^[A-Za-z0-9_.-]{1,40}$/, message: 'A-Z a-z 0-9 _ . -' },
              ]}
            >
              <Input disabled={!!cat} style={{ fontFamily: 'monospace' }} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item name="parentCode" label={t('categories.parent')}>
              <CategoryTreeSelect allowClear placeholder={t('common.none')} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item
          name="nameZh"
          label={t('categories.nameZh')}
          rules={[{ required: true, whitespace: true, max: 100 }]}
        >
          <Input />
        </Form.Item>
        <Form.Item
          name="nameEn"
          label={t('categories.nameEn')}
          rules={[{ required: true, whitespace: true, max: 100 }]}
        >
          <Input />
        </Form.Item>
        <Row gutter={12}>
          <Col xs={24} sm={12}>
            <Form.Item
              name="defaultUrgency"
              label={t('categories.defaultUrgency')}
              rules={[{ required: true }]}
            >
              <Select options={options(URGENCIES, urgencyKey, t)} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item name="serviceCode" label={t('categories.serviceCode')}>
              <Input style={{ fontFamily: 'monospace' }} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item
          name="gridSolvable"
          label={t('categories.gridSolvable')}
          valuePropName="checked"
          extra={t('categories.gridSolvableHint')}
        >
          <Switch />
        </Form.Item>
        <Row gutter={12}>
          <Col xs={24} sm={12}>
            <Form.Item
              name="public"
              label={t('privacy.categoryPublic')}
              valuePropName="checked"
              extra={t('privacy.categoryPublicHint')}
            >
              <Switch data-testid="category-public" />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item
              name="facility"
              label={t('privacy.categoryFacility')}
              valuePropName="checked"
              extra={t('privacy.categoryFacilityHint')}
            >
              <Switch disabled={!publicOn} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="keywords" label={t('categories.keywords')} extra={t('categories.keywordsHint')}>
          <Select mode="tags" open={false} tokenSeparators={[',', '，', '、', ' ']} suffix={null} />
        </Form.Item>
        {cat && (
          <Form.Item name="active" label={t('common.status')} valuePropName="checked">
            <Switch checkedChildren={t('common.active')} unCheckedChildren={t('common.inactive')} />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}

/** Keeps the nodes that match `q` and the branches leading to them. */
function filterTree(nodes: CategoryNode[], q: string): CategoryNode[] {
  if (!q) return nodes;
  const needle = q.toLowerCase();
  const out: CategoryNode[] = [];
  for (const n of nodes) {
    const children = filterTree(n.children ?? [], q);
    const hit =
      n.code.toLowerCase().includes(needle) ||
      n.nameZh.includes(q) ||
      n.nameEn.toLowerCase().includes(needle) ||
      n.keywords.some((k) => k.includes(q));
    if (hit || children.length)
      out.push({ ...n, children: children.length ? children : hit ? n.children : undefined });
  }
  return out;
}

export default function CategoriesPage() {
  const { t, lang } = useI18n();
  const editable = canEditGlobal(useAuth().me);
  const list = useCategories();
  const [q, setQ] = useState('');
  const [editing, setEditing] = useState<Editing | null>(null);
  const tree = useMemo(() => filterTree(buildCategoryTree(list.data ?? []), q.trim()), [list.data, q]);
  const [expanded, setExpanded] = useState<readonly React.Key[]>([]);
  const allParents = useMemo(
    () => (list.data ?? []).filter((c) => !c.isLeaf).map((c) => c.code),
    [list.data],
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
      <Card>
        <FilterBar>
          <Input.Search
            allowClear
            placeholder={t('categories.searchPlaceholder')}
            style={{ width: 300 }}
            onChange={(e) => setQ(e.target.value)}
          />
        </FilterBar>
        {list.error && <Alert type="error" title={t('common.loadFailed', { message: list.error.message })} />}
        <Table<CategoryNode>
          rowKey="code"
          size="middle"
          loading={list.isLoading}
          dataSource={tree}
          pagination={false}
          scroll={{ x: 1000 }}
          expandable={{
            expandedRowKeys: q.trim() ? allParents : expanded,
            onExpandedRowsChange: (keys) => setExpanded(keys),
          }}
          columns={[
            {
              title: t('common.name'),
              key: 'name',
              render: (_, c) => (
                <span style={{ opacity: c.active ? 1 : 0.5 }}>
                  {c.isLeaf ? categoryName(c, lang) : <b>{categoryName(c, lang)}</b>}
                  <Typography.Text type="secondary" style={{ marginInlineStart: 8, fontSize: 12 }}>
                    {lang === 'zh-CN' ? c.nameEn : c.nameZh}
                  </Typography.Text>
                </span>
              ),
            },
            {
              title: t('common.code'),
              dataIndex: 'code',
              width: 150,
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
      </Card>
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
