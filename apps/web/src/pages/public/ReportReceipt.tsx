/** 我要反映 — the receipt: the case number and the private tracking link, to be kept by the resident. */
import { Link } from 'react-router-dom';
import { Alert, Button, Card, Result, Space, Typography } from 'antd';
import { LockOutlined } from '@ant-design/icons';
import type { PublicCaseCreated } from '../../api/cases.ts';
import { useI18n } from '../../i18n/index.tsx';

export function Receipt({ created, onAnother }: { created: PublicCaseCreated; onAnother: () => void }) {
  const { t } = useI18n();
  const url = `${window.location.origin}${created.trackingUrl}`;
  return (
    <Card data-testid="report-receipt">
      <Result
        status="success"
        title={t('public.receiptTitle')}
        subTitle={
          <span>
            {t('public.receiptSub', { id: '' })}
            <Typography.Text strong copyable data-testid="report-case-number" style={{ fontSize: 16 }}>
              {created.id}
            </Typography.Text>
          </span>
        }
        style={{ padding: '16px 0' }}
      />
      <Alert
        type="warning"
        showIcon
        icon={<LockOutlined />}
        title={t('public.trackingLink')}
        description={
          <Typography.Paragraph
            copyable={{ text: url, tooltips: [t('public.copy'), t('public.copied')] }}
            style={{ wordBreak: 'break-all', marginBottom: 0 }}
            data-testid="report-tracking-link"
          >
            {url}
          </Typography.Paragraph>
        }
      />
      <Space orientation="vertical" style={{ width: '100%', marginTop: 16 }}>
        <Link to={created.trackingUrl}>
          <Button type="primary" block size="large" data-testid="report-open-tracking">
            {t('public.openTracking')}
          </Button>
        </Link>
        <Button block onClick={onAnother}>
          {t('public.another')}
        </Button>
      </Space>
    </Card>
  );
}
