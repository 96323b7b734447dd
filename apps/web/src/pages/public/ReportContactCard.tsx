/** 我要反映 — who: anonymous or with a name and phone, and whether the case stays private. */
import { Card, Checkbox, Form, Input, Switch, Typography } from 'antd';
import { LockOutlined } from '@ant-design/icons';
import { PHONE_RE } from '../../components/cases/IntakeBits.tsx';
import { useI18n } from '../../i18n/index.tsx';

export function ReportContactCard() {
  const { t } = useI18n();
  const form = Form.useFormInstance();
  const anonymous = Form.useWatch<boolean | undefined>('anonymous', form);
  return (
    <Card size="small" style={{ marginBottom: 12 }}>
      <Form.Item
        name="anonymous"
        valuePropName="checked"
        label={t('public.anonymous')}
        extra={t('public.anonymousHint')}
      >
        <Switch data-testid="report-anonymous" />
      </Form.Item>
      {!anonymous && (
        <>
          <Form.Item name="name" label={t('public.name')}>
            <Input maxLength={50} autoComplete="name" data-testid="report-name" />
          </Form.Item>
          <Form.Item
            name="phone"
            label={t('public.phone')}
            rules={[{ pattern: PHONE_RE, message: t('intake.phoneInvalid') }]}
          >
            <Input maxLength={20} inputMode="tel" autoComplete="tel" data-testid="report-phone" />
          </Form.Item>
        </>
      )}
      <Form.Item
        name="keepPrivate"
        valuePropName="checked"
        extra={t('privacy.keepPrivateHint')}
        style={{ marginBottom: 8 }}
      >
        <Checkbox data-testid="report-keep-private">{t('privacy.keepPrivate')}</Checkbox>
      </Form.Item>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        <LockOutlined /> {t('public.privacy')}
      </Typography.Text>
    </Card>
  );
}
