/** 知识库使用统计: answers, prints, SMS and "did it help" per entry in a period. */
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { Card, DatePicker, Space, Table, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useKnowledgeUsage, type KnowledgeUsage } from '../../api/knowledge.ts';
import { PageHeader } from '../../components/PageHeader.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { formatDateTime } from '../../lib/time.ts';
import { KindTag } from './kbBits.tsx';

type Row = KnowledgeUsage['rows'][number];

export default function KnowledgeUsagePage() {
  const { t } = useI18n();
  const [range, setRange] = useState<[Dayjs, Dayjs] | null>(null);
  const q = useKnowledgeUsage(
    range ? { from: range[0].format('YYYY-MM-DD'), to: range[1].format('YYYY-MM-DD') } : {},
  );
  const d = q.data;
  return (
    <div>
      <PageHeader title={t('kb.usage.title')} sub={t('kb.usage.sub')} />
      <Card size="small">
        <Space style={{ marginBottom: 12 }} wrap>
          <span>{t('kb.usage.period')}</span>
          <DatePicker.RangePicker
            value={range}
            onChange={(v) => setRange(v && v[0] && v[1] ? [v[0], v[1]] : null)}
          />
          {d && (
            <Typography.Text type="secondary">
              {d.from} – {d.to} ·{' '}
              {t('kb.usage.totals', {
                answers: d.totals.answers,
                prints: d.totals.prints,
                sends: d.totals.sends,
              })}
            </Typography.Text>
          )}
        </Space>
        <Table<Row>
          size="small"
          rowKey="id"
          loading={q.isFetching}
          dataSource={d?.rows ?? []}
          data-testid="kb-usage"
          pagination={{ pageSize: 50 }}
          columns={[
            {
              title: t('kb.usage.entry'),
              render: (_, r) => (
                <Space size={4}>
                  <KindTag kind={r.kind} />
                  <Link to={`/knowledge?entry=${r.id}`}>{r.title}</Link>
                </Space>
              ),
            },
            { title: t('kb.owner'), dataIndex: 'ownerUnitName' },
            {
              title: t('kb.usage.answers'),
              render: (_, r) => r.counts.answers,
              sorter: (a, b) => a.counts.answers - b.counts.answers,
            },
            { title: t('kb.usage.prints'), render: (_, r) => r.counts.prints },
            { title: t('kb.usage.sends'), render: (_, r) => r.counts.sends },
            {
              title: t('kb.usage.helped'),
              render: (_, r) => r.counts.helpedOperator + r.counts.helpedPublic,
            },
            {
              title: t('kb.usage.notHelped'),
              render: (_, r) => r.counts.notHelpedOperator + r.counts.notHelpedPublic,
            },
            {
              title: t('kb.usage.share'),
              render: (_, r) =>
                r.counts.helpedShare === null ? '—' : `${Math.round(r.counts.helpedShare * 100)}%`,
            },
            { title: t('kb.usage.last'), render: (_, r) => formatDateTime(r.lastUsedAt) },
          ]}
        />
      </Card>
    </div>
  );
}
