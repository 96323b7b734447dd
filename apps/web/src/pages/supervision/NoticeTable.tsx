/** Supervision notices received or issued, with their level, state and answers. */
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { App, Button, Empty, Input, Modal, Segmented, Space, Table, Tag, Typography } from 'antd';
import {
  useAnswerNotice,
  useNotices,
  type Notice,
  type NoticeLevel,
  type NoticeState,
} from '../../api/supervision.ts';
import { useI18n } from '../../i18n/index.tsx';
import { formatDateTime } from '../../lib/time.ts';
import { useShowError } from '../../lib/useApiError.ts';

const LEVEL_COLOR: Record<NoticeLevel, string> = { yellow: 'gold', red: 'red' };
const STATE_COLOR: Record<NoticeState, string> = { open: 'processing', answered: 'success', late: 'error' };

export function NoticeTable({ box }: { box: 'received' | 'issued' }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const showError = useShowError();
  const [page, setPage] = useState(1);
  const [status, setStatus] = useState<NoticeState | undefined>(box === 'received' ? 'open' : undefined);
  const [answering, setAnswering] = useState<Notice | null>(null);
  const [text, setText] = useState('');
  const q = useNotices(box, status, page);
  const answer = useAnswerNotice();
  const submit = async () => {
    try {
      await answer.mutateAsync({ id: answering!.id, answer: text.trim() });
      void message.success(t('sup.answered'));
      setAnswering(null);
      setText('');
    } catch (e) {
      showError(e);
    }
  };
  return (
    <>
      <Segmented
        value={status ?? 'all'}
        onChange={(v) => {
          setStatus(v === 'all' ? undefined : (v as NoticeState));
          setPage(1);
        }}
        options={[
          { value: 'all', label: t('common.all') },
          ...(['open', 'late', 'answered'] as const).map((s) => ({ value: s, label: t(`sup.state.${s}`) })),
        ]}
        style={{ marginBottom: 12 }}
      />
      <Table
        size="small"
        rowKey="id"
        loading={q.isLoading}
        dataSource={q.data?.items ?? []}
        locale={{ emptyText: <Empty description={t('sup.emptyReceived')} /> }}
        pagination={{ current: page, total: q.data?.total ?? 0, pageSize: 20, onChange: setPage }}
        data-testid={`sup-notices-${box}`}
        expandable={{
          rowExpandable: (r) => Boolean(r.answer),
          expandedRowRender: (r) => (
            <Typography.Paragraph style={{ margin: 0 }}>
              <Typography.Text strong>{t('sup.answer')}：</Typography.Text>
              {r.answer} <Typography.Text type="secondary">({formatDateTime(r.answeredAt)})</Typography.Text>
            </Typography.Paragraph>
          ),
        }}
        columns={[
          {
            title: t('sup.level'),
            width: 100,
            render: (_: unknown, r) => <Tag color={LEVEL_COLOR[r.level]}>{t(`sup.level.${r.level}`)}</Tag>,
          },
          {
            title: t('sup.case'),
            render: (_: unknown, r) => (
              <Space orientation="vertical" size={0}>
                <Link to={`/cases/${r.caseId}`}>{r.caseId}</Link>
                <Typography.Text>{r.caseTitle}</Typography.Text>
              </Space>
            ),
          },
          { title: t('sup.reason'), dataIndex: 'reason' },
          box === 'issued'
            ? { title: t('sup.unit'), render: (_: unknown, r: Notice) => r.unit.name }
            : { title: t('sup.issuedBy'), render: (_: unknown, r: Notice) => r.issuedBy.unitName },
          { title: t('sup.issuedAt'), width: 170, render: (_: unknown, r) => formatDateTime(r.issuedAt) },
          {
            title: t('sup.answerDueAt'),
            width: 170,
            render: (_: unknown, r) => formatDateTime(r.answerDueAt),
          },
          {
            title: t('sup.state'),
            width: 120,
            render: (_: unknown, r) => <Tag color={STATE_COLOR[r.state]}>{t(`sup.state.${r.state}`)}</Tag>,
          },
          ...(box === 'received'
            ? [
                {
                  key: 'act',
                  width: 90,
                  render: (_: unknown, r: Notice) =>
                    r.answeredAt ? null : (
                      <Button
                        size="small"
                        type="primary"
                        onClick={() => setAnswering(r)}
                        data-testid="answer-notice"
                      >
                        {t('sup.answerNow')}
                      </Button>
                    ),
                },
              ]
            : []),
        ]}
      />
      <Modal
        open={answering !== null}
        title={answering ? t('sup.answerTitle', { case: answering.caseTitle }) : ''}
        onCancel={() => setAnswering(null)}
        onOk={() => void submit()}
        okButtonProps={{ disabled: text.trim().length < 2 }}
        confirmLoading={answer.isPending}
      >
        {answering && (
          <Typography.Paragraph type="secondary">
            {t(`sup.level.${answering.level}`)} · {answering.reason}
          </Typography.Paragraph>
        )}
        <Input.TextArea
          rows={5}
          maxLength={2000}
          showCount
          value={text}
          onChange={(e) => setText(e.target.value)}
          placeholder={t('sup.answer')}
          data-testid="answer-text"
        />
      </Modal>
    </>
  );
}
