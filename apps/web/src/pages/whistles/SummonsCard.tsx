/** The summoned units: who reported in, when, where; the street rates each unit's part. */
import { Button, Card, Form, Input, List, Modal, Rate, Space, Tooltip, Typography } from 'antd';
import { useWhistleAction, type Summon, type WhistleDetail } from '../../api/whistles.ts';
import { useAuth } from '../../auth/AuthProvider.tsx';
import { SummonStatusTag } from '../../components/whistles/WhistleBits.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { formatDateTime } from '../../lib/time.ts';
import { useShowError } from '../../lib/useApiError.ts';

export function RateModal({ w, summon, onClose }: { w: WhistleDetail; summon: Summon; onClose: () => void }) {
  const { t } = useI18n();
  const showError = useShowError();
  const send = useWhistleAction<{ ratings: object[] }>(w.id, 'ratings');
  const [form] = Form.useForm<{
    punctuality: number;
    cooperation: number;
    effect: number;
    comment?: string;
  }>();
  const required = [{ required: true, message: ' ' }];
  return (
    <Modal
      open
      title={t('whistle.rateUnit', { unit: summon.unit.name })}
      okText={t('common.save')}
      confirmLoading={send.isPending}
      onCancel={onClose}
      onOk={() => form.submit()}
    >
      <Form
        form={form}
        layout="horizontal"
        labelCol={{ span: 6 }}
        initialValues={summon.rating ?? undefined}
        onFinish={(v) =>
          send.mutate(
            { ratings: [{ unitId: summon.unit.id, ...v, comment: v.comment?.trim() || undefined }] },
            { onSuccess: onClose, onError: showError },
          )
        }
      >
        <Form.Item name="punctuality" label={t('whistle.punctuality')} rules={required}>
          <Rate data-testid="rate-punctuality" />
        </Form.Item>
        <Form.Item name="cooperation" label={t('whistle.cooperation')} rules={required}>
          <Rate data-testid="rate-cooperation" />
        </Form.Item>
        <Form.Item name="effect" label={t('whistle.effect')} rules={required}>
          <Rate data-testid="rate-effect" />
        </Form.Item>
        <Form.Item name="comment" label={t('whistle.comment')}>
          <Input.TextArea rows={2} maxLength={500} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

export function SummonsCard({ w, onRate }: { w: WhistleDetail; onRate: (s: Summon) => void }) {
  const { t } = useI18n();
  const { me } = useAuth();
  return (
    <Card size="small" title={t('whistle.summons')} data-testid="whistle-summons">
      <List
        dataSource={w.summons}
        renderItem={(s) => (
          <List.Item
            actions={
              w.can.rate
                ? [
                    <Tooltip
                      key="rate"
                      title={s.status === 'summoned' ? t('whistle.rateAfterReport') : undefined}
                    >
                      <Button
                        size="small"
                        disabled={s.status === 'summoned'}
                        onClick={() => onRate(s)}
                        data-testid="whistle-rate"
                      >
                        {t('whistle.rate')}
                      </Button>
                    </Tooltip>,
                  ]
                : []
            }
          >
            <List.Item.Meta
              title={
                <Space size={6} wrap>
                  <span>{s.unit.name}</span>
                  <SummonStatusTag status={s.status} />
                  {s.unit.id === me?.unit.id && (
                    <Typography.Text type="secondary">{t('whistle.yourUnit')}</Typography.Text>
                  )}
                </Space>
              }
              description={
                <Space orientation="vertical" size={2}>
                  {s.reportedAt && (
                    <span>
                      {t('whistle.reportedAt')}：{formatDateTime(s.reportedAt)}
                      {s.reportedBy ? ` · ${s.reportedBy}` : ''}
                      {s.reportLon !== null && s.reportLat !== null
                        ? ` · ${s.reportLon.toFixed(5)}, ${s.reportLat.toFixed(5)}`
                        : ''}
                      {s.reportAccuracy !== null ? ` ${t('whistle.accuracy', { m: s.reportAccuracy })}` : ''}
                    </span>
                  )}
                  {s.reportNote && <span>{s.reportNote}</span>}
                  {s.rating ? (
                    <Space size={12} wrap style={{ fontSize: 12 }}>
                      {(['punctuality', 'cooperation', 'effect'] as const).map((k) => (
                        <span key={k}>
                          {t(`whistle.${k}`)} <Rate disabled value={s.rating![k]} style={{ fontSize: 12 }} />
                        </span>
                      ))}
                      {s.rating.comment && (
                        <Typography.Text type="secondary">“{s.rating.comment}”</Typography.Text>
                      )}
                    </Space>
                  ) : (
                    w.status !== 'void' && (
                      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                        {t('whistle.notRated')}
                      </Typography.Text>
                    )
                  )}
                </Space>
              }
            />
          </List.Item>
        )}
      />
    </Card>
  );
}
