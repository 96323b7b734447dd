/**
 * 社区议事 in the console (issue 13): community and street staff run votes and participatory budgets, answer
 * residents' proposals (to a vote, to deliberation, or declined with an answer), and keep the deliberation record —
 * topics raised by residents, from cases or hot issues; meetings with the agenda published in advance, attendance,
 * minutes and the decision; the follow-up the public reads. The server decides who may do what in which community.
 */
import { useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import {
  Button,
  DatePicker,
  Form,
  Input,
  InputNumber,
  Progress,
  Radio,
  Select,
  Space,
  Table,
  Tabs,
  Tag,
  Typography,
} from 'antd';
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Dayjs } from 'dayjs';
import { api } from '../../api/client.ts';
import type {
  CivicProposal,
  CivicVote,
  DeliberationMeeting,
  DeliberationTopic,
} from '../../api/participation.ts';
import { useAuth } from '../../auth/AuthProvider.tsx';
import { FormModal, useFormSave } from '../../components/FormModal.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { RegionTreeSelect } from '../../components/pickers.tsx';
import { useI18n, type MessageKey } from '../../i18n/index.tsx';
import { formatMinute, nowInShanghai, shanghaiWallTimeToIso } from '../../lib/time.ts';
import { useShowError } from '../../lib/useApiError.ts';
import { VerifyInPersonTab } from './VerifyInPerson.tsx';

export const VOTE_COLOR = { open: 'green', closed: 'orange', published: 'blue', draft: 'default' } as const;
const PROPOSAL_COLOR = {
  collecting: 'default',
  qualified: 'green',
  in_vote: 'blue',
  in_deliberation: 'purple',
  declined: 'red',
} as const;
const TOPIC_COLOR = {
  raised: 'default',
  scheduled: 'blue',
  decided: 'purple',
  implementing: 'orange',
  done: 'green',
  declined: 'red',
} as const;

/** The community filter: a community's staff are in one; a street's pick one (or see all). */
function useCommunity() {
  const { me } = useAuth();
  const [params, setParams] = useSearchParams();
  const fixed = me?.scope.level === 'community' ? me.scope.code : undefined;
  const code = fixed ?? params.get('community') ?? undefined;
  const set = (c: string | undefined) =>
    setParams(
      (p) => {
        if (c) p.set('community', c);
        else p.delete('community');
        return p;
      },
      { replace: true },
    );
  return { code, fixed, set };
}

export default function ParticipationPage() {
  const { t } = useI18n();
  const [params, setParams] = useSearchParams();
  const community = useCommunity();
  const tab = params.get('tab') ?? 'votes';
  const { hasRole } = useAuth();
  // community and street staff (their leads, admins) verify residents in person; supervisors only read
  const manage = hasRole('street_lead') || hasRole('admin');
  const [newVote, setNewVote] = useState<Partial<VoteForm> | null>(null);
  return (
    <>
      <PageHeader
        title={t('assembly.title')}
        sub={t('assembly.sub')}
        extra={
          !community.fixed && (
            <div style={{ width: 260 }}>
              <RegionTreeSelect
                allowClear
                placeholder={t('assembly.allCommunities')}
                value={community.code}
                onChange={community.set}
              />
            </div>
          )
        }
      />
      <Tabs
        activeKey={tab}
        onChange={(k) =>
          setParams(
            (p) => {
              p.set('tab', k);
              return p;
            },
            { replace: true },
          )
        }
        items={[
          {
            key: 'votes',
            label: t('assembly.tab.votes'),
            children: <VotesTab community={community.code} onNew={() => setNewVote({})} />,
          },
          {
            key: 'proposals',
            label: t('assembly.tab.proposals'),
            children: <ProposalsTab community={community.code} onToVote={(v) => setNewVote(v)} />,
          },
          {
            key: 'deliberation',
            label: t('assembly.tab.deliberation'),
            children: <DeliberationTab community={community.code} />,
          },
          ...(manage
            ? [{ key: 'verify', label: t('assembly.tab.verify'), children: <VerifyInPersonTab /> }]
            : []),
        ]}
      />
      {newVote && (
        <NewVoteModal initial={newVote} community={community.code} onClose={() => setNewVote(null)} />
      )}
    </>
  );
}

// ---- votes ----------------------------------------------------------------------------------------------------

function VotesTab({ community, onNew }: { community?: string; onNew: () => void }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const votes = useQuery({
    queryKey: ['participation', 'votes', community ?? ''],
    queryFn: () => api.get<{ items: CivicVote[] }>('/api/participation/votes', { communityCode: community }),
  });
  return (
    <>
      <Space style={{ marginBottom: 12 }}>
        <Button type="primary" icon={<PlusOutlined />} onClick={onNew} data-testid="assembly-new-vote">
          {t('assembly.newVote')}
        </Button>
      </Space>
      <Table<CivicVote>
        rowKey="id"
        size="small"
        loading={votes.isLoading}
        dataSource={votes.data?.items ?? []}
        onRow={(v) => ({ onClick: () => void navigate(`/participation/votes/${v.id}`) })}
        rowClassName={() => 'clickable-row'}
        scroll={{ x: 800 }}
        columns={[
          {
            title: t('assembly.vote.title'),
            dataIndex: 'title',
            render: (s: string, v) => (
              <Link to={`/participation/votes/${v.id}`} data-testid="assembly-vote-link">
                {s}
              </Link>
            ),
          },
          { title: t('assembly.community'), dataIndex: 'communityName', width: 140 },
          {
            title: t('assembly.vote.kind'),
            dataIndex: 'kind',
            width: 110,
            render: (k: CivicVote['kind']) => t(`assembly.kind.${k}`),
          },
          {
            title: t('assembly.status'),
            dataIndex: 'status',
            width: 100,
            render: (s: CivicVote['status']) => <Tag color={VOTE_COLOR[s]}>{t(`civic.status.${s}`)}</Tag>,
          },
          {
            title: t('assembly.vote.voters'),
            width: 200,
            render: (_, v) =>
              v.results
                ? t('assembly.vote.votersCell', {
                    total: v.results.voters.total,
                    online: v.results.voters.online + v.results.voters.staff,
                    paper: v.results.voters.paper,
                  })
                : '—',
          },
          {
            title: t('assembly.vote.closes'),
            dataIndex: 'closesAt',
            width: 150,
            render: (s: string) => formatMinute(s),
          },
        ]}
      />
    </>
  );
}

interface VoteForm {
  communityCode: string;
  kind: 'choice' | 'budget';
  title: string;
  body?: string;
  maxChoices: number;
  budgetLimit?: number | null;
  window: [Dayjs, Dayjs];
  options: { title: string; description?: string; cost?: number | null }[];
  proposalId?: string;
}

function NewVoteModal({
  initial,
  community,
  onClose,
}: {
  initial: Partial<VoteForm>;
  community?: string;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const [form] = Form.useForm<VoteForm>();
  const kind = Form.useWatch('kind', form);
  const save = useFormSave(
    form,
    (v: VoteForm) =>
      api.post<CivicVote>('/api/participation/votes', {
        communityCode: v.communityCode,
        kind: v.kind,
        title: v.title,
        body: v.body ?? '',
        maxChoices: v.maxChoices,
        budgetLimit: v.kind === 'budget' ? (v.budgetLimit ?? null) : null,
        opensAt: shanghaiWallTimeToIso(v.window[0]),
        closesAt: shanghaiWallTimeToIso(v.window[1]),
        options: v.options.map((o) => ({
          title: o.title,
          description: o.description ?? '',
          cost: v.kind === 'budget' ? (o.cost ?? null) : null,
        })),
        ...(v.proposalId ? { proposalId: v.proposalId } : {}),
      }),
    {
      invalidate: ['participation'],
      onDone: () => onClose(),
    },
  );
  const now = nowInShanghai();
  return (
    <FormModal<VoteForm>
      open
      title={initial.proposalId ? t('assembly.proposal.toVote') : t('assembly.newVote')}
      form={form}
      saving={save.isPending}
      onClose={onClose}
      width={640}
      onFinish={(v) =>
        save.mutate(v, {
          onSuccess: (created) => void navigate(`/participation/votes/${(created as CivicVote).id}`),
        })
      }
      initialValues={{
        kind: 'choice',
        maxChoices: 1,
        communityCode: community,
        window: [now, now.add(7, 'day')],
        options: [{ title: '' }, { title: '' }],
        ...initial,
      }}
    >
      <Form.Item name="proposalId" hidden>
        <Input />
      </Form.Item>
      <Form.Item name="communityCode" label={t('assembly.community')} rules={[{ required: true }]}>
        <RegionTreeSelect disabled={!!initial.communityCode} />
      </Form.Item>
      <Form.Item name="kind" label={t('assembly.vote.kind')}>
        <Radio.Group
          options={(['choice', 'budget'] as const).map((k) => ({ value: k, label: t(`assembly.kind.${k}`) }))}
        />
      </Form.Item>
      <Form.Item name="title" label={t('assembly.vote.title')} rules={[{ required: true, min: 2, max: 100 }]}>
        <Input data-testid="assembly-vote-title" />
      </Form.Item>
      <Form.Item name="body" label={t('assembly.vote.body')}>
        <Input.TextArea rows={2} />
      </Form.Item>
      <Space wrap>
        <Form.Item name="maxChoices" label={t('assembly.vote.maxChoices')} rules={[{ required: true }]}>
          <InputNumber min={1} max={50} />
        </Form.Item>
        {kind === 'budget' && (
          <Form.Item name="budgetLimit" label={t('assembly.vote.budgetLimit')} rules={[{ required: true }]}>
            <InputNumber min={0} style={{ width: 160 }} />
          </Form.Item>
        )}
      </Space>
      <Form.Item name="window" label={t('assembly.vote.window')} rules={[{ required: true }]}>
        <DatePicker.RangePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" />
      </Form.Item>
      <Typography.Text strong>{t('assembly.vote.options')}</Typography.Text>
      <Form.List name="options">
        {(fields, { add, remove }) => (
          <>
            {fields.map((f, i) => (
              <Space key={f.key} align="baseline" style={{ display: 'flex' }}>
                <Form.Item name={[f.name, 'title']} rules={[{ required: true }]}>
                  <Input
                    placeholder={t('assembly.vote.option', { n: i + 1 })}
                    style={{ width: 260 }}
                    data-testid={`assembly-option-${i}`}
                  />
                </Form.Item>
                {kind === 'budget' && (
                  <Form.Item name={[f.name, 'cost']} rules={[{ required: true }]}>
                    <InputNumber min={0} placeholder={t('assembly.vote.cost')} style={{ width: 140 }} />
                  </Form.Item>
                )}
                {fields.length > 2 && <MinusCircleOutlined onClick={() => remove(f.name)} />}
              </Space>
            ))}
            <Button type="dashed" onClick={() => add({ title: '' })} icon={<PlusOutlined />}>
              {t('assembly.vote.addOption')}
            </Button>
          </>
        )}
      </Form.List>
    </FormModal>
  );
}

// ---- proposals ------------------------------------------------------------------------------------------------

function ProposalsTab({
  community,
  onToVote,
}: {
  community?: string;
  onToVote: (v: Partial<VoteForm>) => void;
}) {
  const { t } = useI18n();
  const [answering, setAnswering] = useState<{
    p: CivicProposal;
    status: 'in_deliberation' | 'declined';
  } | null>(null);
  const list = useQuery({
    queryKey: ['participation', 'proposals', community ?? ''],
    queryFn: () =>
      api.get<{ items: CivicProposal[] }>('/api/participation/proposals', { communityCode: community }),
  });
  return (
    <>
      <Table<CivicProposal>
        rowKey="id"
        size="small"
        loading={list.isLoading}
        dataSource={list.data?.items ?? []}
        scroll={{ x: 900 }}
        expandable={{ expandedRowRender: (p) => <Typography.Paragraph>{p.body}</Typography.Paragraph> }}
        columns={[
          { title: t('assembly.proposal.title'), dataIndex: 'title' },
          {
            title: t('assembly.proposal.supports'),
            width: 200,
            render: (_, p) => (
              <div data-testid="assembly-supports">
                <Typography.Text>
                  {t('assembly.proposal.supportsOf', { n: p.supports, threshold: p.threshold })}
                </Typography.Text>
                <Progress
                  size="small"
                  showInfo={false}
                  percent={Math.min(100, Math.round((100 * p.supports) / Math.max(1, p.threshold)))}
                />
              </div>
            ),
          },
          {
            title: t('assembly.status'),
            dataIndex: 'status',
            width: 110,
            render: (s: CivicProposal['status']) => (
              <Tag color={PROPOSAL_COLOR[s]}>{t(`assembly.proposal.status.${s}`)}</Tag>
            ),
          },
          {
            title: t('assembly.proposal.answer'),
            dataIndex: 'answer',
            render: (a: string | null) => a ?? '—',
          },
          {
            title: t('assembly.actions'),
            width: 260,
            render: (_, p) => (
              <Space wrap size={4}>
                {p.status === 'qualified' && (
                  <>
                    <Button
                      size="small"
                      type="primary"
                      data-testid="assembly-proposal-to-vote"
                      onClick={() =>
                        onToVote({
                          proposalId: p.id,
                          communityCode: p.communityCode,
                          title: p.title,
                          body: p.body,
                          options: [{ title: t('assembly.yes') }, { title: t('assembly.no') }],
                        })
                      }
                    >
                      {t('assembly.proposal.toVote')}
                    </Button>
                    <Button size="small" onClick={() => setAnswering({ p, status: 'in_deliberation' })}>
                      {t('assembly.proposal.toDeliberation')}
                    </Button>
                  </>
                )}
                {(p.status === 'collecting' || p.status === 'qualified') && (
                  <Button size="small" danger onClick={() => setAnswering({ p, status: 'declined' })}>
                    {t('assembly.proposal.decline')}
                  </Button>
                )}
              </Space>
            ),
          },
        ]}
      />
      {answering && <AnswerModal {...answering} onClose={() => setAnswering(null)} />}
    </>
  );
}

function AnswerModal({
  p,
  status,
  onClose,
}: {
  p: CivicProposal;
  status: 'in_deliberation' | 'declined';
  onClose: () => void;
}) {
  const { t } = useI18n();
  const [form] = Form.useForm<{ answer: string }>();
  const save = useFormSave(
    form,
    (v: { answer: string }) =>
      api.post(`/api/participation/proposals/${p.id}/answer`, { status, answer: v.answer }),
    { invalidate: ['participation'], onDone: onClose },
  );
  return (
    <FormModal<{ answer: string }>
      open
      title={`${t(status === 'declined' ? 'assembly.proposal.decline' : 'assembly.proposal.toDeliberation')} · ${p.title}`}
      form={form}
      saving={save.isPending}
      onClose={onClose}
      onFinish={(v) => save.mutate(v)}
    >
      <Form.Item name="answer" label={t('assembly.proposal.answer')} rules={[{ required: true, min: 2 }]}>
        <Input.TextArea rows={3} />
      </Form.Item>
    </FormModal>
  );
}

// ---- deliberation ---------------------------------------------------------------------------------------------

function DeliberationTab({ community }: { community?: string }) {
  const { t } = useI18n();
  const qc = useQueryClient();
  const showError = useShowError();
  const [newTopic, setNewTopic] = useState(false);
  const [newMeeting, setNewMeeting] = useState(false);
  const [recording, setRecording] = useState<DeliberationMeeting | null>(null);
  const [followup, setFollowup] = useState<{
    topic: DeliberationTopic;
    action?: 'start' | 'finish' | 'decline';
  } | null>(null);
  const topics = useQuery({
    queryKey: ['participation', 'topics', community ?? ''],
    queryFn: () =>
      api.get<{ items: DeliberationTopic[] }>('/api/participation/topics', { communityCode: community }),
  });
  const meetings = useQuery({
    queryKey: ['participation', 'meetings', community ?? ''],
    queryFn: () =>
      api.get<{ items: DeliberationMeeting[] }>('/api/participation/meetings', { communityCode: community }),
  });
  const publish = useMutation({
    mutationFn: (id: string) => api.post(`/api/participation/meetings/${id}/agenda`),
    onSuccess: () => void qc.invalidateQueries({ queryKey: ['participation'] }),
    onError: showError,
  });
  return (
    <>
      <Space style={{ marginBottom: 12 }} wrap>
        <Button icon={<PlusOutlined />} onClick={() => setNewTopic(true)} data-testid="assembly-new-topic">
          {t('assembly.newTopic')}
        </Button>
        <Button
          type="primary"
          icon={<PlusOutlined />}
          onClick={() => setNewMeeting(true)}
          data-testid="assembly-new-meeting"
        >
          {t('assembly.newMeeting')}
        </Button>
      </Space>
      <Typography.Title level={5}>{t('assembly.meetings')}</Typography.Title>
      <div data-testid="assembly-meetings">
        <Table<DeliberationMeeting>
          rowKey="id"
          size="small"
          loading={meetings.isLoading}
          dataSource={meetings.data?.items ?? []}
          pagination={false}
          scroll={{ x: 900 }}
          style={{ marginBottom: 24 }}
          expandable={{
            expandedRowRender: (m) => (
              <div style={{ whiteSpace: 'pre-wrap' }}>
                <Typography.Text strong>{t('assembly.meeting.agenda')}</Typography.Text>
                <Typography.Paragraph>{m.agenda}</Typography.Paragraph>
                {m.minutes && (
                  <>
                    <Typography.Text strong>{t('assembly.meeting.minutes')}</Typography.Text>
                    <Typography.Paragraph>{m.minutes}</Typography.Paragraph>
                    <Typography.Text strong>{t('assembly.meeting.attendees')}</Typography.Text>
                    <Typography.Paragraph>{m.attendees || '—'}</Typography.Paragraph>
                  </>
                )}
              </div>
            ),
          }}
          columns={[
            { title: t('assembly.meeting.title'), dataIndex: 'title' },
            {
              title: t('assembly.meeting.at'),
              dataIndex: 'meetingAt',
              width: 150,
              render: (s: string) => formatMinute(s),
            },
            { title: t('assembly.meeting.place'), dataIndex: 'place', width: 140 },
            {
              title: t('assembly.meeting.topics'),
              render: (_, m) => m.topics.map((x) => <Tag key={x.id}>{x.title}</Tag>),
            },
            {
              title: t('assembly.status'),
              width: 190,
              render: (_, m) =>
                m.heldAt ? (
                  <Tag color="green">
                    {t('assembly.meeting.held', { present: m.present ?? 0, invited: m.invited })}
                  </Tag>
                ) : m.agendaPublishedAt ? (
                  <Tag color="blue">
                    {t('assembly.meeting.agendaOut', { at: formatMinute(m.agendaPublishedAt) })}
                  </Tag>
                ) : (
                  <Tag>{t('assembly.meeting.agendaDraft')}</Tag>
                ),
            },
            {
              title: t('assembly.meeting.decision'),
              dataIndex: 'decision',
              render: (d: string | null) => d ?? '—',
            },
            {
              title: t('assembly.actions'),
              width: 150,
              render: (_, m) =>
                m.heldAt ? null : m.agendaPublishedAt ? (
                  <Button
                    size="small"
                    type="primary"
                    onClick={() => setRecording(m)}
                    data-testid="assembly-record"
                  >
                    {t('assembly.meeting.record')}
                  </Button>
                ) : (
                  <Button size="small" onClick={() => publish.mutate(m.id)} loading={publish.isPending}>
                    {t('assembly.meeting.publish')}
                  </Button>
                ),
            },
          ]}
        />
      </div>
      <Typography.Title level={5}>{t('assembly.topics')}</Typography.Title>
      <div data-testid="assembly-topics">
        <Table<DeliberationTopic>
          rowKey="id"
          size="small"
          loading={topics.isLoading}
          dataSource={topics.data?.items ?? []}
          scroll={{ x: 900 }}
          expandable={{
            expandedRowRender: (x) => (
              <>
                {x.body && <Typography.Paragraph>{x.body}</Typography.Paragraph>}
                {x.followups.map((f, i) => (
                  <Typography.Paragraph key={i} type="secondary">
                    {formatMinute(f.at)} · {f.body}
                  </Typography.Paragraph>
                ))}
              </>
            ),
          }}
          columns={[
            { title: t('assembly.topic.title'), dataIndex: 'title' },
            {
              title: t('assembly.topic.source'),
              width: 180,
              render: (_, x) => <TopicSource topic={x} />,
            },
            {
              title: t('assembly.status'),
              dataIndex: 'status',
              width: 100,
              render: (s: DeliberationTopic['status']) => (
                <Tag color={TOPIC_COLOR[s]}>{t(`assembly.topic.status.${s}`)}</Tag>
              ),
            },
            {
              title: t('assembly.meeting.decision'),
              dataIndex: 'decision',
              render: (d: string | null) => d ?? '—',
            },
            {
              title: t('assembly.topic.followups'),
              width: 90,
              render: (_, x) => x.followups.length,
            },
            {
              title: t('assembly.actions'),
              width: 240,
              render: (_, x) => (
                <Space wrap size={4}>
                  {x.status === 'decided' && (
                    <Button size="small" onClick={() => setFollowup({ topic: x, action: 'start' })}>
                      {t('assembly.topic.start')}
                    </Button>
                  )}
                  {(x.status === 'decided' || x.status === 'implementing') && (
                    <>
                      <Button
                        size="small"
                        onClick={() => setFollowup({ topic: x })}
                        data-testid="assembly-followup"
                      >
                        {t('assembly.topic.followup')}
                      </Button>
                      <Button size="small" onClick={() => setFollowup({ topic: x, action: 'finish' })}>
                        {t('assembly.topic.finish')}
                      </Button>
                    </>
                  )}
                  {(x.status === 'raised' || x.status === 'scheduled') && (
                    <Button size="small" danger onClick={() => setFollowup({ topic: x, action: 'decline' })}>
                      {t('assembly.topic.decline')}
                    </Button>
                  )}
                </Space>
              ),
            },
          ]}
        />
      </div>
      {newTopic && <NewTopicModal community={community} onClose={() => setNewTopic(false)} />}
      {newMeeting && (
        <NewMeetingModal
          community={community}
          topics={(topics.data?.items ?? []).filter((x) => x.status === 'raised')}
          onClose={() => setNewMeeting(false)}
        />
      )}
      {recording && <RecordModal meeting={recording} onClose={() => setRecording(null)} />}
      {followup && <FollowupModal {...followup} onClose={() => setFollowup(null)} />}
    </>
  );
}

function TopicSource({ topic }: { topic: DeliberationTopic }) {
  const { t } = useI18n();
  const label = t(`assembly.topic.source.${topic.source}` as MessageKey);
  if (!topic.sourceRef) return <>{label}</>;
  if (topic.source === 'case')
    return (
      <>
        {label} · <Link to={`/cases/${topic.sourceRef}`}>{topic.sourceRef}</Link>
      </>
    );
  if (topic.source === 'hotspot')
    return (
      <>
        {label} · <Link to={`/hotspots`}>{topic.sourceRef.slice(0, 8)}</Link>
      </>
    );
  return <>{label}</>;
}

interface TopicForm {
  communityCode: string;
  title: string;
  body?: string;
  source: 'staff' | 'case' | 'hotspot';
  sourceRef?: string;
}

function NewTopicModal({ community, onClose }: { community?: string; onClose: () => void }) {
  const { t } = useI18n();
  const [form] = Form.useForm<TopicForm>();
  const source = Form.useWatch('source', form);
  const save = useFormSave(
    form,
    (v: TopicForm) =>
      api.post('/api/participation/topics', {
        ...v,
        body: v.body ?? '',
        sourceRef: v.source === 'staff' ? undefined : v.sourceRef?.trim() || undefined,
      }),
    { invalidate: ['participation'], onDone: onClose },
  );
  return (
    <FormModal<TopicForm>
      open
      title={t('assembly.newTopic')}
      form={form}
      saving={save.isPending}
      onClose={onClose}
      onFinish={(v) => save.mutate(v)}
      initialValues={{ communityCode: community, source: 'staff' }}
    >
      <Form.Item name="communityCode" label={t('assembly.community')} rules={[{ required: true }]}>
        <RegionTreeSelect />
      </Form.Item>
      <Form.Item name="source" label={t('assembly.topic.source')}>
        <Radio.Group
          options={(['staff', 'case', 'hotspot'] as const).map((s) => ({
            value: s,
            label: t(`assembly.topic.source.${s}`),
          }))}
        />
      </Form.Item>
      {source !== 'staff' && (
        <Form.Item
          name="sourceRef"
          label={t(source === 'case' ? 'assembly.topic.caseRef' : 'assembly.topic.hotspotRef')}
          rules={[{ required: true, max: 64 }]}
        >
          <Input />
        </Form.Item>
      )}
      <Form.Item
        name="title"
        label={t('assembly.topic.title')}
        rules={[{ required: true, min: 2, max: 100 }]}
      >
        <Input />
      </Form.Item>
      <Form.Item name="body" label={t('assembly.vote.body')}>
        <Input.TextArea rows={3} />
      </Form.Item>
    </FormModal>
  );
}

interface MeetingForm {
  communityCode: string;
  title: string;
  place: string;
  meetingAt: Dayjs;
  agenda: string;
  invited: number;
  topicIds: string[];
  publishAgenda: boolean;
}

function NewMeetingModal({
  community,
  topics,
  onClose,
}: {
  community?: string;
  topics: DeliberationTopic[];
  onClose: () => void;
}) {
  const { t } = useI18n();
  const [form] = Form.useForm<MeetingForm>();
  const code = Form.useWatch('communityCode', form);
  const save = useFormSave(
    form,
    (v: MeetingForm) =>
      api.post('/api/participation/meetings', { ...v, meetingAt: shanghaiWallTimeToIso(v.meetingAt) }),
    { invalidate: ['participation'], onDone: onClose },
  );
  return (
    <FormModal<MeetingForm>
      open
      title={t('assembly.newMeeting')}
      form={form}
      saving={save.isPending}
      onClose={onClose}
      width={600}
      onFinish={(v) => save.mutate(v)}
      initialValues={{
        communityCode: community,
        meetingAt: nowInShanghai().add(4, 'day').hour(19).minute(0).second(0),
        invited: 20,
        publishAgenda: true,
        topicIds: [],
      }}
    >
      <Form.Item name="communityCode" label={t('assembly.community')} rules={[{ required: true }]}>
        <RegionTreeSelect />
      </Form.Item>
      <Form.Item name="title" label={t('assembly.meeting.title')} rules={[{ required: true, min: 2 }]}>
        <Input data-testid="assembly-meeting-title" />
      </Form.Item>
      <Space wrap>
        <Form.Item name="meetingAt" label={t('assembly.meeting.at')} rules={[{ required: true }]}>
          <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" />
        </Form.Item>
        <Form.Item name="invited" label={t('assembly.meeting.invited')} rules={[{ required: true }]}>
          <InputNumber min={0} />
        </Form.Item>
      </Space>
      <Form.Item name="place" label={t('assembly.meeting.place')} rules={[{ required: true, min: 2 }]}>
        <Input data-testid="assembly-meeting-place" />
      </Form.Item>
      <Form.Item name="topicIds" label={t('assembly.meeting.topics')} rules={[{ required: true }]}>
        <Select
          mode="multiple"
          data-testid="assembly-meeting-topics"
          options={topics
            .filter((x) => !code || x.communityCode === code)
            .map((x) => ({ value: x.id, label: x.title }))}
        />
      </Form.Item>
      <Form.Item
        name="agenda"
        label={t('assembly.meeting.agenda')}
        extra={t('assembly.meeting.noticeHint')}
        rules={[{ required: true, min: 2 }]}
      >
        <Input.TextArea rows={3} data-testid="assembly-meeting-agenda" />
      </Form.Item>
      <Form.Item name="publishAgenda" label={t('assembly.meeting.publishNow')}>
        <Radio.Group
          options={[
            { value: true, label: t('assembly.yes') },
            { value: false, label: t('assembly.no') },
          ]}
        />
      </Form.Item>
    </FormModal>
  );
}

interface RecordForm {
  present: number;
  attendees?: string;
  minutes: string;
  decision: string;
}

function RecordModal({ meeting, onClose }: { meeting: DeliberationMeeting; onClose: () => void }) {
  const { t } = useI18n();
  const [form] = Form.useForm<RecordForm>();
  const save = useFormSave(
    form,
    (v: RecordForm) =>
      api.post(`/api/participation/meetings/${meeting.id}/record`, { ...v, attendees: v.attendees ?? '' }),
    { invalidate: ['participation'], onDone: onClose },
  );
  return (
    <FormModal<RecordForm>
      open
      title={`${t('assembly.meeting.record')} · ${meeting.title}`}
      form={form}
      saving={save.isPending}
      onClose={onClose}
      width={600}
      onFinish={(v) => save.mutate(v)}
    >
      <Form.Item
        name="present"
        label={t('assembly.meeting.present', { invited: meeting.invited })}
        rules={[{ required: true }]}
      >
        <InputNumber min={0} data-testid="assembly-present" />
      </Form.Item>
      <Form.Item
        name="attendees"
        label={t('assembly.meeting.attendees')}
        extra={t('assembly.meeting.attendeesHint')}
      >
        <Input.TextArea rows={2} />
      </Form.Item>
      <Form.Item name="minutes" label={t('assembly.meeting.minutes')} rules={[{ required: true }]}>
        <Input.TextArea rows={4} data-testid="assembly-minutes" />
      </Form.Item>
      <Form.Item name="decision" label={t('assembly.meeting.decision')} rules={[{ required: true }]}>
        <Input.TextArea rows={2} data-testid="assembly-decision" />
      </Form.Item>
    </FormModal>
  );
}

function FollowupModal({
  topic,
  action,
  onClose,
}: {
  topic: DeliberationTopic;
  action?: 'start' | 'finish' | 'decline';
  onClose: () => void;
}) {
  const { t } = useI18n();
  const [form] = Form.useForm<{ body: string }>();
  const save = useFormSave(
    form,
    (v: { body: string }) =>
      action
        ? api.post(`/api/participation/topics/${topic.id}/actions`, { action, note: v.body ?? '' })
        : api.post(`/api/participation/topics/${topic.id}/followups`, { body: v.body }),
    { invalidate: ['participation'], onDone: onClose },
  );
  return (
    <FormModal<{ body: string }>
      open
      title={`${t(action ? `assembly.topic.${action}` : 'assembly.topic.followup')} · ${topic.title}`}
      form={form}
      saving={save.isPending}
      onClose={onClose}
      onFinish={(v) => save.mutate(v)}
    >
      <Form.Item
        name="body"
        label={t('assembly.topic.note')}
        extra={t('assembly.topic.noteHint')}
        rules={action ? [] : [{ required: true, min: 2 }]}
      >
        <Input.TextArea rows={3} data-testid="assembly-followup-body" />
      </Form.Item>
    </FormModal>
  );
}
