/**
 * One vote in the console (社区议事 · 投票): its steps (open, close, publish), the live totals — online and staff-entered
 * ballots with the paper totals added — the paper counts entered after the count, and ballots in person: staff check
 * the resident's ID card at the desk, pick them from the community's adults (masked) and enter their choice on their
 * behalf, or register the paper ballot handed to them. The server checks every step and ballot.
 */
import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import {
  Alert,
  App,
  Button,
  Card,
  Checkbox,
  Col,
  Descriptions,
  Input,
  InputNumber,
  Radio,
  Row,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client.ts';
import type { CivicVote } from '../../api/participation.ts';
import { PageHeader } from '../../components/PageHeader.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { formatMinute } from '../../lib/time.ts';
import { useShowError } from '../../lib/useApiError.ts';
import { VOTE_COLOR } from './ParticipationPage.tsx';

interface Voter {
  personId: string;
  nameMasked: string;
  birthYear: string | null;
  voted: 'online' | 'staff' | 'paper' | null;
}

export default function VoteConsolePage() {
  const { id = '' } = useParams();
  const { t } = useI18n();
  const { modal, message } = App.useApp();
  const qc = useQueryClient();
  const showError = useShowError();
  const vote = useQuery({
    queryKey: ['participation', 'vote', id],
    queryFn: () => api.get<CivicVote>(`/api/participation/votes/${id}`),
  });
  const step = useMutation({
    mutationFn: (s: 'open' | 'close' | 'publish') =>
      api.post<CivicVote>(`/api/participation/votes/${id}/steps`, { step: s }),
    onSuccess: (v) => {
      qc.setQueryData(['participation', 'vote', id], v);
      void qc.invalidateQueries({ queryKey: ['participation'] });
      void message.success(t('common.saved'));
    },
    onError: showError,
  });
  const v = vote.data;
  if (!v) return <Card loading />;
  const ask = (s: 'open' | 'close' | 'publish') =>
    modal.confirm({ title: t(`assembly.step.${s}Confirm`), onOk: () => step.mutate(s) });
  const r = v.results?.voters;
  return (
    <>
      <PageHeader
        title={
          <Space wrap>
            <Link to="/participation">{t('assembly.title')}</Link>
            <span>/</span>
            <span data-testid="assembly-vote-heading">{v.title}</span>
            <Tag color={VOTE_COLOR[v.status]} data-testid="assembly-vote-status">
              {t(`civic.status.${v.status}`)}
            </Tag>
          </Space>
        }
        extra={
          <>
            {v.status === 'draft' && (
              <Button type="primary" onClick={() => ask('open')} data-testid="assembly-step-open">
                {t('assembly.step.open')}
              </Button>
            )}
            {v.status === 'open' && (
              <Button onClick={() => ask('close')} data-testid="assembly-step-close">
                {t('assembly.step.close')}
              </Button>
            )}
            {v.status === 'closed' && (
              <Button type="primary" onClick={() => ask('publish')} data-testid="assembly-step-publish">
                {t('assembly.step.publish')}
              </Button>
            )}
          </>
        }
      />
      <Descriptions size="small" column={{ xs: 1, md: 3 }} style={{ marginBottom: 16 }}>
        <Descriptions.Item label={t('assembly.community')}>{v.communityName}</Descriptions.Item>
        <Descriptions.Item label={t('assembly.vote.kind')}>{t(`assembly.kind.${v.kind}`)}</Descriptions.Item>
        <Descriptions.Item label={t('assembly.vote.window')}>
          {formatMinute(v.opensAt)} – {formatMinute(v.closesAt)}
        </Descriptions.Item>
        <Descriptions.Item label={t('assembly.vote.maxChoices')}>{v.maxChoices}</Descriptions.Item>
        {v.budgetLimit !== null && (
          <Descriptions.Item label={t('assembly.vote.budgetLimit')}>
            {t('civic.cost', { cost: v.budgetLimit })}
            {v.results?.spent != null && ` · ${t('assembly.vote.spent', { n: v.results.spent })}`}
          </Descriptions.Item>
        )}
        {v.proposalId && (
          <Descriptions.Item label={t('assembly.vote.fromProposal')}>
            <Link to="/participation?tab=proposals">{t('assembly.vote.fromProposalLink')}</Link>
          </Descriptions.Item>
        )}
      </Descriptions>
      {v.body && <Typography.Paragraph>{v.body}</Typography.Paragraph>}
      {r && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 12 }}
          data-testid="assembly-voters"
          message={t('civic.result', { n: r.total, online: r.online, staff: r.staff, paper: r.paper })}
        />
      )}
      <Row gutter={16}>
        <Col xs={24} lg={14}>
          <Card title={t('assembly.totals')} size="small" style={{ marginBottom: 16 }}>
            <Table
              rowKey="id"
              size="small"
              pagination={false}
              dataSource={v.options}
              data-testid="assembly-totals"
              columns={[
                { title: t('assembly.vote.option', { n: '' }), dataIndex: 'title' },
                ...(v.kind === 'budget'
                  ? [
                      {
                        title: t('assembly.vote.cost'),
                        dataIndex: 'cost',
                        render: (c: number | null) => (c === null ? '—' : c),
                      },
                    ]
                  : []),
                { title: t('assembly.online'), dataIndex: 'online', width: 90 },
                { title: t('assembly.paper'), dataIndex: 'paper', width: 90 },
                { title: t('assembly.total'), dataIndex: 'votes', width: 90 },
                {
                  title: '',
                  dataIndex: 'won',
                  width: 80,
                  render: (w: boolean) => (w ? <Tag color="green">{t('civic.won')}</Tag> : null),
                },
              ]}
            />
          </Card>
          {(v.status === 'open' || v.status === 'closed') && <PaperCounts vote={v} />}
        </Col>
        <Col xs={24} lg={10}>
          {v.status === 'open' && <InPerson vote={v} />}
        </Col>
      </Row>
    </>
  );
}

function PaperCounts({ vote }: { vote: CivicVote }) {
  const { t } = useI18n();
  const qc = useQueryClient();
  const { message } = App.useApp();
  const showError = useShowError();
  const [counts, setCounts] = useState<Record<string, number | null>>(
    Object.fromEntries(vote.options.map((o) => [o.id, o.paper])),
  );
  const save = useMutation({
    mutationFn: () =>
      api.put<CivicVote>(`/api/participation/votes/${vote.id}/paper-counts`, {
        counts: vote.options.map((o) => ({ optionId: o.id, count: counts[o.id] ?? 0 })),
      }),
    onSuccess: (v) => {
      qc.setQueryData(['participation', 'vote', vote.id], v);
      void message.success(t('common.saved'));
    },
    onError: showError,
  });
  return (
    <Card title={t('assembly.paperCounts')} size="small" data-testid="assembly-paper">
      <Typography.Paragraph type="secondary">
        {t('assembly.paperHint', { n: vote.results?.voters.paper ?? 0 })}
      </Typography.Paragraph>
      <Space direction="vertical" style={{ width: '100%' }}>
        {vote.options.map((o, i) => (
          <Space key={o.id}>
            <span style={{ display: 'inline-block', minWidth: 160 }}>{o.title}</span>
            <InputNumber
              min={0}
              value={counts[o.id]}
              onChange={(n) => setCounts((c) => ({ ...c, [o.id]: n }))}
              data-testid={`assembly-paper-${i}`}
            />
          </Space>
        ))}
        <Button
          type="primary"
          onClick={() => save.mutate()}
          loading={save.isPending}
          data-testid="assembly-paper-save"
        >
          {t('assembly.paperSave')}
        </Button>
      </Space>
    </Card>
  );
}

function InPerson({ vote }: { vote: CivicVote }) {
  const { t } = useI18n();
  const qc = useQueryClient();
  const { message } = App.useApp();
  const showError = useShowError();
  const [q, setQ] = useState('');
  const [picked, setPicked] = useState<Voter | null>(null);
  const [choices, setChoices] = useState<string[]>([]);
  const voters = useQuery({
    queryKey: ['participation', 'voters', vote.id, q],
    queryFn: () => api.get<{ items: Voter[] }>(`/api/participation/votes/${vote.id}/voters`, { q }),
  });
  const enter = useMutation({
    mutationFn: (paper: boolean) =>
      api.post(`/api/participation/votes/${vote.id}/ballots`, {
        personId: picked!.personId,
        paper,
        choices: paper ? [] : choices,
      }),
    onSuccess: () => {
      void message.success(t('assembly.inPersonDone'));
      setPicked(null);
      setChoices([]);
      void qc.invalidateQueries({ queryKey: ['participation'] });
    },
    onError: showError,
  });
  return (
    <Card title={t('assembly.inPerson')} size="small" data-testid="assembly-in-person">
      <Typography.Paragraph type="secondary">{t('assembly.inPersonHint')}</Typography.Paragraph>
      <Input.Search
        placeholder={t('assembly.inPersonSearch')}
        allowClear
        onSearch={(s) => setQ(s.trim().slice(0, 1))}
        style={{ marginBottom: 8 }}
      />
      <Table<Voter>
        rowKey="personId"
        size="small"
        pagination={false}
        loading={voters.isLoading}
        dataSource={voters.data?.items ?? []}
        rowSelection={{
          type: 'radio',
          selectedRowKeys: picked ? [picked.personId] : [],
          getCheckboxProps: (r) => ({ disabled: r.voted === 'online' || r.voted === 'paper' }),
          onChange: (_, rows) => setPicked(rows[0] ?? null),
        }}
        columns={[
          { title: t('civic.name'), dataIndex: 'nameMasked' },
          { title: t('assembly.birthYear'), dataIndex: 'birthYear', width: 90 },
          {
            title: t('assembly.voted'),
            dataIndex: 'voted',
            width: 110,
            render: (c: Voter['voted']) => (c ? <Tag>{t(`assembly.channel.${c}`)}</Tag> : '—'),
          },
        ]}
      />
      {picked && (
        <div style={{ marginTop: 12 }}>
          <Typography.Text strong>{t('assembly.inPersonFor', { name: picked.nameMasked })}</Typography.Text>
          {vote.maxChoices === 1 ? (
            <Radio.Group
              style={{ display: 'flex', flexDirection: 'column', gap: 6, margin: '8px 0' }}
              value={choices[0]}
              onChange={(e) => setChoices([e.target.value as string])}
              options={vote.options.map((o) => ({ value: o.id, label: o.title }))}
            />
          ) : (
            <Checkbox.Group
              style={{ display: 'flex', flexDirection: 'column', gap: 6, margin: '8px 0' }}
              value={choices}
              onChange={(c) => setChoices(c)}
              options={vote.options.map((o) => ({ value: o.id, label: o.title }))}
            />
          )}
          <Space wrap>
            <Button
              type="primary"
              disabled={choices.length === 0}
              loading={enter.isPending}
              onClick={() => enter.mutate(false)}
            >
              {t('assembly.inPersonEnter')}
            </Button>
            {!picked.voted && (
              <Button onClick={() => enter.mutate(true)} loading={enter.isPending}>
                {t('assembly.inPersonPaper')}
              </Button>
            )}
          </Space>
        </div>
      )}
    </Card>
  );
}
