/**
 * 答复质量: per unit (mean score, flagged share, returned, held; over the last 30 days or by month), the replies held
 * for review (approve, or rework from the case), and the district's pass mark (administrators).
 */
import { useState } from 'react';
import { App, Button, Card, Form, InputNumber, Radio, Segmented, Table, Tabs, Tag, Typography } from 'antd';
import { Link } from 'react-router-dom';
import type { ReplyQualitySettings } from '@onegrid/domain';
import {
  useApproveReply,
  useHeldReplies,
  useReplySettings,
  useSaveReplySettings,
  useUnitReplyStats,
  type HeldReply,
  type UnitStat,
} from '../../api/replyquality.ts';
import { useAuth } from '../../auth/AuthProvider.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { useShowError } from '../../lib/useApiError.ts';
import { ReasonList } from './ReasonList.tsx';

function UnitsTab() {
  const { t } = useI18n();
  const [period, setPeriod] = useState<'all' | 'month'>('all');
  const q = useUnitReplyStats(period);
  return (
    <>
      <Segmented
        value={period}
        onChange={(v) => setPeriod(v as 'all' | 'month')}
        options={[
          { value: 'all', label: t('rq.tab.units') },
          { value: 'month', label: t('rq.byMonth') },
        ]}
        style={{ marginBottom: 12 }}
      />
      <Table<UnitStat>
        size="small"
        rowKey={(r) => `${r.unit.id}:${r.period ?? ''}`}
        loading={q.isLoading}
        dataSource={q.data?.items ?? []}
        pagination={false}
        data-testid="rq-units"
        columns={[
          { title: t('rq.unit'), render: (_, r) => r.unit.name },
          ...(period === 'month' ? [{ title: t('rq.period'), dataIndex: 'period' }] : []),
          { title: t('rq.replies'), dataIndex: 'replies', align: 'right' },
          {
            title: t('rq.mean'),
            dataIndex: 'mean',
            align: 'right',
            render: (m: number) => (
              <Typography.Text type={m < 60 ? 'danger' : undefined}>{m}</Typography.Text>
            ),
          },
          { title: t('rq.flagged'), dataIndex: 'flagged', align: 'right' },
          {
            title: t('rq.flaggedShare'),
            dataIndex: 'flaggedShare',
            align: 'right',
            render: (s: number) => `${Math.round(s * 1000) / 10}%`,
          },
          { title: t('rq.returned'), dataIndex: 'returned', align: 'right' },
          { title: t('rq.heldCount'), dataIndex: 'held', align: 'right' },
        ]}
      />
    </>
  );
}

function HeldTab() {
  const { t } = useI18n();
  const { hasRole } = useAuth();
  const q = useHeldReplies();
  const approve = useApproveReply();
  const showError = useShowError();
  const { message } = App.useApp();
  return (
    <>
      <Typography.Paragraph type="secondary">{t('rq.reworkHint')}</Typography.Paragraph>
      <Table<HeldReply>
        size="small"
        rowKey="id"
        loading={q.isLoading}
        dataSource={q.data?.items ?? []}
        pagination={false}
        locale={{ emptyText: t('rq.noneHeld') }}
        data-testid="rq-held"
        columns={[
          {
            title: t('rq.case'),
            width: 200,
            render: (_, r) => <Link to={`/cases/${r.caseId}`}>{r.caseTitle ?? r.caseId}</Link>,
          },
          { title: t('rq.unit'), width: 140, render: (_, r) => r.unit.name },
          { title: t('rq.reply'), dataIndex: 'reply' },
          {
            title: t('rq.score'),
            dataIndex: 'total',
            width: 70,
            align: 'right',
            render: (n: number) => <Tag color="orange">{n}</Tag>,
          },
          { title: t('rq.reasons'), width: 300, render: (_, r) => <ReasonList reasons={r.flags} /> },
          ...(hasRole('dispatcher') || hasRole('admin')
            ? [
                {
                  title: '',
                  width: 150,
                  render: (_: unknown, r: HeldReply) => (
                    <Button
                      size="small"
                      type="primary"
                      loading={approve.isPending && approve.variables === r.id}
                      onClick={() =>
                        approve.mutate(r.id, {
                          onSuccess: () => void message.success(t('rq.approved')),
                          onError: showError,
                        })
                      }
                    >
                      {t('rq.approve')}
                    </Button>
                  ),
                },
              ]
            : []),
        ]}
      />
    </>
  );
}

function SettingsTab() {
  const { t } = useI18n();
  const q = useReplySettings();
  const save = useSaveReplySettings();
  const showError = useShowError();
  const { message } = App.useApp();
  if (!q.data) return null;
  return (
    <Form<ReplyQualitySettings>
      layout="vertical"
      initialValues={q.data}
      style={{ maxWidth: 480 }}
      onFinish={(v) =>
        save.mutate(v, { onSuccess: () => void message.success(t('rq.saved')), onError: showError })
      }
    >
      <Form.Item name="minScore" label={t('rq.minScore')} rules={[{ required: true }]}>
        <InputNumber min={0} max={100} />
      </Form.Item>
      <Form.Item name="onLow" label={t('rq.onLow')}>
        <Radio.Group>
          <Radio value="review">{t('rq.onLow.review')}</Radio>
          <Radio value="return">{t('rq.onLow.return')}</Radio>
        </Radio.Group>
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={save.isPending}>
        {t('rq.save')}
      </Button>
    </Form>
  );
}

export default function ReplyQualityPage() {
  const { t } = useI18n();
  const { hasRole, me } = useAuth();
  const districtAdmin = hasRole('admin') && (me?.scope.level === 'district' || me?.scope.level === 'city');
  return (
    <>
      <PageHeader title={t('rq.title')} sub={t('rq.sub')} />
      <Card>
        <Tabs
          items={[
            { key: 'units', label: t('rq.tab.units'), children: <UnitsTab /> },
            { key: 'held', label: t('rq.tab.held'), children: <HeldTab /> },
            ...(districtAdmin
              ? [{ key: 'settings', label: t('rq.tab.settings'), children: <SettingsTab /> }]
              : []),
          ]}
        />
      </Card>
    </>
  );
}
