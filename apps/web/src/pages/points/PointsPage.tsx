/**
 * 积分管理 in the console (issue 13) for community staff and grid workers: the rules and their vote, scoring a
 * household with its ledger (corrections by reversal), the 积分超市 (goods, stock, counter redemptions, residents'
 * requests) and the monthly 红黑榜. Staff above one community (a street lead) pick the community from those of their
 * jurisdiction. The server decides scope and every rule; this page shows what it answers.
 */
import { useState } from 'react';
import { Link } from 'react-router-dom';
import {
  App,
  Button,
  Card,
  Checkbox,
  DatePicker,
  Descriptions,
  Empty,
  Form,
  Input,
  InputNumber,
  Popconfirm,
  Select,
  Space,
  Statistic,
  Switch,
  Table,
  Tabs,
  Tag,
  Typography,
} from 'antd';
import dayjs from 'dayjs';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client.ts';
import {
  POINTS_CATEGORIES,
  type PointsBoard,
  type PointsGood,
  type PointsLedger,
  type PointsRule,
  type PointsRuleSet,
} from '../../api/points.ts';
import { CommunitySelect } from '../../components/pickers.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { useShowError } from '../../lib/useApiError.ts';
import { BoardCard } from './BoardCard.tsx';

const STATE_COLOR = { draft: 'default', in_vote: 'gold', adopted: 'green', rejected: 'red' } as const;
const REDEMPTION_COLOR = { requested: 'gold', handed: 'green', cancelled: 'default' } as const;
const VOTE_DAYS = 14;
const qs = (code: string) => (code ? `?communityCode=${code}` : '');

export default function PointsPage() {
  const { t } = useI18n();
  const [code, setCode] = useState('');
  const sets = useQuery({
    queryKey: ['points', 'sets', code],
    queryFn: () =>
      api.get<{ communityCode: string; communityName: string; items: PointsRuleSet[] }>(
        `/api/points/rule-sets${qs(code)}`,
      ),
    retry: false,
  });
  const community = sets.data?.communityCode ?? code;
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Typography.Title level={3} style={{ marginBottom: 0 }}>
        {t('points.title')} {sets.data && <Tag>{sets.data.communityName}</Tag>}
      </Typography.Title>
      <Typography.Text type="secondary">{t('points.sub')}</Typography.Text>
      <CommunitySelect
        data-testid="points-community"
        placeholder={t('points.community')}
        value={community || undefined}
        onChange={(v) => setCode(v ?? '')}
      />
      {community && (
        <Tabs
          items={[
            {
              key: 'rules',
              label: t('points.tab.rules'),
              children: <RulesTab code={community} sets={sets.data?.items ?? []} />,
            },
            {
              key: 'score',
              label: t('points.tab.score'),
              children: <ScoreTab code={community} sets={sets.data?.items ?? []} />,
            },
            { key: 'shop', label: t('points.tab.shop'), children: <ShopTab code={community} /> },
            { key: 'boards', label: t('points.tab.boards'), children: <BoardsTab code={community} /> },
          ]}
        />
      )}
    </Space>
  );
}

function ruleColumns(t: ReturnType<typeof useI18n>['t']) {
  return [
    {
      title: t('points.rule.category'),
      dataIndex: 'category',
      render: (c: PointsRule['category']) => t(`points.cat.${c}`),
    },
    { title: t('points.rule.title'), dataIndex: 'title' },
    {
      title: t('points.rule.points'),
      dataIndex: 'points',
      render: (p: number) => <Tag color={p > 0 ? 'green' : 'red'}>{p > 0 ? `+${p}` : p}</Tag>,
    },
    { title: t('points.rule.cap'), dataIndex: 'capPerMonth', render: (c: number | null) => c ?? '—' },
    {
      title: t('points.rule.evidence'),
      dataIndex: 'evidenceRequired',
      render: (b: boolean) => (b ? '✓' : ''),
    },
    { title: t('points.rule.black'), dataIndex: 'blackList', render: (b: boolean) => (b ? '✓' : '') },
  ];
}

function RulesTab({ code, sets }: { code: string; sets: PointsRuleSet[] }) {
  const { t } = useI18n();
  const qc = useQueryClient();
  const showError = useShowError();
  const [form] = Form.useForm();
  const done = () => void qc.invalidateQueries({ queryKey: ['points'] });
  const create = useMutation({
    mutationFn: (b: { title: string; rules: Omit<PointsRule, 'id'>[] }) =>
      api.post('/api/points/rule-sets', { communityCode: code, ...b }),
    onSuccess: () => {
      form.resetFields();
      done();
    },
    onError: showError,
  });
  const vote = useMutation({
    mutationFn: (id: string) =>
      api.post(`/api/points/rule-sets/${id}/vote`, {
        opensAt: new Date().toISOString(),
        closesAt: new Date(Date.now() + VOTE_DAYS * 86_400_000).toISOString(),
      }),
    onSuccess: done,
    onError: showError,
  });
  const remove = useMutation({
    mutationFn: (id: string) => api.delete(`/api/points/rule-sets/${id}`),
    onSuccess: done,
    onError: showError,
  });
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      {sets.map((s) => (
        <Card
          key={s.id}
          size="small"
          data-testid="points-rule-set"
          title={
            <Space>
              {t('points.version', { version: s.version })} {s.title}
              <Tag color={STATE_COLOR[s.state]}>{t(`points.state.${s.state}`)}</Tag>
              {s.inForce && <Tag color="blue">{t('points.inForce')}</Tag>}
            </Space>
          }
          extra={
            <Space>
              {s.voteId && <Link to="/my/votes">{t('points.openVote')}</Link>}
              {s.state === 'draft' && (
                <>
                  <Popconfirm
                    title={t('points.putToVoteHint', { days: VOTE_DAYS })}
                    onConfirm={() => vote.mutate(s.id)}
                  >
                    <Button type="primary" size="small">
                      {t('points.putToVote')}
                    </Button>
                  </Popconfirm>
                  <Button size="small" danger onClick={() => remove.mutate(s.id)}>
                    {t('points.delete')}
                  </Button>
                </>
              )}
            </Space>
          }
        >
          <Table rowKey="id" size="small" pagination={false} dataSource={s.rules} columns={ruleColumns(t)} />
        </Card>
      ))}
      <Card size="small" title={t('points.newSet')}>
        <Form
          form={form}
          layout="vertical"
          initialValues={{
            rules: [{ category: 'sanitation', points: 5, evidenceRequired: false, blackList: false }],
          }}
          onFinish={(v: { title: string; rules: Omit<PointsRule, 'id'>[] }) =>
            create.mutate({
              title: v.title,
              rules: v.rules.map((r) => ({ ...r, capPerMonth: r.capPerMonth ?? null })),
            })
          }
        >
          <Form.Item name="title" label={t('points.setTitle')} rules={[{ required: true, min: 2 }]}>
            <Input style={{ maxWidth: 400 }} />
          </Form.Item>
          <Form.List name="rules">
            {(fields, { add, remove: drop }) => (
              <>
                {fields.map((f) => (
                  <Space key={f.key} wrap align="baseline">
                    <Form.Item name={[f.name, 'category']} rules={[{ required: true }]}>
                      <Select
                        style={{ width: 120 }}
                        options={POINTS_CATEGORIES.map((c) => ({ value: c, label: t(`points.cat.${c}`) }))}
                      />
                    </Form.Item>
                    <Form.Item name={[f.name, 'title']} rules={[{ required: true, min: 2 }]}>
                      <Input placeholder={t('points.rule.title')} style={{ width: 240 }} />
                    </Form.Item>
                    <Form.Item name={[f.name, 'points']} rules={[{ required: true }]}>
                      <InputNumber placeholder={t('points.rule.points')} precision={0} />
                    </Form.Item>
                    <Form.Item name={[f.name, 'capPerMonth']}>
                      <InputNumber
                        placeholder={t('points.rule.cap')}
                        min={1}
                        precision={0}
                        style={{ width: 150 }}
                      />
                    </Form.Item>
                    <Form.Item name={[f.name, 'evidenceRequired']} valuePropName="checked">
                      <Checkbox>{t('points.rule.evidence')}</Checkbox>
                    </Form.Item>
                    <Form.Item name={[f.name, 'blackList']} valuePropName="checked">
                      <Checkbox>{t('points.rule.black')}</Checkbox>
                    </Form.Item>
                    <Button size="small" onClick={() => drop(f.name)}>
                      −
                    </Button>
                  </Space>
                ))}
                <div>
                  <Button onClick={() => add({ category: 'sanitation', points: 5 })}>
                    {t('points.rule.add')}
                  </Button>
                </div>
              </>
            )}
          </Form.List>
          <Button type="primary" htmlType="submit" loading={create.isPending} style={{ marginTop: 12 }}>
            {t('points.saveDraft')}
          </Button>
        </Form>
      </Card>
    </Space>
  );
}

interface HouseholdRow {
  houseId: string;
  address: string;
  headMasked: string | null;
  balance: number;
  earned: number;
  lost: number;
  redeemed: number;
}

function ScoreTab({ code, sets }: { code: string; sets: PointsRuleSet[] }) {
  const { t } = useI18n();
  const [q, setQ] = useState('');
  const [house, setHouse] = useState<string | null>(null);
  const list = useQuery({
    queryKey: ['points', 'households', code, q],
    queryFn: () =>
      api.get<{ items: HouseholdRow[] }>(
        `/api/points/households?communityCode=${code}&q=${encodeURIComponent(q)}`,
      ),
  });
  const inForce = sets.find((s) => s.inForce);
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Input.Search
        placeholder={t('points.searchHouse')}
        onSearch={(v) => setQ(v.trim())}
        style={{ maxWidth: 400 }}
        enterButton
        data-testid="points-house-search"
      />
      <Table
        rowKey="houseId"
        size="small"
        dataSource={list.data?.items ?? []}
        pagination={{ pageSize: 8 }}
        onRow={(r) => ({ onClick: () => setHouse(r.houseId), style: { cursor: 'pointer' } })}
        rowClassName={(r) => (r.houseId === house ? 'ant-table-row-selected' : '')}
        columns={[
          { title: t('points.household'), dataIndex: 'address' },
          { title: t('points.head'), dataIndex: 'headMasked' },
          { title: t('points.balance'), dataIndex: 'balance' },
          { title: t('points.earned'), dataIndex: 'earned' },
          { title: t('points.lost'), dataIndex: 'lost' },
          { title: t('points.redeemed'), dataIndex: 'redeemed' },
        ]}
      />
      {house ? (
        <LedgerCard houseId={house} rules={inForce?.rules ?? null} code={code} />
      ) : (
        <Empty description={t('points.pickHousehold')} />
      )}
    </Space>
  );
}

function LedgerCard({ houseId, rules, code }: { houseId: string; rules: PointsRule[] | null; code: string }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const showError = useShowError();
  const [form] = Form.useForm();
  const ledger = useQuery({
    queryKey: ['points', 'ledger', houseId],
    queryFn: () => api.get<PointsLedger>(`/api/points/households/${houseId}`),
  });
  const goods = useQuery({
    queryKey: ['points', 'goods', code],
    queryFn: () => api.get<{ items: PointsGood[] }>(`/api/points/goods?communityCode=${code}`),
  });
  const refresh = () => void qc.invalidateQueries({ queryKey: ['points'] });
  const score = useMutation({
    mutationFn: (v: { ruleId: string; occurredOn: dayjs.Dayjs; evidence?: string; note?: string }) =>
      api.post<PointsLedger>('/api/points/entries', {
        houseId,
        ruleId: v.ruleId,
        occurredOn: v.occurredOn.format('YYYY-MM-DD'),
        evidence: v.evidence ?? '',
        note: v.note ?? '',
        idempotencyKey: crypto.randomUUID(),
      }),
    onSuccess: () => {
      void message.success(t('points.scored'));
      form.resetFields(['evidence', 'note']);
      refresh();
    },
    onError: showError,
  });
  const reverse = useMutation({
    mutationFn: (id: string) =>
      api.post(`/api/points/entries/${id}/reverse`, { reason: t('points.reverse') }),
    onSuccess: refresh,
    onError: showError,
  });
  const counter = useMutation({
    mutationFn: (goodId: string) =>
      api.post('/api/points/redemptions', {
        houseId,
        goodId,
        quantity: 1,
        idempotencyKey: crypto.randomUUID(),
      }),
    onSuccess: refresh,
    onError: showError,
  });
  const l = ledger.data;
  if (!l) return null;
  return (
    <Card size="small" title={l.household.address} data-testid="points-ledger">
      <Space size={32} style={{ marginBottom: 12 }}>
        <Statistic title={t('points.balance')} value={l.balance} data-testid="points-ledger-balance" />
        <Statistic title={t('points.earned')} value={l.earned} />
        <Statistic title={t('points.lost')} value={l.lost} />
        <Statistic title={t('points.redeemed')} value={l.redeemed} />
      </Space>
      {rules ? (
        <Form
          form={form}
          layout="inline"
          initialValues={{ occurredOn: dayjs() }}
          onFinish={(v: { ruleId: string; occurredOn: dayjs.Dayjs; evidence?: string; note?: string }) =>
            score.mutate(v)
          }
          style={{ marginBottom: 12, rowGap: 8 }}
        >
          <Form.Item name="ruleId" rules={[{ required: true }]}>
            <Select
              data-testid="points-rule-select"
              placeholder={t('points.scoreRule')}
              style={{ width: 300 }}
              options={rules.map((r) => ({
                value: r.id,
                label: `${r.title} (${r.points > 0 ? '+' : ''}${r.points})`,
              }))}
            />
          </Form.Item>
          <Form.Item name="occurredOn" rules={[{ required: true }]}>
            <DatePicker disabledDate={(d) => d.isAfter(dayjs(), 'day')} />
          </Form.Item>
          <Form.Item name="evidence">
            <Input placeholder={t('points.evidence')} style={{ width: 260 }} data-testid="points-evidence" />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={score.isPending} data-testid="points-score">
            {t('points.score')}
          </Button>
        </Form>
      ) : (
        <Typography.Paragraph type="warning">{t('points.noRules')}</Typography.Paragraph>
      )}
      <Space wrap style={{ marginBottom: 12 }}>
        <Typography.Text>{t('points.redeemAtCounter')}:</Typography.Text>
        {(goods.data?.items ?? [])
          .filter((g) => g.active)
          .map((g) => (
            <Button
              key={g.id}
              size="small"
              disabled={g.stock < 1 || g.price > l.balance}
              onClick={() => counter.mutate(g.id)}
            >
              {g.name} · {g.price}
            </Button>
          ))}
      </Space>
      <Table
        rowKey="id"
        size="small"
        dataSource={l.entries}
        pagination={{ pageSize: 10 }}
        columns={[
          { title: t('points.occurredOn'), dataIndex: 'occurredOn' },
          {
            title: t('points.scoreRule'),
            dataIndex: 'ruleTitle',
            render: (v: string | null, e) => (e.reverses ? `${t('points.reversal')}：${v ?? ''}` : v),
          },
          {
            title: t('points.rule.points'),
            dataIndex: 'points',
            render: (p: number, e) => (
              <Typography.Text type={p > 0 ? 'success' : 'danger'} delete={e.reversed}>
                {p > 0 ? `+${p}` : p}
              </Typography.Text>
            ),
          },
          { title: t('points.evidence'), dataIndex: 'evidence' },
          { title: t('points.scorer'), dataIndex: 'scorer' },
          {
            title: '',
            key: 'x',
            render: (_: unknown, e) =>
              e.reverses ? null : e.reversed ? (
                <Tag>{t('points.reversed')}</Tag>
              ) : (
                <Popconfirm title={t('points.reverse')} onConfirm={() => reverse.mutate(e.id)}>
                  <Button size="small">{t('points.reverse')}</Button>
                </Popconfirm>
              ),
          },
        ]}
      />
      {l.redemptions.length > 0 && (
        <Descriptions size="small" column={1} title={t('points.redemptions')}>
          {l.redemptions.map((r) => (
            <Descriptions.Item key={r.id} label={r.createdAt.slice(0, 10)}>
              {r.goodName} ×{r.quantity} · {r.points}{' '}
              <Tag color={REDEMPTION_COLOR[r.status]}>{t(`points.redemption.${r.status}`)}</Tag>
            </Descriptions.Item>
          ))}
        </Descriptions>
      )}
    </Card>
  );
}

interface RedemptionRow {
  id: string;
  address: string;
  goodName: string;
  quantity: number;
  points: number;
  status: 'requested' | 'handed' | 'cancelled';
  channel: 'counter' | 'resident';
  createdAt: string;
}

function ShopTab({ code }: { code: string }) {
  const { t } = useI18n();
  const qc = useQueryClient();
  const showError = useShowError();
  const [form] = Form.useForm();
  const goods = useQuery({
    queryKey: ['points', 'goods', code],
    queryFn: () => api.get<{ items: PointsGood[] }>(`/api/points/goods?communityCode=${code}`),
  });
  const reds = useQuery({
    queryKey: ['points', 'redemptions', code],
    queryFn: () => api.get<{ items: RedemptionRow[] }>(`/api/points/redemptions?communityCode=${code}`),
  });
  const refresh = () => void qc.invalidateQueries({ queryKey: ['points'] });
  const add = useMutation({
    mutationFn: (b: { name: string; price: number; stock: number }) =>
      api.post('/api/points/goods', { communityCode: code, description: '', ...b }),
    onSuccess: () => {
      form.resetFields();
      refresh();
    },
    onError: showError,
  });
  const edit = useMutation({
    mutationFn: (g: PointsGood) =>
      api.put(`/api/points/goods/${g.id}`, {
        name: g.name,
        description: g.description,
        price: g.price,
        stock: g.stock,
        active: g.active,
      }),
    onSuccess: refresh,
    onError: showError,
  });
  const step = useMutation({
    mutationFn: (v: { id: string; step: 'hand' | 'cancel' }) =>
      api.post(`/api/points/redemptions/${v.id}/steps`, { step: v.step }),
    onSuccess: refresh,
    onError: showError,
  });
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Table
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={goods.data?.items ?? []}
        data-testid="points-goods"
        columns={[
          { title: t('points.good.name'), dataIndex: 'name' },
          { title: t('points.good.price'), dataIndex: 'price' },
          {
            title: t('points.good.stock'),
            dataIndex: 'stock',
            render: (s: number, g) => (
              <InputNumber
                size="small"
                min={0}
                defaultValue={s}
                key={`${g.id}:${s}`}
                onBlur={(e) => {
                  const n = Number(e.target.value);
                  if (Number.isInteger(n) && n !== s) edit.mutate({ ...g, stock: n });
                }}
              />
            ),
          },
          {
            title: t('points.good.active'),
            dataIndex: 'active',
            render: (a: boolean, g) => (
              <Switch size="small" checked={a} onChange={(v) => edit.mutate({ ...g, active: v })} />
            ),
          },
        ]}
      />
      <Form
        form={form}
        layout="inline"
        onFinish={(v: { name: string; price: number; stock: number }) => add.mutate(v)}
      >
        <Form.Item name="name" rules={[{ required: true }]}>
          <Input placeholder={t('points.good.name')} />
        </Form.Item>
        <Form.Item name="price" rules={[{ required: true }]}>
          <InputNumber placeholder={t('points.good.price')} min={1} precision={0} />
        </Form.Item>
        <Form.Item name="stock" rules={[{ required: true }]}>
          <InputNumber placeholder={t('points.good.stock')} min={0} precision={0} />
        </Form.Item>
        <Button htmlType="submit" loading={add.isPending}>
          {t('points.good.add')}
        </Button>
      </Form>
      <Typography.Title level={5}>{t('points.redemptions')}</Typography.Title>
      <Table
        rowKey="id"
        size="small"
        dataSource={reds.data?.items ?? []}
        pagination={{ pageSize: 10 }}
        columns={[
          { title: '', dataIndex: 'createdAt', render: (d: string) => d.slice(0, 10) },
          { title: t('points.household'), dataIndex: 'address' },
          {
            title: t('points.good.name'),
            dataIndex: 'goodName',
            render: (n: string, r) => `${n} ×${r.quantity}`,
          },
          { title: t('points.good.price'), dataIndex: 'points' },
          {
            title: '',
            dataIndex: 'channel',
            render: (c: RedemptionRow['channel']) => t(`points.channel.${c}`),
          },
          {
            title: '',
            dataIndex: 'status',
            render: (s: RedemptionRow['status']) => (
              <Tag color={REDEMPTION_COLOR[s]}>{t(`points.redemption.${s}`)}</Tag>
            ),
          },
          {
            title: '',
            key: 'x',
            render: (_: unknown, r) =>
              r.status === 'requested' ? (
                <Space>
                  <Button size="small" type="primary" onClick={() => step.mutate({ id: r.id, step: 'hand' })}>
                    {t('points.hand')}
                  </Button>
                  <Button size="small" onClick={() => step.mutate({ id: r.id, step: 'cancel' })}>
                    {t('points.cancel')}
                  </Button>
                </Space>
              ) : null,
          },
        ]}
      />
    </Space>
  );
}

function BoardsTab({ code }: { code: string }) {
  const { t } = useI18n();
  const qc = useQueryClient();
  const showError = useShowError();
  const [month, setMonth] = useState(dayjs().subtract(1, 'month'));
  const boards = useQuery({
    queryKey: ['points', 'boards', code],
    queryFn: () => api.get<{ items: PointsBoard[] }>(`/api/points/boards?communityCode=${code}`),
  });
  const gen = useMutation({
    mutationFn: () => api.post('/api/points/boards', { communityCode: code, month: month.format('YYYY-MM') }),
    onSuccess: () => void qc.invalidateQueries({ queryKey: ['points', 'boards'] }),
    onError: showError,
  });
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Space>
        <DatePicker picker="month" value={month} onChange={(m) => m && setMonth(m)} allowClear={false} />
        <Button type="primary" onClick={() => gen.mutate()} loading={gen.isPending}>
          {t('points.generate')}
        </Button>
      </Space>
      {(boards.data?.items.length ?? 0) === 0 ? (
        <Empty description={t('points.noBoard')} />
      ) : (
        boards.data!.items.map((b) => <BoardCard key={b.month} board={b} />)
      )}
    </Space>
  );
}
