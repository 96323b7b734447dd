/** Create or edit a matter category: names in both languages, urgency, Open311 code, publication. */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Col, Form, Input, Modal, Row, Select, Switch } from 'antd';
import { api } from '../../api/client.ts';
import { qk } from '../../api/queries.ts';
import type { Category, Urgency } from '../../api/types.ts';
import { CategoryTreeSelect } from '../../components/pickers.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { options, URGENCIES, urgencyKey } from '../../lib/options.ts';
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

export type Editing = { mode: 'create'; parentCode?: string } | { mode: 'edit'; category: Category };

export function CategoryModal({ editing, onClose }: { editing: Editing | null; onClose: () => void }) {
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
