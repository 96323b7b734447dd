/** The dispatcher's side cards: routing suggestions for the case's category, and open cases nearby to merge with. */
import { useEffect, useMemo, useState } from 'react';
import { Link } from 'react-router-dom';
import { App, Button, Card, List, Progress, Space, Table, Tag, Typography } from 'antd';
import { ThunderboltOutlined } from '@ant-design/icons';
import { useNearbyCases, type CaseDetail, type CaseSummary, type Suggestion } from '../../api/cases.ts';
import { suggestedDispatch, useCaseActionRunner } from '../../components/cases/actions.tsx';
import { StatusTag, useCategoryName } from '../../components/cases/CaseBits.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { newUuid } from '../../lib/ids.ts';
import { useShowError } from '../../lib/useApiError.ts';

export function SuggestionsCard({
  detail,
  onMakeLead,
}: {
  detail: CaseDetail;
  onMakeLead: (s: Suggestion) => void;
}) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const showError = useShowError();
  const { run, pending, doneText } = useCaseActionRunner(detail.id);
  const [key, setKey] = useState(newUuid);
  useEffect(() => setKey(newUuid()), [detail.id]);
  const ranked = useMemo(
    () => [...detail.suggestions].sort((a, b) => b.score - a.score),
    [detail.suggestions],
  );
  const plan = suggestedDispatch(detail);
  const canDispatch = detail.availableActions.includes('dispatch');
  const name = (id: unknown) => detail.suggestions.find((s) => s.unit.id === id)?.unit.name ?? '';
  const assists =
    ((plan?.assistUnitIds as string[] | undefined) ?? []).map(name).join(t('case.listSep')) ||
    t('common.none');

  const dispatchSuggested = async () => {
    if (!plan) return;
    try {
      await run('dispatch', { leadUnitId: plan.leadUnitId, assistUnitIds: plan.assistUnitIds }, key);
      void message.success(doneText('dispatch'));
      setKey(newUuid());
    } catch (e) {
      showError(e);
    }
  };

  const maxScore = Math.max(1, ...ranked.map((s) => s.score));
  return (
    <Card
      size="small"
      title={t('queue.suggestions')}
      data-testid="suggestions"
      extra={
        canDispatch &&
        plan && (
          <Button
            type="primary"
            icon={<ThunderboltOutlined />}
            loading={pending}
            onClick={() => void dispatchSuggested()}
            data-testid="dispatch-suggested"
          >
            {t('queue.dispatchSuggested')}
          </Button>
        )
      }
    >
      {plan && (
        <Typography.Paragraph type="secondary" style={{ fontSize: 12, marginBottom: 8 }}>
          {t('queue.dispatchSuggestedHint', { lead: name(plan.leadUnitId), assists })}
        </Typography.Paragraph>
      )}
      {ranked.length === 0 ? (
        <Typography.Text type="secondary">{t('queue.noSuggestions')}</Typography.Text>
      ) : (
        <Table<Suggestion>
          size="small"
          pagination={false}
          rowKey={(s) => `${s.unit.id}-${s.role}`}
          dataSource={ranked}
          columns={[
            { title: t('case.unit'), key: 'unit', render: (_: unknown, s) => s.unit.name },
            {
              title: t('case.role'),
              dataIndex: 'role',
              width: 70,
              render: (r: Suggestion['role']) => (
                <Tag color={r === 'lead' ? 'red' : 'blue'}>
                  {t(r === 'lead' ? 'assignmentRole.lead' : 'assignmentRole.assist')}
                </Tag>
              ),
            },
            {
              title: t('queue.reason'),
              dataIndex: 'reason',
              render: (v: string) => <span style={{ fontSize: 12 }}>{v}</span>,
            },
            {
              title: t('queue.score'),
              dataIndex: 'score',
              width: 110,
              render: (v: number) => (
                <Progress
                  percent={Math.round((v / maxScore) * 100)}
                  size="small"
                  format={() => v.toFixed(2)}
                />
              ),
            },
            ...(canDispatch
              ? [
                  {
                    key: 'use',
                    width: 80,
                    render: (_: unknown, s: Suggestion) => (
                      <Button size="small" type="link" onClick={() => onMakeLead(s)}>
                        {t('queue.asLead')}
                      </Button>
                    ),
                  },
                ]
              : []),
          ]}
        />
      )}
    </Card>
  );
}

export function NearbyCard({ detail, onMerge }: { detail: CaseDetail; onMerge: (id: string) => void }) {
  const { t } = useI18n();
  const categoryName = useCategoryName();
  const nearby = useNearbyCases({
    lon: detail.lon ?? undefined,
    lat: detail.lat ?? undefined,
    categoryCode: detail.category?.code,
  });
  const items = (nearby.data ?? []).filter((c) => c.id !== detail.id);
  if (detail.lon === null) return null;
  const canMerge = detail.availableActions.includes('merge');
  return (
    <Card size="small" title={t('queue.nearby')} data-testid="nearby">
      <List<CaseSummary>
        size="small"
        loading={nearby.isLoading}
        dataSource={items}
        locale={{ emptyText: t('common.none') }}
        renderItem={(c) => (
          <List.Item
            actions={[
              <Link key="open" to={`/cases/${c.id}`} target="_blank">
                {t('case.open')}
              </Link>,
              ...(canMerge
                ? [
                    <a key="merge" onClick={() => onMerge(c.id)} data-testid="merge-into">
                      {t('action.merge')}
                    </a>,
                  ]
                : []),
            ]}
          >
            <Space size={6} wrap>
              <StatusTag status={c.status} />
              <span style={{ fontVariantNumeric: 'tabular-nums' }}>{c.id}</span>
              <Typography.Text type="secondary">{c.title || categoryName(c.category)}</Typography.Text>
            </Space>
          </List.Item>
        )}
      />
    </Card>
  );
}
