/**
 * 分类模型 (issue 12): the active trained classifier with its held-back figures (per category group, the most
 * confused pairs, the auto-dispatch threshold and share), corrections since the last training, retrain and roll
 * back. Administrators and supervisors of the district read it; only administrators change it (the server decides).
 */
import { useMemo } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Col, Descriptions, Popconfirm, Row, Table, Tag, Typography } from 'antd';
import { ReloadOutlined } from '@ant-design/icons';
import { api } from '../../../api/client.ts';
import { useCategories } from '../../../api/queries.ts';
import { useAuth } from '../../../auth/AuthProvider.tsx';
import { canEditGlobal } from '../../../auth/permissions.ts';
import { PageHeader } from '../../../components/PageHeader.tsx';
import { categoryName } from '../../../components/pickers.tsx';
import { useI18n } from '../../../i18n/index.tsx';
import { formatDateTime } from '../../../lib/time.ts';
import { useShowError } from '../../../lib/useApiError.ts';

type Trigger = 'nightly' | 'corrections' | 'manual' | 'start';

export interface ModelInfo {
  version: number;
  trainedAt: string;
  trainingSize: number;
  heldBack: number;
  threshold: number | null;
  active: boolean;
  trigger: Trigger;
  metrics: {
    top1: number;
    top3: number;
    leafTop1: number;
    autoShare: number;
    autoPrecision: number;
    perGroup: { group: string; n: number; top1: number }[];
    confused: { truth: string; predicted: string; n: number }[];
  };
}

interface Overview {
  active: ModelInfo | null;
  models: ModelInfo[];
  correctionsSinceTraining: number;
  retrainAfterCorrections: number;
}

const KEY = ['classify', 'models'] as const;
const pct = (x: number) => `${(100 * x).toFixed(1)} %`;

export default function ClassifyModelPage() {
  const { t, lang } = useI18n();
  const { message } = App.useApp();
  const showError = useShowError();
  const qc = useQueryClient();
  const editable = canEditGlobal(useAuth().me);
  const overview = useQuery({ queryKey: KEY, queryFn: () => api.get<Overview>('/api/admin/classify') });
  const categories = useCategories();
  const nameOf = useMemo(() => {
    const m = new Map((categories.data ?? []).map((c) => [c.code, categoryName(c, lang)]));
    return (code: string) => m.get(code) ?? code;
  }, [categories.data, lang]);

  const retrain = useMutation({
    mutationFn: () => api.post<ModelInfo>('/api/admin/classify/retrain'),
    onSuccess: (m) => {
      void message.success(t('classifyModel.retrained', { version: m.version }));
      void qc.invalidateQueries({ queryKey: KEY });
    },
    onError: showError,
  });
  const activate = useMutation({
    mutationFn: (version: number) => api.post<ModelInfo>(`/api/admin/classify/models/${version}/activate`),
    onSuccess: (m) => {
      void message.success(t('classifyModel.activated', { version: m.version }));
      void qc.invalidateQueries({ queryKey: KEY });
    },
    onError: showError,
  });

  const o = overview.data;
  const m = o?.active ?? null;
  return (
    <div>
      <PageHeader
        title={t('classifyModel.title')}
        sub={t('classifyModel.sub')}
        extra={
          editable ? (
            <Button
              type="primary"
              icon={<ReloadOutlined />}
              loading={retrain.isPending}
              onClick={() => retrain.mutate()}
            >
              {t('classifyModel.retrain')}
            </Button>
          ) : (
            <Typography.Text type="secondary">{t('classifyModel.readOnly')}</Typography.Text>
          )
        }
      />
      <Card
        loading={overview.isLoading}
        title={
          m
            ? `${t('classifyModel.current')} · ${t('classifyModel.version', { version: m.version })}`
            : t('classifyModel.current')
        }
        style={{ marginBottom: 16 }}
      >
        {m ? (
          <Descriptions column={{ xs: 1, sm: 2, lg: 3 }} size="small">
            <Descriptions.Item label={t('classifyModel.trainedAt')}>
              {formatDateTime(m.trainedAt)}
            </Descriptions.Item>
            <Descriptions.Item label={t('classifyModel.trainingSize')}>{m.trainingSize}</Descriptions.Item>
            <Descriptions.Item label={t('classifyModel.heldBack')}>{m.heldBack}</Descriptions.Item>
            <Descriptions.Item label={t('classifyModel.top1')}>{pct(m.metrics.top1)}</Descriptions.Item>
            <Descriptions.Item label={t('classifyModel.top3')}>{pct(m.metrics.top3)}</Descriptions.Item>
            <Descriptions.Item label={t('classifyModel.leafTop1')}>
              {pct(m.metrics.leafTop1)}
            </Descriptions.Item>
            <Descriptions.Item label={t('classifyModel.threshold')}>
              {m.threshold === null ? t('classifyModel.noThreshold') : m.threshold.toFixed(3)}
            </Descriptions.Item>
            <Descriptions.Item label="" span={2}>
              {t('classifyModel.auto', {
                share: pct(m.metrics.autoShare),
                precision: pct(m.metrics.autoPrecision),
              })}
            </Descriptions.Item>
          </Descriptions>
        ) : (
          <Typography.Text>{t('classifyModel.none')}</Typography.Text>
        )}
        {o && (
          <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0 }}>
            {t('classifyModel.corrections', {
              n: o.correctionsSinceTraining,
              after: o.retrainAfterCorrections,
            })}
          </Typography.Paragraph>
        )}
      </Card>
      {m && (
        <Row gutter={16}>
          <Col xs={24} lg={14}>
            <Card title={t('classifyModel.perGroup')} size="small" style={{ marginBottom: 16 }}>
              <Table
                size="small"
                rowKey="group"
                pagination={false}
                dataSource={m.metrics.perGroup}
                columns={[
                  { title: t('classifyModel.group'), dataIndex: 'group', render: (g: string) => nameOf(g) },
                  { title: t('classifyModel.cases'), dataIndex: 'n', align: 'right' },
                  {
                    title: t('classifyModel.right'),
                    key: 'right',
                    align: 'right',
                    render: (_: unknown, r: { n: number; top1: number }) => (
                      <Typography.Text type={r.top1 / r.n < 0.6 ? 'danger' : undefined}>
                        {pct(r.top1 / r.n)}
                      </Typography.Text>
                    ),
                  },
                ]}
              />
            </Card>
          </Col>
          <Col xs={24} lg={10}>
            <Card title={t('classifyModel.confused')} size="small" style={{ marginBottom: 16 }}>
              <Table
                size="small"
                rowKey={(r) => `${r.truth}>${r.predicted}`}
                pagination={false}
                dataSource={m.metrics.confused}
                columns={[
                  { title: t('classifyModel.truth'), dataIndex: 'truth', render: (g: string) => nameOf(g) },
                  {
                    title: t('classifyModel.predicted'),
                    dataIndex: 'predicted',
                    render: (g: string) => nameOf(g),
                  },
                  { title: t('classifyModel.cases'), dataIndex: 'n', align: 'right' },
                ]}
              />
            </Card>
          </Col>
        </Row>
      )}
      <Card title={t('classifyModel.versions')} size="small">
        <Table
          size="small"
          rowKey="version"
          loading={overview.isLoading}
          pagination={{ pageSize: 10, hideOnSinglePage: true }}
          dataSource={o?.models ?? []}
          columns={[
            {
              title: t('classifyModel.versions'),
              dataIndex: 'version',
              render: (v: number, r: ModelInfo) => (
                <>
                  v{v} {r.active && <Tag color="green">{t('classifyModel.active')}</Tag>}
                </>
              ),
            },
            {
              title: t('classifyModel.trainedAt'),
              dataIndex: 'trainedAt',
              render: (v: string) => formatDateTime(v),
            },
            {
              title: t('classifyModel.trigger'),
              dataIndex: 'trigger',
              render: (v: Trigger) => t(`classifyModel.trigger.${v}`),
            },
            { title: t('classifyModel.trainingSize'), dataIndex: 'trainingSize', align: 'right' },
            {
              title: t('classifyModel.top1'),
              key: 'top1',
              align: 'right',
              render: (_: unknown, r: ModelInfo) => pct(r.metrics.top1),
            },
            {
              title: t('classifyModel.threshold'),
              dataIndex: 'threshold',
              align: 'right',
              render: (v: number | null) => (v === null ? '—' : v.toFixed(3)),
            },
            {
              key: 'actions',
              render: (_: unknown, r: ModelInfo) =>
                editable && !r.active ? (
                  <Popconfirm
                    title={t('classifyModel.activateConfirm', { version: r.version })}
                    onConfirm={() => activate.mutate(r.version)}
                  >
                    <Button size="small">{t('classifyModel.activate')}</Button>
                  </Popconfirm>
                ) : null,
            },
          ]}
        />
      </Card>
    </div>
  );
}
