import { useParams } from 'react-router-dom';
import { Link } from 'react-router-dom';
import { Button, Card, Table, Tooltip } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { formatMinute } from '../../lib/time.ts';
import { useI18n } from '../../i18n/index.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { download } from '../../components/ImportExport.tsx';
import { useConsolidated, type ReportConsolidated } from '../../api/reports.ts';
import { InstanceStatusTag } from './reportBits.tsx';

type Row = ReportConsolidated['rows'][number];

/** The consolidated table of a sending: every community, its status and values, the totals; Excel download. */
export default function SendingPage() {
  const { id = '' } = useParams();
  const { t } = useI18n();
  const q = useConsolidated(id);
  const d = q.data;
  if (!d) return null;
  const show = (v: unknown) =>
    typeof v === 'boolean'
      ? v
        ? t('rpt.inst.yes')
        : t('rpt.inst.no')
      : ((v as string | number | null) ?? '—');
  return (
    <>
      <PageHeader
        title={`${d.sending.templateName} · ${d.sending.period}`}
        sub={`${d.sending.issuingUnitName} · ${t('rpt.due')} ${formatMinute(d.sending.dueAt)} · ${t('rpt.counts', d.sending.counts)}`}
        extra={
          <Button
            icon={<DownloadOutlined />}
            onClick={() => download(`/api/reports/sendings/${id}/export.xlsx`)}
            data-testid="export-xlsx"
          >
            {t('rpt.export')}
          </Button>
        }
      />
      <Card size="small">
        <Table<Row>
          rowKey="instanceId"
          size="small"
          scroll={{ x: true }}
          dataSource={d.rows}
          pagination={{ pageSize: 20 }}
          columns={[
            { title: t('rpt.street'), dataIndex: 'streetName', fixed: 'left' },
            {
              title: t('rpt.community'),
              dataIndex: 'communityName',
              fixed: 'left',
              render: (v: string, r) => <Link to={`/reports/instances/${r.instanceId}`}>{v}</Link>,
            },
            {
              title: t('rpt.status'),
              render: (_, r) => <InstanceStatusTag status={r.status} overdue={r.overdue} />,
            },
            ...d.columns.map((c) => ({
              title: c.label,
              key: c.key,
              render: (_: unknown, r: Row) =>
                r.corrected.includes(c.key) ? (
                  <Tooltip title={t('rpt.inst.corrected')}>
                    <span style={{ color: '#d46b08', fontWeight: 600 }}>{show(r.values[c.key])}*</span>
                  </Tooltip>
                ) : (
                  show(r.values[c.key])
                ),
            })),
          ]}
          summary={() => (
            <Table.Summary.Row>
              <Table.Summary.Cell index={0} colSpan={3}>
                <b>{t('rpt.total')}</b>
              </Table.Summary.Cell>
              {d.columns.map((c, i) => (
                <Table.Summary.Cell key={c.key} index={3 + i}>
                  <b>{d.totals[c.key] ?? ''}</b>
                </Table.Summary.Cell>
              ))}
            </Table.Summary.Row>
          )}
        />
      </Card>
    </>
  );
}
