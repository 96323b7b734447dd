/**
 * 来电识别 at intake: as the operator types the caller's phone, the persons registered with it (masked as the
 * operator's class view shows them), their home and their earlier cases; one click fills the address and point.
 */
import { useEffect, useState } from 'react';
import { Alert, Button, Form, Space, Table, Tag, Typography, type FormInstance } from 'antd';
import { EnvironmentOutlined, UserOutlined } from '@ant-design/icons';
import { Link } from 'react-router-dom';
import { useCaller } from '../../api/baseview.ts';
import { useAuth } from '../../auth/AuthProvider.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { formatDateTime } from '../../lib/time.ts';
import { StatusTag, useCategoryName } from '../cases/CaseBits.tsx';

const DIGITS = /^\+?\d{7,15}$/;

export function CallerPanel({
  form,
  onPoint,
}: {
  form: FormInstance;
  onPoint: (p: { lon: number; lat: number }) => void;
}) {
  const { t } = useI18n();
  const { hasRole } = useAuth();
  const categoryName = useCategoryName();
  const typed = Form.useWatch<string | undefined>('reporterPhone', form);
  const [phone, setPhone] = useState<string | null>(null);
  const [used, setUsed] = useState<string | null>(null);
  const desk = hasRole('operator') || hasRole('dispatcher');

  useEffect(() => {
    const p = (typed ?? '').replace(/[\s-]/g, '');
    const id = setTimeout(() => setPhone(desk && DIGITS.test(p) ? p : null), 400);
    return () => clearTimeout(id);
  }, [typed, desk]);
  const q = useCaller(phone);

  if (!phone) return null;
  if (q.isPending) return <Typography.Text type="secondary">{t('bv.caller.looking')}</Typography.Text>;
  if (!q.data) return null;
  const { persons, cases } = q.data;
  if (persons.length === 0 && cases.length === 0)
    return (
      <Typography.Text type="secondary" data-testid="bv-caller-none">
        {t('bv.caller.none')}
      </Typography.Text>
    );
  return (
    <div
      data-testid="bv-caller"
      style={{ background: '#f6ffed', border: '1px solid #b7eb8f', borderRadius: 6, padding: 12 }}
    >
      <Typography.Text strong>{t('bv.caller.title')}</Typography.Text>
      <Space orientation="vertical" size={6} style={{ width: '100%', marginTop: 6 }}>
        {persons.length === 0 && (
          <Typography.Text type="secondary">{t('bv.caller.noPerson')}</Typography.Text>
        )}
        {persons.map((p) => (
          <Space key={p.id} wrap size={8}>
            <UserOutlined />
            <Typography.Text strong>{p.name}</Typography.Text>
            {p.nameMasked && <Tag>{t('bv.caller.masked')}</Tag>}
            {p.house ? (
              <>
                <Typography.Text>{p.house.address}</Typography.Text>
                <Button
                  size="small"
                  icon={<EnvironmentOutlined />}
                  data-testid="bv-caller-use"
                  onClick={() => {
                    const h = p.house!;
                    form.setFieldsValue({ address: h.address });
                    if (h.lon !== null && h.lat !== null) onPoint({ lon: h.lon, lat: h.lat });
                    setUsed(h.address);
                  }}
                >
                  {t('bv.caller.use')}
                </Button>
              </>
            ) : (
              <Typography.Text type="secondary">{t('bv.caller.noHouse')}</Typography.Text>
            )}
          </Space>
        ))}
        {used && <Alert type="success" showIcon title={t('bv.caller.used', { address: used })} />}
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {cases.length ? t('bv.caller.cases', { n: cases.length }) : t('bv.caller.noCases')}
        </Typography.Text>
        {cases.length > 0 && (
          <Table
            size="small"
            rowKey="id"
            pagination={false}
            scroll={{ y: 200 }}
            dataSource={cases}
            data-testid="bv-caller-cases"
            columns={[
              {
                title: t('bv.col.case'),
                dataIndex: 'id',
                render: (id: string, c) => (
                  <Link to={`/cases/${id}`} target="_blank" title={c.title}>
                    {id}
                  </Link>
                ),
              },
              { title: t('bv.col.date'), dataIndex: 'createdAt', render: (v: string) => formatDateTime(v) },
              { title: t('bv.col.category'), render: (_: unknown, c) => categoryName(c.category) },
              {
                title: t('bv.col.status'),
                dataIndex: 'status',
                render: (_: unknown, c) => <StatusTag status={c.status} />,
              },
            ]}
          />
        )}
        {cases.length > 0 && (
          // 案件查询's repeat-caller view: every case of this phone, newest first (the phone goes in navigation
          // state, never in the URL)
          <Link to="/cases/search" state={{ q: phone }} target="_self" data-testid="bv-caller-all">
            {t('search.callerHistory')}
          </Link>
        )}
        <Typography.Text type="secondary" style={{ fontSize: 11 }}>
          {t('bv.caller.audited')}
        </Typography.Text>
      </Space>
    </div>
  );
}
