/** 受理 — who is calling: name and phone (protected), and what the base knows of that phone (来电识别). */
import { Card, Col, Form, Input, Row, Typography } from 'antd';
import { SafetyCertificateOutlined } from '@ant-design/icons';
import { CallerPanel } from '../../components/baseview/CallerPanel.tsx';
import { PHONE_RE } from '../../components/cases/IntakeBits.tsx';
import { useI18n } from '../../i18n/index.tsx';

export function IntakeCallerCard({ onPoint }: { onPoint: (p: { lon: number; lat: number }) => void }) {
  const { t } = useI18n();
  const form = Form.useFormInstance();
  return (
    <Card
      size="small"
      title={t('intake.caller')}
      extra={
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          <SafetyCertificateOutlined style={{ color: '#389e0d', marginInlineEnd: 4 }} />
          {t('intake.protected')}
        </Typography.Text>
      }
    >
      <Row gutter={12}>
        <Col xs={24} sm={10}>
          <Form.Item name="reporterName" label={t('intake.callerName')}>
            <Input maxLength={50} autoComplete="off" data-testid="intake-name" />
          </Form.Item>
        </Col>
        <Col xs={24} sm={14}>
          <Form.Item
            name="reporterPhone"
            label={t('intake.callerPhone')}
            rules={[{ pattern: PHONE_RE, message: t('intake.phoneInvalid') }]}
          >
            <Input maxLength={20} inputMode="tel" autoComplete="off" data-testid="intake-phone" />
          </Form.Item>
        </Col>
      </Row>
      <CallerPanel form={form} onPoint={onPoint} />
    </Card>
  );
}
