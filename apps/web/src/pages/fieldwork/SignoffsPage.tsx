/** 走访异常签收: a department signs for the anomalies found on household visits, then replies (issue 11). */
import { useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Input, Modal, Segmented, Space, Table, Tag, Typography } from 'antd';
import { api } from '../../api/client.ts';
import { useI18n } from '../../i18n/index.tsx';
import { formatDateTime } from '../../lib/time.ts';
import { useShowError } from '../../lib/useApiError.ts';

type State = 'pending' | 'signed' | 'replied';
interface Signoff {
  id: string;
  state: State;
  light: 'green' | 'yellow' | 'red';
  yellowAt: string;
  redAt: string;
  signedAt: string | null;
  signedBy: string | null;
  reply: string | null;
  repliedAt: string | null;
  visit: {
    id: string;
    visitedAt: string;
    mode: string;
    tag: string | null;
    anomalyNote: string | null;
    person: string;
    worker: string;
    grid: string | null;
  };
}
interface SignoffList {
  items: Signoff[];
  counts: Record<State, number>;
}

const LIGHT_COLOUR = { green: 'green', yellow: 'gold', red: 'red' } as const;

export default function SignoffsPage() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const showError = useShowError();
  const qc = useQueryClient();
  const [state, setState] = useState<State>('pending');
  const [replying, setReplying] = useState<Signoff | null>(null);
  const [reply, setReply] = useState('');
  const list = useQuery({
    queryKey: ['signoffs', state],
    queryFn: () => api.get<SignoffList>('/api/field/signoffs', { state }),
  });
  const done = () => void qc.invalidateQueries({ queryKey: ['signoffs'] });
  const sign = useMutation({
    mutationFn: (id: string) => api.post<Signoff>(`/api/field/signoffs/${id}/sign`),
    onSuccess: () => {
      void message.success(t('signoff.signed'));
      done();
    },
    onError: showError,
  });
  const answer = useMutation({
    mutationFn: (v: { id: string; reply: string }) =>
      api.post<Signoff>(`/api/field/signoffs/${v.id}/reply`, { reply: v.reply }),
    onSuccess: () => {
      void message.success(t('signoff.replied'));
      setReplying(null);
      setReply('');
      done();
    },
    onError: showError,
  });
  const counts = list.data?.counts;
  const label = (s: State) => `${t(`signoff.state.${s}`)}${counts ? ` (${counts[s]})` : ''}`;
  return (
    <Card>
      <Typography.Title level={4}>{t('signoff.title')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('signoff.sub')}</Typography.Paragraph>
      <Segmented<State>
        value={state}
        onChange={setState}
        options={(['pending', 'signed', 'replied'] as const).map((s) => ({ value: s, label: label(s) }))}
        style={{ marginBottom: 16 }}
      />
      <Table<Signoff>
        rowKey="id"
        loading={list.isLoading}
        dataSource={list.data?.items ?? []}
        locale={{ emptyText: t('signoff.empty') }}
        pagination={false}
        // on a phone the columns keep their width and the table scrolls sideways inside the page
        scroll={{ x: 'max-content' }}
        columns={[
          {
            title: t('signoff.col.light'),
            key: 'light',
            render: (_, r) => <Tag color={LIGHT_COLOUR[r.light]}>{t(`signoff.light.${r.light}`)}</Tag>,
          },
          {
            title: t('signoff.col.visitedAt'),
            key: 'visitedAt',
            render: (_, r) => formatDateTime(r.visit.visitedAt),
          },
          { title: t('signoff.col.person'), key: 'person', render: (_, r) => r.visit.person },
          {
            title: t('signoff.col.grid'),
            key: 'grid',
            render: (_, r) => `${r.visit.grid ?? ''} / ${r.visit.worker}`,
          },
          { title: t('signoff.col.anomaly'), key: 'anomaly', render: (_, r) => r.visit.anomalyNote },
          {
            title: t('signoff.col.deadline'),
            key: 'deadline',
            render: (_, r) => (
              <Space direction="vertical" size={0}>
                <span>
                  {t('signoff.light.yellow')} {formatDateTime(r.yellowAt)}
                </span>
                <span>
                  {t('signoff.light.red')} {formatDateTime(r.redAt)}
                </span>
              </Space>
            ),
          },
          {
            title: t('signoff.col.reply'),
            key: 'action',
            render: (_, r) =>
              r.state === 'pending' ? (
                <Button type="primary" loading={sign.isPending} onClick={() => sign.mutate(r.id)}>
                  {t('signoff.sign')}
                </Button>
              ) : r.state === 'signed' ? (
                <Button onClick={() => setReplying(r)}>{t('signoff.reply')}</Button>
              ) : (
                r.reply
              ),
          },
        ]}
      />
      <Modal
        open={replying !== null}
        title={t('signoff.replyTitle')}
        onCancel={() => setReplying(null)}
        okButtonProps={{ disabled: reply.trim() === '', loading: answer.isPending }}
        onOk={() => replying && answer.mutate({ id: replying.id, reply: reply.trim() })}
      >
        <Input.TextArea
          rows={4}
          value={reply}
          maxLength={2000}
          placeholder={t('signoff.replyPlaceholder')}
          onChange={(e) => setReply(e.target.value)}
        />
      </Modal>
    </Card>
  );
}
