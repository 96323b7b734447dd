/** Residents' pages: the public guide of an item (the 一次性告知 link) and tracking an application by its code. */
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { useQuery } from '@tanstack/react-query';
import {
  Alert,
  Button,
  Card,
  Descriptions,
  Input,
  List,
  Result,
  Space,
  Spin,
  Table,
  Tag,
  Typography,
} from 'antd';
import { api } from '../../api/client.ts';
import type { ServicePublicItem, ServicePublicTrack } from '../../api/services.ts';
import { useI18n } from '../../i18n/index.tsx';
import type { MessageKey } from '../../i18n/index.tsx';
import { formatDateTime } from '../../lib/time.ts';
import { PublicShell } from '../public/PublicShell.tsx';
import { GuideView, LightTag } from './bits.tsx';
import { TrackRatingForm } from './PublicRatingPages.tsx';

export function PublicServicePage() {
  const { id = '' } = useParams<{ id: string }>();
  const { t } = useI18n();
  const q = useQuery({
    queryKey: ['public-service', id],
    queryFn: () => api.get<ServicePublicItem>(`/api/public/services/items/${id}`),
  });
  return (
    <PublicShell>
      <div style={{ maxWidth: 900, margin: '0 auto', padding: 16 }}>
        {q.isLoading && <Spin size="large" style={{ display: 'block', padding: 80 }} />}
        {q.error && <Alert type="error" showIcon title={q.error.message} />}
        {q.data && (
          <Card
            title={`${t('svc.public.title')}：${q.data.name}`}
            extra={q.data.demo && <Tag>{t('svc.demo')}</Tag>}
          >
            <GuideView guide={q.data.guide} departments={q.data.departments} />
          </Card>
        )}
      </div>
    </PublicShell>
  );
}

export function PublicTrackPage() {
  const { code = '' } = useParams<{ code: string }>();
  const { t } = useI18n();
  const navigate = useNavigate();
  const [typed, setTyped] = useState(code);
  const q = useQuery({
    queryKey: ['public-service-track', code],
    queryFn: () => api.get<ServicePublicTrack>(`/api/public/services/track/${code}`),
    enabled: !!code,
    retry: false,
  });
  const a = q.data;
  return (
    <PublicShell>
      <div style={{ maxWidth: 760, margin: '0 auto', padding: 16 }}>
        <Card title={t('svc.track.title')} size="small" style={{ marginBottom: 12 }}>
          <Space.Compact style={{ width: '100%' }}>
            <Input
              placeholder={t('svc.track.placeholder')}
              value={typed}
              onChange={(e) => setTyped(e.target.value.trim().toUpperCase())}
            />
            <Button type="primary" onClick={() => void navigate(`/public/services/track/${typed}`)}>
              {t('svc.new.find')}
            </Button>
          </Space.Compact>
        </Card>
        {q.isLoading && <Spin size="large" style={{ display: 'block', padding: 40 }} />}
        {q.error && <Result status="404" title={t('svc.track.notFound')} />}
        {a && (
          <Card
            title={a.title}
            extra={
              <Tag color={a.status === 'handed_out' ? 'green' : 'blue'} data-testid="svc-track-status">
                {t(`svc.status.${a.status}` as MessageKey)}
              </Tag>
            }
          >
            <Descriptions size="small" column={1}>
              <Descriptions.Item label={t('svc.app.tracking')}>{a.trackingCode}</Descriptions.Item>
              <Descriptions.Item label={t('svc.app.applicant')}>{a.applicant}</Descriptions.Item>
              <Descriptions.Item label={t('svc.app.window')}>{a.window}</Descriptions.Item>
              <Descriptions.Item label={t('svc.app.received')}>
                {formatDateTime(a.receivedAt)}
              </Descriptions.Item>
              <Descriptions.Item label={t('svc.app.due')}>
                {a.dueAt ? formatDateTime(a.dueAt) : '—'}
              </Descriptions.Item>
              {a.outcome && (
                <Descriptions.Item label={t('svc.app.status')}>
                  {t(`svc.outcome.${a.outcome}` as MessageKey)}
                </Descriptions.Item>
              )}
            </Descriptions>
            <Typography.Text strong>{t('svc.stages')}</Typography.Text>
            <Table
              size="small"
              rowKey={(s) => `${s.item}-${s.unit}`}
              pagination={false}
              dataSource={a.stages}
              columns={[
                { title: t('svc.stage.unit'), dataIndex: 'unit' },
                { title: t('svc.stage.item'), dataIndex: 'item' },
                {
                  title: t('svc.app.status'),
                  dataIndex: 'status',
                  render: (v: string) => t(`svc.stage.${v}` as MessageKey),
                },
                { title: t('svc.stage.due'), dataIndex: 'dueAt', render: (d: string) => formatDateTime(d) },
                {
                  title: '',
                  dataIndex: 'light',
                  render: (l: ServicePublicTrack['stages'][number]['light']) => <LightTag light={l} />,
                },
              ]}
            />
            {a.obligations.length > 0 && (
              <List
                header={t('svc.obligations')}
                size="small"
                dataSource={a.obligations}
                renderItem={(o) => (
                  <List.Item>
                    {o.materialName} <Tag>{t(`svc.obligation.${o.state}` as MessageKey)}</Tag>{' '}
                    {formatDateTime(o.dueAt)}
                  </List.Item>
                )}
              />
            )}
          </Card>
        )}
        {a && (a.status === 'handed_out' || a.status === 'rejected') && (
          <TrackRatingForm code={a.trackingCode} />
        )}
        <Link to="/report">{t('public.another')}</Link>
      </div>
    </PublicShell>
  );
}
