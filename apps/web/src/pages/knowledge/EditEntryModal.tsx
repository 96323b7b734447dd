/** Edit an entry: every save a new version, made from the version the editor opened (a later save is refused). */
import { App, Button, Checkbox, DatePicker, Form, Input, InputNumber, Modal, Select, Space } from 'antd';
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api } from '../../api/client.ts';
import { knowledgeKeys, type KnowledgeDetail } from '../../api/knowledge.ts';
import { useI18n } from '../../i18n/index.tsx';
import { useShowError } from '../../lib/useApiError.ts';

interface Values {
  title: string;
  answer: string;
  body?: string;
  materials: { name: string; required: boolean; copies: number; issuer?: string; notes?: string }[];
  categoryCodes: string[];
  keywords: string[];
  reviewDue?: Dayjs;
  note?: string;
}

export function EditEntryModal({ entry, onClose }: { entry: KnowledgeDetail; onClose: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const showError = useShowError();
  const qc = useQueryClient();
  const [form] = Form.useForm<Values>();
  const [saving, setSaving] = useState(false);
  const s = entry.shown;
  const save = async (v: Values) => {
    setSaving(true);
    try {
      const r = await api.put<KnowledgeDetail>(`/api/knowledge/entries/${entry.id}`, {
        basedOn: entry.currentVersion,
        content: {
          title: v.title,
          answer: v.answer,
          body: v.body ?? '',
          materials: v.materials.map((m) => ({
            name: m.name,
            required: m.required,
            copies: m.copies,
            ...(m.issuer ? { issuer: m.issuer } : {}),
            ...(m.notes ? { notes: m.notes } : {}),
          })),
          categoryCodes: v.categoryCodes,
          keywords: v.keywords,
        },
        ...(v.reviewDue ? { reviewDue: v.reviewDue.format('YYYY-MM-DD') } : {}),
        ...(v.note ? { note: v.note } : {}),
      });
      void message.success(t('kb.saved', { n: r.currentVersion }));
      void qc.invalidateQueries({ queryKey: knowledgeKeys.all });
      onClose();
    } catch (e) {
      showError(e);
    } finally {
      setSaving(false);
    }
  };
  return (
    <Modal
      open
      width={760}
      title={t('kb.editTitle')}
      onCancel={onClose}
      footer={
        <Space>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" loading={saving} onClick={() => form.submit()} data-testid="kb-save">
            {t('kb.save')}
          </Button>
        </Space>
      }
    >
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={(v) => void save(v)}
        initialValues={{
          title: s.title,
          answer: s.answer,
          body: s.body,
          materials: s.materials.map((m) => ({ ...m })),
          categoryCodes: s.categoryCodes,
          keywords: s.keywords,
          reviewDue: dayjs(entry.reviewDue),
        }}
      >
        <Form.Item name="title" label={t('kb.usage.entry')} rules={[{ required: true, min: 2, max: 100 }]}>
          <Input />
        </Form.Item>
        <Form.Item name="answer" label={t('kb.answer')} rules={[{ required: true, min: 2, max: 2000 }]}>
          <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} data-testid="kb-edit-answer" />
        </Form.Item>
        <Form.Item name="body" label={t('kb.body')}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 10 }} />
        </Form.Item>
        <Form.List name="materials">
          {(fields, { add, remove }) => (
            <Form.Item label={t('kb.materials')}>
              {fields.map((f) => (
                // one line per material in both languages: the fields share the modal's width (fixed widths wrapped
                // the remove button onto a line of its own in English)
                <div
                  key={f.key}
                  style={{ display: 'flex', alignItems: 'center', gap: 8, marginBottom: 4 }}
                  data-testid="kb-material-row"
                >
                  <Form.Item name={[f.name, 'name']} rules={[{ required: true }]} noStyle>
                    <Input placeholder={t('kb.material.name')} style={{ flex: '3 1 0', minWidth: 0 }} />
                  </Form.Item>
                  <Form.Item name={[f.name, 'required']} valuePropName="checked" noStyle>
                    <Checkbox style={{ whiteSpace: 'nowrap' }}>{t('kb.material.required')}</Checkbox>
                  </Form.Item>
                  <Form.Item name={[f.name, 'copies']} noStyle>
                    <InputNumber min={1} max={20} style={{ width: 64, flex: 'none' }} />
                  </Form.Item>
                  <Form.Item name={[f.name, 'issuer']} noStyle>
                    <Input placeholder={t('kb.material.issuer')} style={{ flex: '2 1 0', minWidth: 0 }} />
                  </Form.Item>
                  <Form.Item name={[f.name, 'notes']} noStyle>
                    <Input placeholder={t('kb.material.notes')} style={{ flex: '2 1 0', minWidth: 0 }} />
                  </Form.Item>
                  <MinusCircleOutlined onClick={() => remove(f.name)} data-testid="kb-material-remove" />
                </div>
              ))}
              <Button
                type="dashed"
                size="small"
                icon={<PlusOutlined />}
                onClick={() => add({ name: '', required: true, copies: 1 })}
              >
                {t('kb.material.name')}
              </Button>
            </Form.Item>
          )}
        </Form.List>
        <Space wrap>
          <Form.Item name="categoryCodes" label={t('kb.categories')}>
            <Select mode="tags" style={{ minWidth: 220 }} />
          </Form.Item>
          <Form.Item name="keywords" label={t('kb.keywords')}>
            <Select mode="tags" style={{ minWidth: 220 }} />
          </Form.Item>
          <Form.Item name="reviewDue" label={t('kb.reviewDue')}>
            <DatePicker />
          </Form.Item>
        </Space>
        <Form.Item name="note" label={t('kb.editNote')}>
          <Input maxLength={200} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
