/**
 * 社区投票 on a resident's phone (issue 13): verify once against the base data, then vote — or change the vote until
 * it closes — in the community's votes and participatory budgets; results once published. Tabs: the votes, the
 * residents' proposals (raise, support, the answer) and the community's deliberation (meetings with their agenda,
 * minutes and decisions, follow-up). The server decides who may vote (one ballot per verified adult resident) and
 * checks every ballot; this page only shows what it says.
 */
import { useState } from 'react';
import { Link, Navigate, useLocation, useSearchParams } from 'react-router-dom';
import {
  Alert,
  App,
  Button,
  Card,
  Checkbox,
  Empty,
  Form,
  Input,
  Radio,
  Space,
  Spin,
  Tabs,
  Tag,
  Typography,
} from 'antd';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client.ts';
import type { CivicVote, DeliberationMeeting, DeliberationTopic } from '../../api/participation.ts';
import { useAuth } from '../../auth/AuthProvider.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { formatDateTime } from '../../lib/time.ts';
import { useShowError } from '../../lib/useApiError.ts';
import { PublicShell } from '../public/PublicShell.tsx';
import { DeliberationView, VoteResult } from './CivicBits.tsx';
import { MyProposals } from './MyProposals.tsx';

interface Verification {
  verified: boolean;
  communityCode: string | null;
  communityName: string | null;
  nameMasked: string | null;
}

const STATUS_COLOR = { open: 'green', closed: 'default', published: 'blue', draft: 'default' } as const;

export default function MyVotesPage() {
  const { me, loading } = useAuth();
  const location = useLocation();
  const { t } = useI18n();
  const [params, setParams] = useSearchParams();
  const tab = params.get('tab') ?? 'votes';
  const verification = useQuery({
    queryKey: ['my', 'verification'],
    queryFn: () => api.get<Verification>('/api/my/verification'),
    enabled: !!me,
  });
  const votes = useQuery({
    queryKey: ['my', 'votes'],
    queryFn: () => api.get<{ items: CivicVote[] }>('/api/my/votes'),
    enabled: !!me,
  });
  if (loading) return <Spin style={{ display: 'block', margin: '48px auto' }} />;
  if (!me) return <Navigate to="/login" replace state={{ from: location.pathname + location.search }} />;
  const v = verification.data;
  return (
    <PublicShell>
      <div style={{ maxWidth: 640, margin: '0 auto', padding: 12 }}>
        <Typography.Title level={4} style={{ marginBottom: 0 }}>
          {t('civic.title')}
        </Typography.Title>
        <Typography.Paragraph type="secondary">{t('civic.sub')}</Typography.Paragraph>
        {v && !v.verified && <VerifyCard />}
        {v?.verified && (
          <Alert
            type="success"
            showIcon
            style={{ marginBottom: 12 }}
            message={t('civic.verified', { name: v.nameMasked ?? '', community: v.communityName ?? '' })}
            data-testid="civic-verified"
          />
        )}
        <Tabs
          activeKey={tab}
          onChange={(k) => setParams({ tab: k }, { replace: true })}
          items={[
            {
              key: 'votes',
              label: t('civic.tab.votes'),
              children: votes.isLoading ? (
                <Spin />
              ) : (votes.data?.items.length ?? 0) === 0 ? (
                <Empty description={t('civic.none')} />
              ) : (
                <Space direction="vertical" style={{ width: '100%' }} size={12}>
                  {votes.data!.items.map((vote) => (
                    <VoteCard key={vote.id} vote={vote} canVote={!!v?.verified} />
                  ))}
                </Space>
              ),
            },
            {
              key: 'proposals',
              label: t('civic.tab.proposals'),
              children: <MyProposals verified={!!v?.verified} />,
            },
            {
              key: 'deliberation',
              label: t('civic.tab.deliberation'),
              children: (
                <MyDeliberation community={v?.communityCode ?? me.scope.code} verified={!!v?.verified} />
              ),
            },
          ]}
        />
        <Typography.Paragraph style={{ textAlign: 'center', marginTop: 16 }}>
          <Link
            to={`/public/participation/${v?.communityCode ?? me.scope.code}`}
            data-testid="civic-public-link"
          >
            {t('civic.publicLink')}
          </Link>
        </Typography.Paragraph>
      </div>
    </PublicShell>
  );
}

function VerifyCard() {
  const { t } = useI18n();
  const qc = useQueryClient();
  const showError = useShowError();
  const verify = useMutation({
    mutationFn: (body: { name: string; idNumber: string }) => api.post('/api/my/verification', body),
    onSuccess: () => void qc.invalidateQueries({ queryKey: ['my'] }),
    onError: showError,
  });
  return (
    <Card title={t('civic.verifyTitle')} style={{ marginBottom: 12 }} data-testid="civic-verify">
      <Typography.Paragraph type="secondary">{t('civic.verifyHint')}</Typography.Paragraph>
      <Form layout="vertical" onFinish={(b: { name: string; idNumber: string }) => verify.mutate(b)}>
        <Form.Item name="name" label={t('civic.name')} rules={[{ required: true }]}>
          <Input autoComplete="name" />
        </Form.Item>
        <Form.Item name="idNumber" label={t('civic.idNumber')} rules={[{ required: true, min: 15, max: 18 }]}>
          <Input autoComplete="off" />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={verify.isPending} block>
          {t('civic.verify')}
        </Button>
      </Form>
    </Card>
  );
}

function VoteCard({ vote, canVote }: { vote: CivicVote; canVote: boolean }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const showError = useShowError();
  const [choices, setChoices] = useState<string[]>(vote.myBallot?.choices ?? []);
  const cast = useMutation({
    mutationFn: () => api.post<{ changed: boolean }>(`/api/my/votes/${vote.id}/ballot`, { choices }),
    onSuccess: (r) => {
      void message.success(t(r.changed ? 'civic.changed' : 'civic.castDone'));
      void qc.invalidateQueries({ queryKey: ['my', 'votes'] });
    },
    onError: showError,
  });
  const open = vote.status === 'open';
  const budget = vote.kind === 'budget' && vote.budgetLimit !== null;
  const total = vote.options.filter((o) => choices.includes(o.id)).reduce((a, o) => a + (o.cost ?? 0), 0);
  const paper = vote.myBallot?.channel === 'paper';
  return (
    <Card
      title={<div style={{ whiteSpace: 'normal', lineHeight: 1.4, padding: '8px 0' }}>{vote.title}</div>}
      extra={<Tag color={STATUS_COLOR[vote.status]}>{t(`civic.status.${vote.status}`)}</Tag>}
      data-testid="civic-vote"
    >
      {vote.body && <Typography.Paragraph>{vote.body}</Typography.Paragraph>}
      <Typography.Paragraph type="secondary" style={{ fontSize: 13 }}>
        {t('civic.closes', { at: formatDateTime(vote.closesAt) })}
      </Typography.Paragraph>
      {vote.status === 'published' && vote.results ? (
        <VoteResult vote={vote} />
      ) : (
        <>
          <Typography.Text type="secondary">
            {budget
              ? t('civic.budget', { limit: vote.budgetLimit!, total })
              : t('civic.choose', { n: vote.maxChoices })}
          </Typography.Text>
          {vote.maxChoices === 1 ? (
            <Radio.Group
              style={{ display: 'flex', flexDirection: 'column', gap: 8, margin: '12px 0' }}
              value={choices[0]}
              disabled={!open || !canVote || paper}
              onChange={(e) => setChoices([e.target.value as string])}
            >
              {vote.options.map((o) => (
                <Radio key={o.id} value={o.id}>
                  {o.title}
                </Radio>
              ))}
            </Radio.Group>
          ) : (
            <Checkbox.Group
              style={{ display: 'flex', flexDirection: 'column', gap: 8, margin: '12px 0' }}
              value={choices}
              disabled={!open || !canVote || paper}
              onChange={(v) => setChoices(v)}
            >
              {vote.options.map((o) => (
                <Checkbox key={o.id} value={o.id}>
                  {o.title}
                  {o.cost !== null && (
                    <Typography.Text type="secondary"> · {t('civic.cost', { cost: o.cost })}</Typography.Text>
                  )}
                </Checkbox>
              ))}
            </Checkbox.Group>
          )}
          {vote.myBallot && !paper && (
            <Alert
              type="info"
              showIcon
              message={
                vote.myBallot.changes > 0
                  ? t('civic.myBallotChanged', { n: vote.myBallot.changes })
                  : t('civic.myBallot')
              }
              style={{ marginBottom: 8 }}
            />
          )}
          {paper && (
            <Alert type="info" showIcon message={t('civic.paperBallot')} style={{ marginBottom: 8 }} />
          )}
          {open && canVote && !paper && (
            <Button
              type="primary"
              block
              disabled={choices.length === 0}
              loading={cast.isPending}
              onClick={() => cast.mutate()}
              data-testid="civic-cast"
            >
              {vote.myBallot ? t('civic.change') : t('civic.cast')}
            </Button>
          )}
        </>
      )}
    </Card>
  );
}

/** The community's deliberation as it publishes it (the public page's data), and a topic the resident raises. */
function MyDeliberation({ community, verified }: { community: string; verified: boolean }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const showError = useShowError();
  const [raising, setRaising] = useState(false);
  const [form] = Form.useForm<{ title: string; body: string }>();
  const q = useQuery({
    queryKey: ['public', 'participation', community],
    queryFn: () =>
      api.get<{ meetings: DeliberationMeeting[]; topics: DeliberationTopic[] }>(
        `/api/public/participation/${community}`,
      ),
  });
  const raise = useMutation({
    mutationFn: (b: { title: string; body: string }) => api.post('/api/my/topics', b),
    onSuccess: () => {
      void message.success(t('civic.topic.raised'));
      form.resetFields();
      setRaising(false);
    },
    onError: showError,
  });
  return (
    <Space direction="vertical" size={12} style={{ width: '100%' }}>
      {verified &&
        (raising ? (
          <Card size="small" title={t('civic.topic.raise')}>
            <Typography.Paragraph type="secondary">{t('civic.topic.raiseHint')}</Typography.Paragraph>
            <Form form={form} layout="vertical" onFinish={(b) => raise.mutate(b)}>
              <Form.Item
                name="title"
                label={t('civic.proposal.title')}
                rules={[{ required: true, min: 2, max: 100 }]}
              >
                <Input />
              </Form.Item>
              <Form.Item
                name="body"
                label={t('civic.topic.body')}
                rules={[{ required: true, min: 10, max: 5000 }]}
              >
                <Input.TextArea rows={3} />
              </Form.Item>
              <Space>
                <Button type="primary" htmlType="submit" loading={raise.isPending}>
                  {t('civic.proposal.send')}
                </Button>
                <Button onClick={() => setRaising(false)}>{t('common.cancel')}</Button>
              </Space>
            </Form>
          </Card>
        ) : (
          <Button block onClick={() => setRaising(true)}>
            {t('civic.topic.raise')}
          </Button>
        ))}
      {q.data ? <DeliberationView meetings={q.data.meetings} topics={q.data.topics} /> : <Spin />}
    </Space>
  );
}
