/**
 * The dispatcher's side cards: the classifier's categories with their words, routing suggestions for the case's
 * category, and open cases nearby to merge with.
 */
import { useEffect, useMemo, useState } from 'react';
import { Link } from 'react-router-dom';
import { App, Button, Card, List, Progress, Space, Table, Tag, Typography } from 'antd';
import { ThunderboltOutlined } from '@ant-design/icons';
import {
  useCategorySuggestions,
  useNearbyCases,
  type CaseCategorySuggestions,
  type CaseDetail,
  type CaseSummary,
  type Suggestion,
} from '../../api/cases.ts';
import { suggestedDispatch, useCaseActionRunner } from '../../components/cases/actions.tsx';
import { StatusTag, useCategoryName } from '../../components/cases/CaseBits.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { newUuid } from '../../lib/ids.ts';
import { useShowError } from '../../lib/useApiError.ts';

type CategorySuggestion = CaseCategorySuggestions['suggestions'][number];

const percent = (c: number) => `${Math.round(c * 100)}%`;

/** The words that drove a suggestion, as small tags (none from the keyword rules alone). */
function WordTags({ s, max }: { s: CategorySuggestion; max: number }) {
  return (
    <>
      {s.terms.slice(0, max).map((w) => (
        <Tag
          key={w.term}
          bordered={false}
          style={{ marginInlineEnd: 4, fontSize: 12 }}
          data-testid="cat-word"
        >
          {w.term}
        </Tag>
      ))}
    </>
  );
}

/** In a queue row: the classifier's top categories, each with its confidence and the words behind it. */
export function QueueCategoryHints({ item }: { item: CaseCategorySuggestions | undefined }) {
  const { lang } = useI18n();
  if (!item || item.suggestions.length === 0) return null;
  return (
    <div data-testid="queue-cat-hints" style={{ marginTop: 4, lineHeight: '22px' }}>
      {item.suggestions.slice(0, 2).map((s, i) => (
        <div key={s.code} style={{ whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis' }}>
          <Tag
            color={s.code === item.categoryCode ? 'blue' : i === 0 ? 'geekblue' : undefined}
            style={{ marginInlineEnd: 6 }}
            data-testid="queue-cat"
          >
            {lang === 'en-US' ? s.nameEn : s.nameZh} {percent(s.confidence)}
          </Tag>
          <WordTags s={s} max={3} />
        </div>
      ))}
    </div>
  );
}

/**
 * 分类建议: the classifier's ranked categories for the case with the words that drove them; one click takes a
 * suggestion as the case's category (the dispatch form opens with it; a change of category is recorded as a
 * correction the next model learns from).
 */
export function CategorySuggestionsCard({
  detail,
  onPick,
}: {
  detail: CaseDetail;
  onPick: (code: string) => void;
}) {
  const { t, lang } = useI18n();
  const q = useCategorySuggestions([detail.id], 5);
  const item = q.data?.byCase.get(detail.id);
  const canDispatch = detail.availableActions.includes('dispatch');
  const threshold = q.data?.threshold ?? null;
  return (
    <Card
      size="small"
      title={t('queue.catSuggestions')}
      data-testid="category-suggestions"
      loading={q.isLoading}
      extra={
        q.data && (
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {q.data.modelVersion !== null
              ? t('queue.catModel', { version: q.data.modelVersion })
              : t('queue.catPrior')}
          </Typography.Text>
        )
      }
    >
      <Typography.Paragraph type="secondary" style={{ fontSize: 12, marginBottom: 8 }}>
        {threshold !== null
          ? t('queue.catSuggestionsHint', { threshold: percent(threshold) })
          : t('queue.catSuggestionsNoAuto')}
      </Typography.Paragraph>
      {!item || item.suggestions.length === 0 ? (
        <Typography.Text type="secondary">{t('queue.catNone')}</Typography.Text>
      ) : (
        <List<CategorySuggestion>
          size="small"
          dataSource={item.suggestions}
          renderItem={(s) => {
            const current = s.code === detail.category?.code;
            return (
              <List.Item
                data-testid="category-suggestion"
                data-code={s.code}
                actions={
                  current
                    ? [
                        <Tag key="current" color="blue">
                          {t('queue.catCurrent')}
                        </Tag>,
                      ]
                    : canDispatch
                      ? [
                          <Button
                            key="use"
                            size="small"
                            type="link"
                            onClick={() => onPick(s.code)}
                            data-testid="category-use"
                          >
                            {t('queue.catUse')}
                          </Button>,
                        ]
                      : []
                }
              >
                <div style={{ minWidth: 0, flex: 1 }}>
                  <Space size={8} style={{ width: '100%' }}>
                    <Typography.Text strong>{lang === 'en-US' ? s.nameEn : s.nameZh}</Typography.Text>
                    <Progress
                      percent={Math.round(s.confidence * 100)}
                      size="small"
                      style={{ width: 120, margin: 0 }}
                      aria-label={t('queue.catConfidence')}
                    />
                  </Space>
                  {s.terms.length > 0 && (
                    <div style={{ marginTop: 2 }}>
                      <Typography.Text type="secondary" style={{ fontSize: 12, marginInlineEnd: 6 }}>
                        {t('queue.catWords')}
                      </Typography.Text>
                      <WordTags s={s} max={5} />
                    </div>
                  )}
                </div>
              </List.Item>
            );
          }}
        />
      )}
    </Card>
  );
}

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
