/** 人民调解统计: files by dispute type and outcome for a street or community and a period. */
import { useState } from 'react';
import { Card, Col, Input, Row, Space, Statistic, Table, Typography } from 'antd';
import { useMediationStats, type MediationStats } from '../../api/mediation.ts';
import { useI18n, type MessageKey } from '../../i18n/index.tsx';
import { RegionTreeSelect } from '../../components/pickers.tsx';

type Row = MediationStats['rows'][number];

export default function MediationStatsPage() {
  const { t } = useI18n();
  const [regionCode, setRegionCode] = useState<string | undefined>();
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const q = useMediationStats({ regionCode, from: from || undefined, to: to || undefined });
  const s = q.data;
  const count = (k: keyof Omit<Row, 'disputeType'>) => ({
    title: t(`med.stats.${k}` as MessageKey),
    dataIndex: k,
    align: 'right' as const,
  });
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('med.statsTitle')}
      </Typography.Title>
      <Card size="small">
        <Space wrap>
          <span>{t('med.stats.region')}</span>
          <RegionTreeSelect value={regionCode} onChange={setRegionCode} allowClear style={{ width: 240 }} />
          <span>{t('med.stats.period')}</span>
          <Input type="date" value={from} onChange={(e) => setFrom(e.target.value)} style={{ width: 160 }} />
          <Input type="date" value={to} onChange={(e) => setTo(e.target.value)} style={{ width: 160 }} />
        </Space>
      </Card>
      {s && (
        <>
          <Typography.Text type="secondary">{t('med.statsRegion', { name: s.region.name })}</Typography.Text>
          <Row gutter={[16, 16]}>
            <Col xs={12} md={4}>
              <Card size="small">
                <Statistic title={t('med.stats.total')} value={s.totals.total} />
              </Card>
            </Col>
            <Col xs={12} md={4}>
              <Card size="small">
                <Statistic title={t('med.stats.agreed')} value={s.totals.agreed} />
              </Card>
            </Col>
            <Col xs={12} md={4}>
              <Card size="small">
                <Statistic title={t('med.stats.terminated')} value={s.totals.terminated} />
              </Card>
            </Col>
            <Col xs={12} md={4}>
              <Card size="small">
                <Statistic
                  title={t('med.stats.rate')}
                  value={s.agreementRate ?? '—'}
                  suffix={s.agreementRate === null ? '' : '%'}
                />
              </Card>
            </Col>
            <Col xs={12} md={4}>
              <Card size="small">
                <Statistic title={t('med.stats.written')} value={s.written} suffix={`/ ${s.oral}`} />
              </Card>
            </Col>
            <Col xs={12} md={4}>
              <Card size="small">
                <Statistic title={t('med.stats.courtDue')} value={s.courtDue} />
              </Card>
            </Col>
          </Row>
          <Table<Row>
            rowKey="disputeType"
            loading={q.isFetching}
            pagination={false}
            dataSource={s.rows}
            columns={[
              {
                title: t('med.type'),
                dataIndex: 'disputeType',
                render: (d: string) => t(`med.type.${d}` as MessageKey),
              },
              count('total'),
              count('ongoing'),
              count('referred'),
              count('agreed'),
              count('terminated'),
            ]}
            summary={() => (
              <Table.Summary.Row>
                <Table.Summary.Cell index={0}>{t('med.stats.sum')}</Table.Summary.Cell>
                {(['total', 'ongoing', 'referred', 'agreed', 'terminated'] as const).map((k, i) => (
                  <Table.Summary.Cell key={k} index={i + 1} align="right">
                    {s.totals[k]}
                  </Table.Summary.Cell>
                ))}
              </Table.Summary.Row>
            )}
          />
        </>
      )}
    </Space>
  );
}
