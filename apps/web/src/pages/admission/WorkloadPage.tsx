/** 社区工作量: a community's admitted items, hours and money (费随事转); the district's or street's communities. */
import { useSearchParams } from 'react-router-dom';
import { Card, Col, Row, Space, Statistic, Table, Tag, Typography } from 'antd';
import { useDistrictWorkload, useWorkload, type AdmissionDistrictWorkload } from '../../api/admission.ts';
import { useAuth } from '../../auth/AuthProvider.tsx';
import { useI18n, type MessageKey } from '../../i18n/index.tsx';
import { AdmissionNav, money } from './AdmissionNav.tsx';

function CommunityWorkload({ code }: { code: string | undefined }) {
  const { t } = useI18n();
  const q = useWorkload(code);
  const w = q.data;
  if (!w) return null;
  return (
    <Card size="small" title={t('adm.workloadOf', { name: w.communityName })} data-testid="adm-workload">
      <Row gutter={16} style={{ marginBottom: 12 }}>
        <Col span={6}>
          <Statistic title={t('adm.totalHours')} value={t('adm.hoursUnit', { n: w.hoursPerMonth })} />
        </Col>
        <Col span={6}>
          <Statistic
            title={t('adm.totalFunding')}
            value={t('adm.fundingUnit', { n: money(w.fundingPerYear) })}
          />
        </Col>
        <Col span={4}>
          <Statistic title={t('adm.dutyHours')} value={w.dutyHours} suffix="h" />
        </Col>
        <Col span={4}>
          <Statistic title={t('adm.assistHours')} value={w.assistHours} suffix="h" />
        </Col>
        <Col span={2}>
          <Statistic title={t('adm.tasksOpen')} value={w.tasksOpen} />
        </Col>
        <Col span={2}>
          <Statistic title={t('adm.offgateCount')} value={w.offgateReports} />
        </Col>
      </Row>
      <Table
        rowKey="itemId"
        size="small"
        pagination={false}
        dataSource={w.items}
        columns={[
          { title: t('adm.item'), dataIndex: 'title' },
          {
            title: '',
            dataIndex: 'list',
            width: 130,
            render: (l: string) => <Tag>{t(`adm.list.${l}` as MessageKey)}</Tag>,
          },
          {
            title: t('adm.kind'),
            dataIndex: 'kind',
            width: 150,
            render: (k: string) => t(`adm.kind.${k}` as MessageKey),
          },
          { title: t('adm.hours'), dataIndex: 'hoursPerMonth', width: 130, align: 'right' },
          {
            title: t('adm.funding'),
            dataIndex: 'fundingPerYear',
            width: 140,
            align: 'right',
            render: (n: number) => money(n),
          },
        ]}
      />
    </Card>
  );
}

export default function WorkloadPage() {
  const { t } = useI18n();
  const { me } = useAuth();
  const [params, setParams] = useSearchParams();
  const community = me?.unit.kind === 'community';
  const district = useDistrictWorkload(!community);
  const code = params.get('communityCode') ?? undefined;
  type Row = AdmissionDistrictWorkload['communities'][number];
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <AdmissionNav />
      {community || code ? <CommunityWorkload code={code} /> : null}
      {!community && district.data && (
        <Card size="small" title={t('adm.districtWorkload')}>
          <Typography.Paragraph type="secondary">
            {t('adm.districtTotals', {
              communities: district.data.totals.communities,
              hours: district.data.totals.hoursPerMonth,
              funding: money(district.data.totals.fundingPerYear),
            })}
          </Typography.Paragraph>
          <Table<Row>
            rowKey="communityCode"
            size="small"
            dataSource={district.data.communities}
            onRow={(r) => ({
              onClick: () => setParams({ communityCode: r.communityCode }),
              style: { cursor: 'pointer' },
            })}
            columns={[
              { title: t('adm.community'), dataIndex: 'communityName' },
              { title: t('adm.totalHours'), dataIndex: 'hoursPerMonth', width: 120, align: 'right' },
              { title: t('adm.assistHours'), dataIndex: 'assistHours', width: 110, align: 'right' },
              {
                title: t('adm.totalFunding'),
                dataIndex: 'fundingPerYear',
                width: 140,
                align: 'right',
                render: (n: number) => money(n),
              },
              { title: t('adm.tasksOpen'), dataIndex: 'tasksOpen', width: 110, align: 'right' },
              { title: t('adm.offgateCount'), dataIndex: 'offgateReports', width: 110, align: 'right' },
            ]}
          />
        </Card>
      )}
    </Space>
  );
}
