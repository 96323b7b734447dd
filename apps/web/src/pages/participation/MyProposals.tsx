/**
 * Residents' proposals on the phone (/my/votes, tab 提案): a verified resident raises one (and is its first
 * supporter), supports others once, and sees the supports against the threshold and the community's answer.
 */
import { useState } from 'react';
import { App, Button, Card, Empty, Form, Input, Progress, Space, Tag, Typography } from 'antd';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client.ts';
import type { CivicProposal } from '../../api/participation.ts';
import { useI18n } from '../../i18n/index.tsx';
import { formatMinute } from '../../lib/time.ts';
import { setFieldErrors, useShowError } from '../../lib/useApiError.ts';

const COLOR = {
  collecting: 'default',
  qualified: 'green',
  in_vote: 'blue',
  in_deliberation: 'purple',
  declined: 'red',
} as const;

export function MyProposals({ verified }: { verified: boolean }) {
  const { t } = useI18n();
  const [raising, setRaising] = useState(false);
  const list = useQuery({
    queryKey: ['my', 'proposals'],
    queryFn: () => api.get<{ items: CivicProposal[] }>('/api/my/proposals'),
  });
  return (
    <Space direction="vertical" size={12} style={{ width: '100%' }}>
      {verified &&
        (raising ? (
          <RaiseCard onDone={() => setRaising(false)} />
        ) : (
          <Button type="primary" block onClick={() => setRaising(true)} data-testid="civic-propose">
            {t('civic.proposal.raise')}
          </Button>
        ))}
      {(list.data?.items.length ?? 0) === 0 && !list.isLoading && (
        <Empty description={t('civic.proposal.none')} />
      )}
      {list.data?.items.map((p) => (
        <ProposalCard key={p.id} p={p} verified={verified} />
      ))}
    </Space>
  );
}

function RaiseCard({ onDone }: { onDone: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const showError = useShowError();
  const [form] = Form.useForm<{ title: string; body: string }>();
  const raise = useMutation({
    mutationFn: (b: { title: string; body: string }) => api.post('/api/my/proposals', b),
    onSuccess: () => {
      void message.success(t('civic.proposal.raised'));
      void qc.invalidateQueries({ queryKey: ['my', 'proposals'] });
      onDone();
    },
    onError: (e) => {
      if (!setFieldErrors(form, e)) showError(e);
    },
  });
  return (
    <Card title={t('civic.proposal.raise')} size="small">
      <Typography.Paragraph type="secondary">{t('civic.proposal.raiseHint')}</Typography.Paragraph>
      <Form form={form} layout="vertical" onFinish={(b) => raise.mutate(b)}>
        <Form.Item
          name="title"
          label={t('civic.proposal.title')}
          rules={[{ required: true, min: 2, max: 100 }]}
        >
          <Input data-testid="civic-proposal-title" />
        </Form.Item>
        <Form.Item
          name="body"
          label={t('civic.proposal.body')}
          rules={[{ required: true, min: 10, max: 5000 }]}
        >
          <Input.TextArea rows={4} data-testid="civic-proposal-body" />
        </Form.Item>
        <Space>
          <Button
            type="primary"
            htmlType="submit"
            loading={raise.isPending}
            data-testid="civic-proposal-send"
          >
            {t('civic.proposal.send')}
          </Button>
          <Button onClick={onDone}>{t('common.cancel')}</Button>
        </Space>
      </Form>
    </Card>
  );
}

function ProposalCard({ p, verified }: { p: CivicProposal; verified: boolean }) {
  const { t } = useI18n();
  const qc = useQueryClient();
  const showError = useShowError();
  const support = useMutation({
    mutationFn: () => api.post(`/api/my/proposals/${p.id}/support`),
    onSuccess: () => void qc.invalidateQueries({ queryKey: ['my', 'proposals'] }),
    onError: showError,
  });
  const collecting = p.status === 'collecting' || p.status === 'qualified';
  return (
    <Card
      size="small"
      title={<div style={{ whiteSpace: 'normal', lineHeight: 1.4, padding: '6px 0' }}>{p.title}</div>}
      extra={<Tag color={COLOR[p.status]}>{t(`assembly.proposal.status.${p.status}`)}</Tag>}
      data-testid="civic-proposal"
    >
      <Typography.Paragraph ellipsis={{ rows: 3, expandable: true, symbol: t('civic.more') }}>
        {p.body}
      </Typography.Paragraph>
      <Typography.Text data-testid="civic-proposal-supports">
        {t('civic.proposal.supportsOf', { n: p.supports, threshold: p.threshold })}
      </Typography.Text>
      <Progress
        percent={Math.min(100, Math.round((100 * p.supports) / Math.max(1, p.threshold)))}
        size="small"
        status={p.supports >= p.threshold ? 'success' : 'active'}
      />
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {formatMinute(p.createdAt)}
        {p.mine && ` · ${t('civic.proposal.mine')}`}
      </Typography.Text>
      {p.answer && (
        <Typography.Paragraph style={{ marginTop: 8 }} data-testid="civic-proposal-answer">
          <Typography.Text strong>{t('civic.proposal.answer')}</Typography.Text> {p.answer}
        </Typography.Paragraph>
      )}
      {verified && collecting && (
        <div style={{ marginTop: 8 }}>
          {p.supported ? (
            <Tag color="green">{t('civic.proposal.supported')}</Tag>
          ) : (
            <Button
              block
              onClick={() => support.mutate()}
              loading={support.isPending}
              data-testid="civic-support"
            >
              {t('civic.proposal.support')}
            </Button>
          )}
        </div>
      )}
    </Card>
  );
}
