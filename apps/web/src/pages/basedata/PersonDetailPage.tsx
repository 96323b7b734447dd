/** One person: fields by privacy class (masked until revealed with a reason), residences, tags, change history. */
import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  App,
  Button,
  Card,
  Checkbox,
  Descriptions,
  Form,
  Grid,
  Input,
  Modal,
  Result,
  Space,
  Spin,
  Table,
  Tag,
  Typography,
} from 'antd';
import { ArrowLeftOutlined, CheckCircleOutlined, EyeOutlined } from '@ant-design/icons';
import { api, isApiError } from '../../api/client.ts';
import type { Schema } from '../../api/contract.ts';
import { PageHeader } from '../../components/PageHeader.tsx';
import { hasMessage, useI18n, type MessageKey } from '../../i18n/index.tsx';
import { formatDateTime } from '../../lib/time.ts';
import { ethnicityName } from '../../lib/ethnicity.ts';
import { useShowError } from '../../lib/useApiError.ts';
import { PersonTag, SourceStateTag, useCode, type PersonDetail, type PersonTagView } from './bits.tsx';

type Revealed = Schema<'PersonRevealed'>;
type History = Schema<'BaseHistory'>;
type Field = 'name' | 'idNumber' | 'phone' | 'tags';

function RevealModal({
  fields,
  open,
  onClose,
  onDone,
  personId,
}: {
  fields: Field[];
  open: boolean;
  onClose: () => void;
  onDone: (r: Revealed) => void;
  personId: string;
}) {
  const { t } = useI18n();
  const showError = useShowError();
  const [form] = Form.useForm<{ fields: Field[]; reason: string }>();
  const m = useMutation({
    mutationFn: (v: { fields: Field[]; reason: string }) =>
      api.post<Revealed>(`/api/basedata/persons/${personId}/reveal`, v),
    onSuccess: (r) => {
      onDone(r);
      onClose();
      form.resetFields();
    },
    onError: showError,
  });
  return (
    <Modal
      open={open}
      title={t('bd.revealTitle')}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={m.isPending}
      okText={t('bd.reveal')}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" initialValues={{ fields }} onFinish={(v) => m.mutate(v)}>
        <Form.Item name="fields" label={t('bd.revealFields')} rules={[{ required: true }]}>
          <Checkbox.Group options={fields.map((f) => ({ value: f, label: t(`bd.field.${f}`) }))} />
        </Form.Item>
        <Form.Item name="reason" label={t('bd.revealReason')} rules={[{ required: true, min: 2, max: 200 }]}>
          <Input.TextArea rows={2} maxLength={200} data-testid="bd-reveal-reason" />
        </Form.Item>
      </Form>
    </Modal>
  );
}

export default function PersonDetailPage() {
  const { id = '' } = useParams<{ id: string }>();
  const { t, lang } = useI18n();
  const code = useCode();
  // on a phone the tables scroll sideways instead of squeezing their headers to a character a line
  const phoneScroll = Grid.useBreakpoint().md ? undefined : { x: 'max-content' as const };
  const { message } = App.useApp();
  const showError = useShowError();
  const qc = useQueryClient();
  const q = useQuery({
    queryKey: ['basedata', 'person', id],
    queryFn: () => api.get<PersonDetail>(`/api/basedata/persons/${id}`),
  });
  const history = useQuery({
    queryKey: ['basedata', 'person', id, 'history'],
    queryFn: () => api.get<History>(`/api/basedata/persons/${id}/history`),
    enabled: q.data?.views.name === 'full',
  });
  const [revealOpen, setRevealOpen] = useState(false);
  const [revealed, setRevealed] = useState<Revealed>({});
  const verify = useMutation({
    mutationFn: () => api.post(`/api/basedata/persons/${id}/verify`, { version: q.data?.version }),
    onSuccess: () => {
      void message.success(t('bd.verified'));
      void qc.invalidateQueries({ queryKey: ['basedata', 'person', id] });
    },
    onError: showError,
  });
  if (q.isLoading) return <Spin />;
  if (q.error || !q.data)
    return (
      <Result
        status={isApiError(q.error, 'NOT_FOUND') ? '404' : 'error'}
        title={q.error?.message}
        extra={<Link to="/basedata/persons">{t('bd.back')}</Link>}
      />
    );
  const p = q.data;
  const may = (f: string) => p.views[f] === 'revealable' || p.views[f] === 'full';
  const maskedTags = p.tags.some((tg) => tg.view === 'revealable' && !tg.tag);
  const revealable: Field[] = [
    ...(['idNumber', 'phone', 'name'] as const).filter((f) => p.views[f] === 'revealable'),
    ...(maskedTags ? (['tags'] as const) : []),
  ];
  const shown = (f: 'name' | 'idNumber' | 'phone') => {
    const v = revealed[f] ?? p[f];
    return (
      <Space size={4}>
        <span data-testid={`bd-field-${f}`}>{v ?? '—'}</span>
        {revealed[f] !== undefined ? (
          <Tag color="gold">{t('bd.revealed')}</Tag>
        ) : p.views[f] === 'revealable' || p.views[f] === 'masked' ? (
          <Tag>{t('bd.masked')}</Tag>
        ) : null}
      </Space>
    );
  };
  const tagRows: (PersonTagView & { details?: Record<string, unknown> })[] = revealed.tags
    ? p.tags.map((tg) => revealed.tags!.find((r) => r.id === tg.id) ?? tg)
    : p.tags;
  return (
    <>
      <PageHeader
        title={
          <Space>
            <Link to="/basedata/persons">
              <ArrowLeftOutlined />
            </Link>
            {t('bd.detail')}
          </Space>
        }
        extra={
          <>
            {revealable.length > 0 && (
              <Button icon={<EyeOutlined />} onClick={() => setRevealOpen(true)} data-testid="bd-reveal">
                {t('bd.reveal')}
              </Button>
            )}
            {p.mayWrite && p.sourceState !== 'verified' && (
              <Button
                icon={<CheckCircleOutlined />}
                loading={verify.isPending}
                onClick={() => verify.mutate()}
              >
                {t('bd.verify')}
              </Button>
            )}
          </>
        }
      />
      <Card style={{ marginBottom: 16 }}>
        <Descriptions column={{ xs: 1, md: 3 }} size="small">
          <Descriptions.Item label={t('bd.name')}>{shown('name')}</Descriptions.Item>
          {may('idNumber') || p.views.idNumber === 'masked' ? (
            <Descriptions.Item label={t('bd.idNumber')}>{shown('idNumber')}</Descriptions.Item>
          ) : null}
          <Descriptions.Item label={t('bd.phone')}>{shown('phone')}</Descriptions.Item>
          <Descriptions.Item label={t('bd.gender')}>{code('gender', p.gender)}</Descriptions.Item>
          <Descriptions.Item label={t('bd.birthDate')}>
            {p.birthDate ? `${p.birthDate}（${p.age}）` : '—'}
          </Descriptions.Item>
          <Descriptions.Item label={t('bd.ethnicity')}>{ethnicityName(p.ethnicity, lang)}</Descriptions.Item>
          <Descriptions.Item label={t('bd.hukouAddress')}>{p.hukouAddress ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('bd.community')}>
            {p.communityName ?? p.communityCode ?? '—'}
          </Descriptions.Item>
          <Descriptions.Item label={t('bd.grid')}>{p.gridCode ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('bd.sourceState')}>
            <Space size={4}>
              <SourceStateTag state={p.sourceState} />
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t('bd.stateBy', { name: p.stateBy ?? '—', at: formatDateTime(p.stateAt) })}
              </Typography.Text>
            </Space>
          </Descriptions.Item>
          <Descriptions.Item label={t('bd.version')}>{p.version}</Descriptions.Item>
        </Descriptions>
      </Card>
      <Card title={t('bd.tags')} size="small" style={{ marginBottom: 16 }}>
        <Table
          size="small"
          scroll={phoneScroll}
          rowKey="id"
          pagination={false}
          dataSource={tagRows}
          locale={{ emptyText: t('bd.noTags') }}
          columns={[
            { title: t('bd.tag'), key: 'tag', render: (_, r) => <PersonTag cls={r.class} tag={r.tag} /> },
            { title: t('bd.level'), dataIndex: 'level', render: (v: string | null) => v ?? '—' },
            { title: t('bd.startedOn'), dataIndex: 'startedOn', render: (v: string | null) => v ?? '—' },
            { title: t('bd.endedOn'), dataIndex: 'endedOn', render: (v: string | null) => v ?? '—' },
            { title: t('bd.responsibleUnit'), key: 'unit', render: (_, r) => r.responsibleUnit?.name ?? '—' },
            { title: t('bd.assignedUser'), key: 'user', render: (_, r) => r.assignedUser?.name ?? '—' },
          ]}
          data-testid="bd-tags"
        />
      </Card>
      {p.views.name === 'full' && (
        <Card title={t('bd.residences')} size="small" style={{ marginBottom: 16 }}>
          <Table
            size="small"
            scroll={phoneScroll}
            rowKey="id"
            pagination={false}
            dataSource={p.residences}
            columns={[
              {
                title: t('bd.address'),
                key: 'a',
                render: (_, r) => (
                  <Space size={4}>
                    {r.address}
                    {!r.movedOut && <Tag color="green">{t('bd.current')}</Tag>}
                  </Space>
                ),
              },
              {
                title: t('bd.populationType'),
                dataIndex: 'populationType',
                render: (v: string) => code('pop', v),
              },
              { title: t('bd.movedIn'), dataIndex: 'movedIn', render: (v: string | null) => v ?? '—' },
              { title: t('bd.movedOut'), dataIndex: 'movedOut', render: (v: string | null) => v ?? '—' },
              {
                title: t('bd.sourceState'),
                dataIndex: 'sourceState',
                render: (v: PersonDetail['sourceState']) => <SourceStateTag state={v} />,
              },
            ]}
          />
        </Card>
      )}
      {history.data && (
        <Card title={t('bd.history')} size="small">
          <Table
            size="small"
            scroll={phoneScroll}
            rowKey={(r) => `${r.version}-${r.at}`}
            pagination={false}
            dataSource={history.data.items}
            columns={[
              { title: t('bd.version'), dataIndex: 'version', width: 70 },
              { title: t('bd.at'), dataIndex: 'at', render: (v: string) => formatDateTime(v) },
              { title: t('bd.by'), dataIndex: 'actor', render: (v: string | null) => v ?? '—' },
              {
                title: t('bd.changedFields'),
                key: 'fields',
                render: (_, r) =>
                  r.before === null
                    ? t('bd.created')
                    : r.fields
                        .map((f) => (hasMessage(`bd.col.${f}`) ? t(`bd.col.${f}` as MessageKey) : f))
                        .join('、'),
              },
              { title: t('bd.reason'), dataIndex: 'reason', render: (v: string | null) => v ?? '—' },
            ]}
          />
        </Card>
      )}
      <RevealModal
        personId={id}
        fields={revealable}
        open={revealOpen}
        onClose={() => setRevealOpen(false)}
        onDone={(r) => setRevealed((old) => ({ ...old, ...r }))}
      />
    </>
  );
}
