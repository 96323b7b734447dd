/** An item's guide (办事指南) for staff: print the 一次性告知 sheet, or send it to a resident's phone. */
import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { useMutation, useQuery } from '@tanstack/react-query';
import { Alert, App, Button, Card, Input, Space, Spin, Tag, Typography } from 'antd';
import { PrinterOutlined } from '@ant-design/icons';
import { api } from '../../api/client.ts';
import type { ServiceItemDetail } from '../../api/services.ts';
import { useI18n } from '../../i18n/index.tsx';
import { GuideView } from './bits.tsx';

export default function ServiceGuidePage() {
  const { id = '' } = useParams<{ id: string }>();
  const { t } = useI18n();
  const { message } = App.useApp();
  const [phone, setPhone] = useState('');
  const q = useQuery({
    queryKey: ['services', 'item', id],
    queryFn: () => api.get<ServiceItemDetail>(`/api/services/items/${id}`),
  });
  const send = useMutation({
    mutationFn: () => api.post<{ sent: boolean; phone: string }>(`/api/services/items/${id}/send`, { phone }),
    onSuccess: (r) => void message.success(t('svc.sent', { phone: r.phone })),
    onError: (e) => void message.error(e.message),
  });
  if (q.isLoading) return <Spin size="large" style={{ display: 'block', padding: 80 }} />;
  if (q.error || !q.data) return <Alert type="error" showIcon title={q.error?.message} />;
  const d = q.data;
  return (
    <Card
      title={
        <Space>
          <Typography.Text strong>{d.name}</Typography.Text>
          <Tag>{d.code}</Tag>
          {d.demo && <Tag>{t('svc.demo')}</Tag>}
        </Space>
      }
      extra={
        <Space>
          <Link to={`/services/items/${id}/print`}>
            <Button icon={<PrinterOutlined />}>{t('svc.print')}</Button>
          </Link>
          <Input
            style={{ width: 160 }}
            placeholder={t('svc.sendPhone')}
            value={phone}
            onChange={(e) => setPhone(e.target.value)}
          />
          <Button onClick={() => send.mutate()} loading={send.isPending} disabled={!phone}>
            {t('svc.send')}
          </Button>
        </Space>
      }
    >
      <GuideView
        guide={d.guide}
        departments={d.departments.map((x) => `${x.unitName}（${t('svc.daysN', { n: x.days })}）`)}
      />
    </Card>
  );
}
