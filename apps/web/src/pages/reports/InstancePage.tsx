import { useEffect, useState } from 'react';
import { useParams } from 'react-router-dom';
import {
  Alert,
  App,
  Button,
  Card,
  Input,
  InputNumber,
  Modal,
  Select,
  Space,
  Table,
  Tag,
  Tooltip,
} from 'antd';
import { DatabaseOutlined, EditOutlined } from '@ant-design/icons';
import { formatMinute } from '../../lib/time.ts';
import { useI18n } from '../../i18n/index.tsx';
import { isApiError } from '../../api/client.ts';
import { PageHeader } from '../../components/PageHeader.tsx';
import {
  useInstanceAction,
  useReportInstance,
  useSaveCells,
  type ReportCell,
  type ReportInstance,
} from '../../api/reports.ts';
import { InstanceStatusTag } from './reportBits.tsx';

type Value = number | string | boolean | null;
type Row = { column: ReportInstance['columns'][number]; cell: ReportCell };

/** A community fills its instance (pre-filled cells marked with their source and provenance); the department reviews it. */
export default function InstancePage() {
  const { id = '' } = useParams();
  const { t } = useI18n();
  const { message } = App.useApp();
  const q = useReportInstance(id);
  const save = useSaveCells();
  const act = useInstanceAction();
  const [values, setValues] = useState<Record<string, Value>>({});
  const [reasons, setReasons] = useState<Record<string, string>>({});
  const [returning, setReturning] = useState(false);
  const [returnReason, setReturnReason] = useState('');
  const inst = q.data;
  useEffect(() => {
    if (!inst) return;
    setValues(Object.fromEntries(inst.cells.map((c) => [c.key, c.value])));
    setReasons(Object.fromEntries(inst.cells.map((c) => [c.key, c.reason ?? ''])));
  }, [inst]);
  if (!inst) return null;
  const onError = (e: unknown) => message.error(isApiError(e) ? e.message : String(e));
  const edit = inst.can.edit;
  const rows: Row[] = inst.columns.map((column) => ({
    column,
    cell: inst.cells.find((c) => c.key === column.key)!,
  }));
  const changed = (r: Row) => r.cell.source === 'query' && values[r.column.key] !== r.cell.original;
  const saveAll = async () => {
    await save.mutateAsync({
      id,
      cells: rows.map((r) => ({
        key: r.column.key,
        value: values[r.column.key] ?? null,
        ...(changed(r) ? { reason: reasons[r.column.key] ?? '' } : {}),
      })),
    });
  };
  const provenance = (c: ReportCell) => {
    const p = c.provenance;
    if (!p) return null;
    const grids = p.byGrid
      ? Object.entries(p.byGrid)
          .map(([g, n]) => `${g.slice(-3)}: ${n}`)
          .join(', ')
      : '';
    return (
      <div>
        <div>
          {t('rpt.inst.prov', {
            asOf: formatMinute(p.asOf),
            ref: p.referenceDay,
            count: p.count,
            verified: p.sources.verified,
            claimed: p.sources.claimed,
            entered: p.sources.entered,
          })}
        </div>
        {grids ? <div>{t('rpt.inst.byGrid', { list: grids })}</div> : null}
      </div>
    );
  };
  const input = (r: Row) => {
    const k = r.column.key;
    const v = values[k];
    if (!edit) {
      if (typeof v === 'boolean') return v ? t('rpt.inst.yes') : t('rpt.inst.no');
      return v ?? '—';
    }
    if (r.column.kind === 'manual' && r.column.type === 'text')
      return (
        <Input
          value={(v as string) ?? ''}
          onChange={(e) => setValues({ ...values, [k]: e.target.value })}
          data-testid={`cell-${k}`}
        />
      );
    if (r.column.kind === 'manual' && r.column.type === 'boolean')
      return (
        <Select
          style={{ width: 100 }}
          value={v === null ? undefined : String(v)}
          options={[
            { value: 'true', label: t('rpt.inst.yes') },
            { value: 'false', label: t('rpt.inst.no') },
          ]}
          onChange={(s) => setValues({ ...values, [k]: s === 'true' })}
          data-testid={`cell-${k}`}
        />
      );
    return (
      <InputNumber
        value={v as number | null}
        min={0}
        onChange={(n) => setValues({ ...values, [k]: n })}
        data-testid={`cell-${k}`}
      />
    );
  };
  return (
    <>
      <PageHeader
        title={`${inst.templateName} · ${inst.communityName}`}
        sub={t('rpt.inst.period', { period: inst.period, due: formatMinute(inst.dueAt) })}
        extra={<InstanceStatusTag status={inst.status} overdue={inst.overdue} />}
      />
      {inst.returnReason && inst.status === 'returned' ? (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          message={t('rpt.inst.returned', { reason: inst.returnReason })}
        />
      ) : null}
      <Card size="small">
        <Table<Row>
          rowKey={(r) => r.column.key}
          pagination={false}
          dataSource={rows}
          columns={[
            { title: t('rpt.inst.column'), render: (_, r) => r.column.label },
            {
              title: t('rpt.col.kind'),
              render: (_, r) =>
                r.cell.source === 'query' ? (
                  <Tooltip title={provenance(r.cell)}>
                    <Tag icon={<DatabaseOutlined />} color="blue" data-testid={`source-${r.column.key}`}>
                      {t('rpt.inst.source.query')}
                    </Tag>
                  </Tooltip>
                ) : (
                  <Tag icon={<EditOutlined />}>{t('rpt.inst.source.manual')}</Tag>
                ),
            },
            { title: t('rpt.inst.value'), render: (_, r) => input(r) },
            {
              title: t('rpt.inst.reason'),
              render: (_, r) =>
                changed(r) ? (
                  <Space direction="vertical" size={2}>
                    <Space size={4}>
                      <Tag color="orange" data-testid={`corrected-${r.column.key}`}>
                        {t('rpt.inst.corrected')}
                      </Tag>
                      <span style={{ color: '#888' }}>
                        {t('rpt.inst.original', { value: String(r.cell.original) })}
                      </span>
                    </Space>
                    {edit ? (
                      <Input
                        style={{ width: 280 }}
                        placeholder={t('rpt.inst.reasonNeeded')}
                        value={reasons[r.column.key] ?? ''}
                        onChange={(e) => setReasons({ ...reasons, [r.column.key]: e.target.value })}
                        data-testid={`reason-${r.column.key}`}
                      />
                    ) : (
                      <span>{r.cell.reason}</span>
                    )}
                  </Space>
                ) : null,
            },
          ]}
        />
        <Space style={{ marginTop: 16 }}>
          {edit ? (
            <Button
              onClick={() =>
                saveAll()
                  .then(() => message.success(t('rpt.inst.saved')))
                  .catch(onError)
              }
              data-testid="instance-save"
            >
              {t('rpt.inst.save')}
            </Button>
          ) : null}
          {inst.can.submit ? (
            <Button
              type="primary"
              data-testid="instance-submit"
              onClick={() =>
                saveAll()
                  .then(() => act.mutateAsync({ id, action: 'submit' }))
                  .then(() => message.success(t('rpt.inst.submitted')))
                  .catch(onError)
              }
            >
              {t('rpt.inst.submit')}
            </Button>
          ) : null}
          {inst.can.review ? (
            <>
              <Button
                type="primary"
                data-testid="instance-accept"
                onClick={() => act.mutateAsync({ id, action: 'accept' }).catch(onError)}
              >
                {t('rpt.inst.accept')}
              </Button>
              <Button danger onClick={() => setReturning(true)}>
                {t('rpt.inst.return')}
              </Button>
            </>
          ) : null}
        </Space>
      </Card>
      <Modal
        open={returning}
        title={t('rpt.inst.returnReason')}
        onCancel={() => setReturning(false)}
        onOk={() =>
          act
            .mutateAsync({ id, action: 'return', reason: returnReason })
            .then(() => setReturning(false))
            .catch(onError)
        }
      >
        <Input.TextArea value={returnReason} onChange={(e) => setReturnReason(e.target.value)} />
      </Modal>
    </>
  );
}
