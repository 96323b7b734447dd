/** 查重采纳: how often the duplicates offered at intake were attached (confirmed) or rejected, per week. */
import { Card, Table, Typography } from 'antd';
import { useDuplicateReport, type DuplicateReport } from '../../api/duplicates.ts';
import { PageHeader } from '../../components/PageHeader.tsx';
import { useI18n } from '../../i18n/index.tsx';

type Row = DuplicateReport['weeks'][number];

export default function DuplicatesReportPage() {
  const { t } = useI18n();
  const report = useDuplicateReport(12);
  const pct = (x: number | null) => (x === null ? '—' : `${(x * 100).toFixed(1)}%`);
  const total = report.data?.total;
  return (
    <div>
      <PageHeader title={t('dup.report.title')} sub={t('dup.report.sub')} />
      <Card size="small">
        <Table<Row>
          data-testid="dup-report"
          rowKey="week"
          size="small"
          loading={report.isLoading}
          pagination={false}
          dataSource={report.data?.weeks ?? []}
          locale={{ emptyText: t('dup.report.none') }}
          columns={[
            { title: t('dup.report.week'), dataIndex: 'week' },
            { title: t('dup.report.shown'), dataIndex: 'shown', align: 'right' },
            { title: t('dup.report.confirmed'), dataIndex: 'confirmed', align: 'right' },
            { title: t('dup.report.rejected'), dataIndex: 'rejected', align: 'right' },
            {
              title: t('dup.report.acceptance'),
              dataIndex: 'acceptance',
              align: 'right',
              render: (v: number | null) => pct(v),
            },
          ]}
          summary={() =>
            total ? (
              <Table.Summary.Row>
                <Table.Summary.Cell index={0}>
                  <Typography.Text strong>{t('dup.report.total')}</Typography.Text>
                </Table.Summary.Cell>
                <Table.Summary.Cell index={1} align="right">
                  {total.shown}
                </Table.Summary.Cell>
                <Table.Summary.Cell index={2} align="right">
                  {total.confirmed}
                </Table.Summary.Cell>
                <Table.Summary.Cell index={3} align="right">
                  {total.rejected}
                </Table.Summary.Cell>
                <Table.Summary.Cell index={4} align="right">
                  <span data-testid="dup-acceptance">{pct(total.acceptance)}</span>
                </Table.Summary.Cell>
              </Table.Summary.Row>
            ) : null
          }
        />
      </Card>
    </div>
  );
}
