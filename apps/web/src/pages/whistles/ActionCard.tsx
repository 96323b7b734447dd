/** The street records the joint action and its outcome, and closes the whistle. */
import { App, Button, Card, Descriptions, Form, Input } from 'antd';
import { useWhistleAction, type WhistleDetail } from '../../api/whistles.ts';
import { useI18n } from '../../i18n/index.tsx';
import { useShowError } from '../../lib/useApiError.ts';

export function ActionCard({ w }: { w: WhistleDetail }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const showError = useShowError();
  const send = useWhistleAction<{ actionRecord?: string; outcome?: string }>(w.id, 'actions');
  const [form] = Form.useForm<{ actionRecord?: string; outcome?: string }>();
  if (!w.can.recordAction) {
    return (
      <Card size="small" title={t('whistle.action')}>
        <Descriptions column={1} size="small">
          <Descriptions.Item label={t('whistle.actionRecord')}>
            {w.actionRecord ?? t('whistle.noAction')}
          </Descriptions.Item>
          <Descriptions.Item label={t('whistle.outcome')}>{w.outcome ?? '—'}</Descriptions.Item>
        </Descriptions>
      </Card>
    );
  }
  return (
    <Card size="small" title={t('whistle.action')} data-testid="whistle-action">
      <Form
        form={form}
        layout="vertical"
        initialValues={{ actionRecord: w.actionRecord ?? '', outcome: w.outcome ?? '' }}
        onFinish={(v) => {
          const body = {
            ...(v.actionRecord?.trim() ? { actionRecord: v.actionRecord.trim() } : {}),
            ...(v.outcome?.trim() ? { outcome: v.outcome.trim() } : {}),
          };
          send.mutate(body, {
            onSuccess: () => void message.success(t('whistle.actionSaved')),
            onError: showError,
          });
        }}
      >
        <Form.Item name="actionRecord" label={t('whistle.actionRecord')}>
          <Input.TextArea rows={3} maxLength={4000} data-testid="whistle-action-record" />
        </Form.Item>
        <Form.Item name="outcome" label={t('whistle.outcome')}>
          <Input.TextArea rows={2} maxLength={2000} data-testid="whistle-outcome" />
        </Form.Item>
        <Button htmlType="submit" loading={send.isPending} data-testid="whistle-action-save">
          {t('whistle.recordAction')}
        </Button>
      </Form>
    </Card>
  );
}
