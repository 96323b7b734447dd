/** 走访规则与外勤设置: the visit rules in force (defaults with their sources, edits), and the field-work settings. */
import { useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Form, InputNumber, Popconfirm, Space, Table, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { api } from '../../../api/client.ts';
import type { ResponseOf } from '../../../api/contract.ts';
import { PageHeader } from '../../../components/PageHeader.tsx';
import { useI18n } from '../../../i18n/index.tsx';
import { setFieldErrors, useShowError } from '../../../lib/useApiError.ts';
import { everyText, levelName, tagName, withinText } from './labels.ts';
import { FIELD_RULES_KEY, RuleModal } from './RuleModal.tsx';

type FieldRules = ResponseOf<'/api/field/rules', 'get'>;
export type VisitRuleView = FieldRules['rules'][number];
type Settings = FieldRules['settings'];

const ORIGIN_COLOR: Record<VisitRuleView['origin'], string> = {
  default: 'default',
  edited: 'blue',
  added: 'green',
  disabled: 'red',
};
const SETTINGS: { key: keyof Settings; max: number; hint?: 'fr.accuracyHint' | 'fr.trackKeepHint' }[] = [
  { key: 'accuracyThresholdM', max: 1000, hint: 'fr.accuracyHint' },
  { key: 'trackIntervalS', max: 600 },
  { key: 'trackKeepDays', max: 365, hint: 'fr.trackKeepHint' },
  { key: 'signoffYellowHours', max: 720 },
  { key: 'signoffRedHours', max: 720 },
];

export default function FieldRulesPage() {
  const { t } = useI18n();
  const qc = useQueryClient();
  const { message } = App.useApp();
  const showError = useShowError();
  const [editing, setEditing] = useState<VisitRuleView | null>(null);
  const [modalOpen, setModalOpen] = useState(false);
  const [settingsForm] = Form.useForm<Settings>();
  const data = useQuery({
    queryKey: FIELD_RULES_KEY,
    queryFn: () => api.get<FieldRules>('/api/field/rules'),
  });
  const canEdit = data.data?.canEdit ?? false;
  const reset = useMutation({
    mutationFn: (r: VisitRuleView) =>
      api.delete(
        `/api/field/rules?${new URLSearchParams({ tag: r.tag, ...(r.level ? { level: r.level } : {}) })}`,
      ),
    onSuccess: () => {
      void message.success(t('common.saved'));
      void qc.invalidateQueries({ queryKey: FIELD_RULES_KEY });
    },
    onError: showError,
  });
  const saveSettings = useMutation({
    mutationFn: (v: Settings) => api.put('/api/field/settings', v),
    onSuccess: () => {
      void message.success(t('common.saved'));
      void qc.invalidateQueries({ queryKey: FIELD_RULES_KEY });
    },
    onError: (e) => {
      if (!setFieldErrors(settingsForm, e)) showError(e);
    },
  });
  const open = (r: VisitRuleView | null) => {
    setEditing(r);
    setModalOpen(true);
  };

  return (
    <div>
      <PageHeader
        title={t('fr.title')}
        extra={
          canEdit && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => open(null)}>
              {t('fr.add')}
            </Button>
          )
        }
      />
      <Alert type="info" showIcon title={t('fr.hint')} style={{ marginBottom: 16 }} />
      {data.data && !canEdit && (
        <Alert type="warning" showIcon title={t('fr.readOnly')} style={{ marginBottom: 16 }} />
      )}
      <Card style={{ marginBottom: 16 }}>
        <Table<VisitRuleView>
          rowKey={(r) => `${r.tag}|${r.level ?? ''}`}
          loading={data.isLoading}
          dataSource={data.data?.rules ?? []}
          pagination={false}
          size="middle"
          scroll={{ x: 960 }}
          columns={[
            {
              title: t('fr.tag'),
              key: 'tag',
              width: 150,
              render: (_, r) => (
                <span>
                  {tagName(t, r.tag)}
                  <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
                    {levelName(t, r.tag, r.level)}
                  </Typography.Text>
                </span>
              ),
            },
            {
              title: t('fr.every'),
              key: 'every',
              width: 170,
              render: (_, r) => (
                <span>
                  {everyText(t, r.every)}
                  {r.origin === 'edited' && r.default && (
                    <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
                      {t('fr.defaultWas', { every: everyText(t, r.default.every) })}
                    </Typography.Text>
                  )}
                </span>
              ),
            },
            {
              title: t('fr.firstWithin'),
              key: 'first',
              width: 110,
              render: (_, r) => (r.firstWithin ? withinText(t, r.firstWithin) : t('fr.sameAsEvery')),
            },
            {
              title: t('fr.afterChange'),
              key: 'change',
              width: 120,
              render: (_, r) =>
                r.afterChangeWithinHours
                  ? t('fr.afterChangeHours', { n: r.afterChangeWithinHours })
                  : t('fr.none'),
            },
            {
              title: t('fr.calendar'),
              key: 'cal',
              width: 90,
              render: (_, r) => t(`fr.cal.${r.calendar}`),
            },
            {
              title: t('fr.source'),
              key: 'source',
              render: (_, r) => (
                <Typography.Paragraph
                  type="secondary"
                  style={{ fontSize: 12, marginBottom: 0 }}
                  ellipsis={{ rows: 2, tooltip: r.source }}
                >
                  {r.source || t('fr.none')}
                </Typography.Paragraph>
              ),
            },
            {
              title: t('fr.origin'),
              key: 'origin',
              width: 90,
              render: (_, r) => <Tag color={ORIGIN_COLOR[r.origin]}>{t(`fr.origin.${r.origin}`)}</Tag>,
            },
            ...(canEdit
              ? [
                  {
                    title: t('common.actions'),
                    key: 'actions',
                    width: 170,
                    render: (_: unknown, r: VisitRuleView) => (
                      <Space size="small">
                        <Button type="link" size="small" onClick={() => open(r)}>
                          {t('fr.edit')}
                        </Button>
                        {r.origin !== 'default' && (
                          <Popconfirm title={t('fr.resetConfirm')} onConfirm={() => reset.mutate(r)}>
                            <Button type="link" size="small">
                              {r.origin === 'added' ? t('fr.resetAdded') : t('fr.reset')}
                            </Button>
                          </Popconfirm>
                        )}
                      </Space>
                    ),
                  },
                ]
              : []),
          ]}
        />
      </Card>
      <Card title={t('fr.settings')}>
        {data.data && (
          <Form<Settings>
            form={settingsForm}
            layout="vertical"
            initialValues={data.data.settings}
            disabled={!canEdit}
            onFinish={(v) => saveSettings.mutate(v)}
            style={{ maxWidth: 720 }}
          >
            <div
              style={{
                display: 'grid',
                gridTemplateColumns: 'repeat(auto-fill, minmax(220px, 1fr))',
                gap: 16,
              }}
            >
              {SETTINGS.map((s) => (
                <Form.Item
                  key={s.key}
                  name={s.key}
                  label={t(`fr.${s.key}`)}
                  rules={[{ required: true }]}
                  {...(s.hint ? { extra: t(s.hint) } : {})}
                  style={{ marginBottom: 0 }}
                >
                  <InputNumber min={1} max={s.max} precision={0} style={{ width: '100%' }} />
                </Form.Item>
              ))}
            </div>
            {canEdit && (
              <Button
                type="primary"
                htmlType="submit"
                loading={saveSettings.isPending}
                style={{ marginTop: 16 }}
              >
                {t('fr.saveSettings')}
              </Button>
            )}
          </Form>
        )}
      </Card>
      {modalOpen && <RuleModal rule={editing} open={modalOpen} onClose={() => setModalOpen(false)} />}
    </div>
  );
}
