/** 一表通 — the template editor drawer: name, legal basis, frequency, deadline and the columns (ColumnCard). */
import { useState } from 'react';
import { App, Button, Drawer, Form, Input, InputNumber, Select, Space } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { type TemplateInput } from '@onegrid/domain';
import { useI18n } from '../../i18n/index.tsx';
import { isApiError } from '../../api/client.ts';
import { useSaveTemplate, type ReportTemplate } from '../../api/reports.ts';

import { ColumnCard, type Col } from './TemplateColumnCard.tsx';

export function TemplateEditor({
  open,
  template,
  onClose,
}: {
  open: boolean;
  template?: ReportTemplate;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const save = useSaveTemplate();
  const [form] = Form.useForm<Omit<TemplateInput, 'columns'>>();
  const [columns, setColumns] = useState<Col[]>(
    template?.columns ?? [
      {
        key: 'c1',
        label: '',
        kind: 'query',
        query: { entity: 'person', filters: [], aggregate: { fn: 'count' }, groupBy: 'community' },
      },
    ],
  );
  const submit = async () => {
    const v = await form.validateFields();
    try {
      await save.mutateAsync({ id: template?.id, body: { ...v, columns } });
      message.success(t('rpt.saved'));
      onClose();
    } catch (e) {
      message.error(isApiError(e) ? e.message : String(e));
    }
  };
  return (
    <Drawer
      open={open}
      onClose={onClose}
      width={860}
      title={template ? t('rpt.editTemplate') : t('rpt.newTemplate')}
      extra={
        <Button
          type="primary"
          loading={save.isPending}
          onClick={() => void submit()}
          data-testid="template-save"
        >
          {t('rpt.save')}
        </Button>
      }
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={
          template
            ? {
                name: template.name,
                legalBasis: template.legalBasis,
                frequency: template.frequency,
                deadlineWorkingDays: template.deadlineWorkingDays,
              }
            : { frequency: 'monthly', deadlineWorkingDays: 5 }
        }
      >
        <Form.Item name="name" label={t('rpt.name')} rules={[{ required: true, min: 2 }]}>
          <Input />
        </Form.Item>
        <Form.Item name="legalBasis" label={t('rpt.legalBasis')} rules={[{ required: true, min: 2 }]}>
          <Input />
        </Form.Item>
        <Space>
          <Form.Item name="frequency" label={t('rpt.frequency')}>
            <Select
              style={{ width: 140 }}
              options={(['once', 'monthly', 'quarterly', 'yearly'] as const).map((f) => ({
                value: f,
                label: t(`rpt.freq.${f}`),
              }))}
            />
          </Form.Item>
          <Form.Item name="deadlineWorkingDays" label={t('rpt.deadline')}>
            <InputNumber min={1} max={60} addonAfter={t('rpt.deadlineDays', { n: '' }).trim()} />
          </Form.Item>
        </Space>
      </Form>
      <h4>{t('rpt.columns')}</h4>
      {columns.map((c, i) => (
        <ColumnCard
          key={i}
          col={c}
          onChange={(n) => setColumns(columns.map((x, j) => (j === i ? n : x)))}
          onRemove={() => setColumns(columns.filter((_, j) => j !== i))}
        />
      ))}
      <Button
        icon={<PlusOutlined />}
        onClick={() =>
          setColumns([
            ...columns,
            { key: `c${columns.length + 1}`, label: '', kind: 'manual', type: 'number', required: true },
          ])
        }
      >
        {t('rpt.col.add')}
      </Button>
    </Drawer>
  );
}
