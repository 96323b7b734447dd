/**
 * 公开诉求: one published case as a resident reads it — exactly what the Open311 feed publishes (public categories
 * only, text de-identified, address cut to the road or compound; 举报 and private cases are not published, so this
 * page says "not found" for them) — with 我也遇到 (+1): once per phone (the server keeps only its blind index).
 */
import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import {
  Alert,
  Button,
  Card,
  Descriptions,
  Form,
  Input,
  Result,
  Space,
  Spin,
  Statistic,
  Tag,
  Typography,
} from 'antd';
import { LikeOutlined } from '@ant-design/icons';
import { isApiError } from '../../api/client.ts';
import { useMetoo, useMetooCount, usePublishedCase } from '../../api/hotspots.ts';
import { StatusTag } from '../../components/cases/CaseBits.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { formatDateTime } from '../../lib/time.ts';
import { useShowError } from '../../lib/useApiError.ts';
import type { CaseStatus } from '@onegrid/domain';
import { PublicShell } from './PublicShell.tsx';

const PHONE = /^(\+?86)?1\d{10}$|^0\d{2,3}-?\d{7,8}$/;

export default function PublicCasePage() {
  const { t } = useI18n();
  const { publicId = '' } = useParams<{ publicId: string }>();
  const q = usePublishedCase(publicId);
  const count = useMetooCount(publicId, !!q.data);
  const metoo = useMetoo(publicId);
  const showError = useShowError();
  const [outcome, setOutcome] = useState<'counted' | 'already' | null>(null);

  if (q.isLoading)
    return (
      <PublicShell>
        <Spin style={{ display: 'block', margin: '48px auto' }} />
      </PublicShell>
    );
  if (!q.data || (q.error && isApiError(q.error)))
    return (
      <PublicShell>
        <Result
          status="404"
          title={t('pubcase.notFound')}
          subTitle={t('pubcase.notFoundHint')}
          extra={
            <Link to="/report">
              <Button type="primary">{t('pubcase.report')}</Button>
            </Link>
          }
        />
      </PublicShell>
    );
  const c = q.data;
  const ext = c.extended_attributes;
  // merged or void cases are published but take no more 我也遇到 (the count endpoint answers 404)
  const open = !count.isError;
  return (
    <PublicShell>
      <Card
        title={c.service_name ?? t('pubcase.title')}
        extra={ext ? <StatusTag status={ext.status_detail as CaseStatus} /> : <Tag>{c.status}</Tag>}
        data-testid="pubcase"
      >
        <Typography.Paragraph style={{ fontSize: 15 }} data-testid="pubcase-description">
          {c.description}
        </Typography.Paragraph>
        <Descriptions size="small" column={1} bordered>
          <Descriptions.Item label={t('pubcase.progress')}>{c.status_notes}</Descriptions.Item>
          {c.address && <Descriptions.Item label={t('pubcase.address')}>{c.address}</Descriptions.Item>}
          {ext?.street && (
            <Descriptions.Item label={t('pubcase.area')}>
              {[ext.street, ext.community].filter(Boolean).join(' · ')}
            </Descriptions.Item>
          )}
          {c.agency_responsible && (
            <Descriptions.Item label={t('pubcase.agency')}>{c.agency_responsible}</Descriptions.Item>
          )}
          <Descriptions.Item label={t('pubcase.reported')}>
            {c.requested_datetime ? formatDateTime(c.requested_datetime) : '—'}
          </Descriptions.Item>
          {ext?.closed_datetime && (
            <Descriptions.Item label={t('pubcase.closed')}>
              {formatDateTime(ext.closed_datetime)}
            </Descriptions.Item>
          )}
        </Descriptions>
      </Card>
      <Card style={{ marginTop: 12 }} data-testid="pubcase-metoo">
        <Space align="start" size={24} wrap>
          <Statistic
            title={t('pubcase.metooCount')}
            value={count.data?.count ?? 0}
            prefix={<LikeOutlined />}
            valueRender={(v) => <span data-testid="metoo-count">{v}</span>}
          />
          <Typography.Text type="secondary" style={{ maxWidth: 360, display: 'block' }}>
            {t('pubcase.metooHint')}
          </Typography.Text>
        </Space>
        {open ? (
          <Form
            layout="inline"
            style={{ marginTop: 12, rowGap: 8 }}
            onFinish={(v: { phone: string }) => {
              setOutcome(null);
              metoo.mutate(v.phone.trim(), {
                onSuccess: (r) => setOutcome(r.counted ? 'counted' : 'already'),
                onError: showError,
              });
            }}
          >
            <Form.Item
              name="phone"
              rules={[{ required: true, pattern: PHONE, message: t('pubcase.phoneInvalid') }]}
            >
              <Input placeholder={t('pubcase.phone')} inputMode="tel" data-testid="metoo-phone" />
            </Form.Item>
            <Button
              type="primary"
              htmlType="submit"
              icon={<LikeOutlined />}
              loading={metoo.isPending}
              data-testid="metoo-button"
            >
              {t('pubcase.metoo')}
            </Button>
          </Form>
        ) : (
          <Typography.Paragraph type="secondary" style={{ marginTop: 12 }}>
            {t('pubcase.metooClosed')}
          </Typography.Paragraph>
        )}
        {outcome && (
          <Alert
            style={{ marginTop: 12 }}
            showIcon
            type={outcome === 'counted' ? 'success' : 'info'}
            title={t(outcome === 'counted' ? 'pubcase.counted' : 'pubcase.already')}
            data-testid="metoo-outcome"
            data-outcome={outcome}
          />
        )}
      </Card>
      <Typography.Paragraph type="secondary" style={{ marginTop: 12, fontSize: 12 }}>
        {t('pubcase.privacy')} <Link to="/report">{t('pubcase.reportOther')}</Link>
      </Typography.Paragraph>
    </PublicShell>
  );
}
