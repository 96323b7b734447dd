/**
 * 舆情: alerts with their 24 h / 48 h clocks (国办发〔2016〕61号) and a response; the posts (hottest first) with "make
 * a case" and "attach to a case"; a CSV/Excel import; the alert heats (district administrators).
 */
import { useState } from 'react';
import {
  App,
  Button,
  Card,
  Col,
  Form,
  Input,
  InputNumber,
  Modal,
  Row,
  Select,
  Space,
  Statistic,
  Table,
  Tabs,
  Tag,
  Typography,
  Upload,
} from 'antd';
import { UploadOutlined } from '@ant-design/icons';
import { Link } from 'react-router-dom';
import type { OpinionSettings } from '@onegrid/domain';
import { useHotspots } from '../../api/hotspots.ts';
import {
  useAttachCluster,
  useAttachItem,
  useImportOpinion,
  useItemToCase,
  useOpinionAlerts,
  useOpinionItems,
  useOpinionSettings,
  useRespondAlert,
  useSaveOpinionSettings,
  type OpinionAlert,
  type OpinionItem,
} from '../../api/opinion.ts';
import { useAuth } from '../../auth/AuthProvider.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { useI18n, type MessageKey } from '../../i18n/index.tsx';
import { formatDateTime } from '../../lib/time.ts';
import { useShowError } from '../../lib/useApiError.ts';

const CLOCK_COLOR: Record<string, string> = {
  open: 'gold',
  overdue: 'red',
  responded: 'green',
  responded_late: 'volcano',
};
const SENTIMENT_COLOR: Record<string, string> = { negative: 'red', neutral: 'default', positive: 'green' };
/** Beijing time as everywhere in the console (toLocaleString gave the browser's zone and format). */
const when = (s: string | null) => formatDateTime(s);

function RespondModal({ alert, onClose }: { alert: OpinionAlert; onClose: () => void }) {
  const { t } = useI18n();
  const respond = useRespondAlert();
  const showError = useShowError();
  const [form] = Form.useForm<{ response: string }>();
  return (
    <Modal
      open
      title={`${t('op.respond')}：${alert.item.title}`}
      onCancel={onClose}
      confirmLoading={respond.isPending}
      onOk={() =>
        void form
          .validateFields()
          .then((v) =>
            respond.mutate(
              { id: alert.id, response: v.response },
              { onSuccess: onClose, onError: showError },
            ),
          )
      }
    >
      <Form form={form} layout="vertical">
        <Form.Item name="response" label={t('op.response')} rules={[{ required: true, min: 2 }]}>
          <Input.TextArea rows={4} placeholder={t('op.responseHint')} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function AlertsTab() {
  const { t } = useI18n();
  const { hasRole } = useAuth();
  const q = useOpinionAlerts();
  const [responding, setResponding] = useState<OpinionAlert | null>(null);
  const c = q.data?.counts;
  const mayRespond = hasRole('dispatcher') || hasRole('street_lead') || hasRole('admin');
  return (
    <>
      <Row gutter={16} style={{ marginBottom: 16 }}>
        {(
          [
            ['op.open', c?.open, '#d48806'],
            ['op.overdue', c?.overdue, '#cf1322'],
            ['op.responded', c?.responded, '#389e0d'],
            ['op.respondedLate', c?.respondedLate, '#d4380d'],
          ] as const
        ).map(([k, v, color]) => (
          <Col key={k}>
            <Card size="small">
              <Statistic title={t(k)} value={v ?? 0} valueStyle={{ color }} />
            </Card>
          </Col>
        ))}
      </Row>
      <Table<OpinionAlert>
        size="small"
        rowKey="id"
        loading={q.isLoading}
        dataSource={q.data?.items ?? []}
        pagination={false}
        locale={{ emptyText: t('op.noAlerts') }}
        data-testid="op-alerts"
        columns={[
          {
            title: t('op.itemTitle'),
            render: (_, a) => (
              <>
                {a.item.url ? (
                  <a href={a.item.url} target="_blank" rel="noreferrer">
                    {a.item.title}
                  </a>
                ) : (
                  a.item.title
                )}
                <div>
                  <Typography.Text type="secondary">
                    {a.item.source} · {a.item.region ?? '—'}
                  </Typography.Text>
                </div>
              </>
            ),
          },
          {
            title: t('op.level'),
            width: 130,
            render: (_, a) => (
              <Tag color={a.level === 'major' ? 'red' : 'orange'}>
                {t(`op.level.${a.level}` as MessageKey)}
              </Tag>
            ),
          },
          { title: t('op.heat'), dataIndex: 'heat', width: 80, align: 'right' },
          { title: t('op.publishedAt'), width: 170, render: (_, a) => when(a.item.publishedAt) },
          { title: t('op.dueAt'), width: 170, render: (_, a) => when(a.dueAt) },
          {
            title: t('op.clock'),
            width: 150,
            render: (_, a) => (
              <>
                <Tag color={CLOCK_COLOR[a.clock]} data-testid={`op-clock-${a.id}`}>
                  {t(`op.clock.${a.clock}` as MessageKey)}
                </Tag>
                {a.overdueNotifiedAt && (
                  <div>
                    <Typography.Text type="danger" style={{ fontSize: 12 }}>
                      {t('op.overdueTold', { at: when(a.overdueNotifiedAt) })}
                    </Typography.Text>
                  </div>
                )}
              </>
            ),
          },
          {
            title: t('op.response'),
            render: (_, a) =>
              a.respondedAt ? (
                <Typography.Text>
                  {a.response} <Typography.Text type="secondary">({when(a.respondedAt)})</Typography.Text>
                </Typography.Text>
              ) : mayRespond ? (
                <Button size="small" type="primary" onClick={() => setResponding(a)}>
                  {t('op.respond')}
                </Button>
              ) : null,
          },
        ]}
      />
      {responding && <RespondModal alert={responding} onClose={() => setResponding(null)} />}
    </>
  );
}

function ItemsTab() {
  const { t } = useI18n();
  const { hasRole } = useAuth();
  const q = useOpinionItems();
  const toCase = useItemToCase();
  const attach = useAttachItem();
  const imp = useImportOpinion();
  const showError = useShowError();
  const { message } = App.useApp();
  const [attaching, setAttaching] = useState<OpinionItem | null>(null);
  const [caseId, setCaseId] = useState('');
  const [clustering, setClustering] = useState<OpinionItem | null>(null);
  const [clusterId, setClusterId] = useState<string | undefined>();
  const attachCluster = useAttachCluster();
  const hot = useHotspots(false);
  const mayCase = hasRole('operator') || hasRole('dispatcher');
  const mayImport = mayCase || hasRole('admin');
  const mayCluster = mayCase || hasRole('supervisor');
  return (
    <>
      {mayImport && (
        <Space style={{ marginBottom: 12 }}>
          <Upload
            accept=".csv,.xlsx"
            showUploadList={false}
            beforeUpload={(file) => {
              imp.mutate(file, {
                onSuccess: (r) => void message.success(t('op.imported', { ...r })),
                onError: showError,
              });
              return false;
            }}
          >
            <Button icon={<UploadOutlined />} loading={imp.isPending}>
              {t('op.import')}
            </Button>
          </Upload>
          <Typography.Text type="secondary">{t('op.importHint')}</Typography.Text>
        </Space>
      )}
      <Table<OpinionItem>
        size="small"
        rowKey="id"
        loading={q.isLoading}
        dataSource={q.data?.items ?? []}
        pagination={false}
        data-testid="op-items"
        columns={[
          { title: t('op.source'), dataIndex: 'source', width: 90 },
          {
            title: t('op.itemTitle'),
            render: (_, i) => (
              <>
                {i.title}
                <div>
                  <Typography.Text type="secondary" ellipsis style={{ maxWidth: 420 }}>
                    {i.text}
                  </Typography.Text>
                </div>
              </>
            ),
          },
          {
            title: t('op.sentiment'),
            width: 80,
            render: (_, i) => (
              <Tag color={SENTIMENT_COLOR[i.sentiment]}>{t(`op.sentiment.${i.sentiment}` as MessageKey)}</Tag>
            ),
          },
          { title: t('op.reach'), width: 130, render: (_, i) => `${i.reposts}/${i.comments}/${i.likes}` },
          { title: t('op.heat'), dataIndex: 'heat', width: 70, align: 'right' },
          { title: t('op.region'), width: 120, render: (_, i) => i.region ?? '—' },
          {
            title: t('op.cluster'),
            width: 200,
            render: (_, i) =>
              i.cluster ? (
                <Space size={4} wrap data-testid={`op-cluster-${i.id}`}>
                  <Tag color={i.cluster.by === 'auto' ? 'blue' : 'default'}>
                    {t(`op.clusterBy.${i.cluster.by}` as MessageKey)}
                  </Tag>
                  {i.cluster.id ? (
                    <Link to="/hotspots">{i.cluster.description}</Link>
                  ) : (
                    <Typography.Text type="secondary">{t('op.clusterGone')}</Typography.Text>
                  )}
                </Space>
              ) : mayCluster ? (
                <Button
                  size="small"
                  type="link"
                  onClick={() => {
                    setClusterId(undefined);
                    setClustering(i);
                  }}
                  data-testid={`op-to-cluster-${i.id}`}
                >
                  {t('op.toCluster')}
                </Button>
              ) : null,
          },
          { title: t('op.publishedAt'), width: 170, render: (_, i) => when(i.publishedAt) },
          {
            title: t('op.case'),
            width: 200,
            render: (_, i) =>
              i.caseId ? (
                <Link to={`/cases/${i.caseId}`}>{i.caseId}</Link>
              ) : mayCase ? (
                <Space size={4}>
                  <Button
                    size="small"
                    loading={toCase.isPending && toCase.variables === i.id}
                    onClick={() => toCase.mutate(i.id, { onError: showError })}
                  >
                    {t('op.toCase')}
                  </Button>
                  <Button size="small" type="link" onClick={() => setAttaching(i)}>
                    {t('op.attach')}
                  </Button>
                </Space>
              ) : null,
          },
        ]}
      />
      <Modal
        open={attaching !== null}
        title={t('op.attach')}
        onCancel={() => setAttaching(null)}
        confirmLoading={attach.isPending}
        onOk={() =>
          attaching &&
          attach.mutate(
            { id: attaching.id, caseId: caseId.trim() },
            { onSuccess: () => setAttaching(null), onError: showError },
          )
        }
      >
        <Input placeholder={t('op.caseId')} value={caseId} onChange={(e) => setCaseId(e.target.value)} />
      </Modal>
      <Modal
        open={clustering !== null}
        title={t('op.toCluster')}
        onCancel={() => setClustering(null)}
        okButtonProps={{ disabled: !clusterId }}
        confirmLoading={attachCluster.isPending}
        onOk={() =>
          clustering &&
          clusterId &&
          attachCluster.mutate(
            { id: clustering.id, clusterId },
            { onSuccess: () => setClustering(null), onError: showError },
          )
        }
      >
        <Typography.Paragraph type="secondary">{t('op.toClusterHint')}</Typography.Paragraph>
        <Select
          style={{ width: '100%' }}
          showSearch
          optionFilterProp="label"
          placeholder={t('op.pickCluster')}
          loading={hot.isLoading}
          value={clusterId}
          onChange={setClusterId}
          notFoundContent={t('op.noClusters')}
          options={(hot.data?.items ?? []).map((c) => ({
            value: c.id,
            label: t('op.clusterOption', {
              place: c.place ? `${c.place.label} · ` : '',
              title: c.description,
              reporters: c.reporters,
              heat: c.heat.toFixed(1),
            }),
          }))}
          data-testid="op-cluster-picker"
        />
      </Modal>
    </>
  );
}

function SettingsTab() {
  const { t } = useI18n();
  const q = useOpinionSettings();
  const save = useSaveOpinionSettings();
  const showError = useShowError();
  const { message } = App.useApp();
  if (!q.data) return null;
  return (
    <Form<OpinionSettings>
      layout="vertical"
      initialValues={q.data}
      style={{ maxWidth: 420 }}
      onFinish={(v) =>
        save.mutate(v, { onSuccess: () => void message.success(t('op.saved')), onError: showError })
      }
    >
      <Form.Item name="alertHeat" label={t('op.alertHeat')} rules={[{ required: true }]}>
        <InputNumber min={1} />
      </Form.Item>
      <Form.Item name="majorHeat" label={t('op.majorHeat')} rules={[{ required: true }]}>
        <InputNumber min={1} />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={save.isPending}>
        {t('op.save')}
      </Button>
    </Form>
  );
}

export default function OpinionPage() {
  const { t } = useI18n();
  const { hasRole, me } = useAuth();
  const districtAdmin = hasRole('admin') && (me?.scope.level === 'district' || me?.scope.level === 'city');
  return (
    <>
      <PageHeader title={t('op.title')} sub={t('op.sub')} />
      <Card>
        <Tabs
          items={[
            { key: 'alerts', label: t('op.tab.alerts'), children: <AlertsTab /> },
            { key: 'items', label: t('op.tab.items'), children: <ItemsTab /> },
            ...(districtAdmin
              ? [{ key: 'settings', label: t('op.tab.settings'), children: <SettingsTab /> }]
              : []),
          ]}
        />
      </Card>
    </>
  );
}
