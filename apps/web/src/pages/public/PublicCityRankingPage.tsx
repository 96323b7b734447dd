/**
 * 接诉即办 月度排名, public (issue 14): every street and town of the city for a month that is over, with its
 * district, ranked on the three rates — the list Beijing publishes. No cases, no counts: rates and ranks only.
 */
import { useMemo, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import dayjs, { type Dayjs } from 'dayjs';
import { Alert, DatePicker, Input, Space, Table, Typography } from 'antd';
import { api } from '../../api/client.ts';
import type { Schema } from '../../api/contract.ts';
import { useI18n } from '../../i18n/index.tsx';
import { formatScore } from '../../lib/format.ts';
import { PublicShell } from './PublicShell.tsx';

type PublicCityRanking = Schema<'PublicCityRanking'>;
type Row = PublicCityRanking['rows'][number];

export default function PublicCityRankingPage() {
  const { t } = useI18n();
  const [month, setMonth] = useState<Dayjs>(dayjs().subtract(1, 'month'));
  const [search, setSearch] = useState('');
  const monthParam = month.format('YYYY-MM');
  const q = useQuery({
    queryKey: ['public-city-ranking', monthParam],
    queryFn: () => api.get<PublicCityRanking>('/api/public/rankings/streets', { month: monthParam }),
    retry: false,
  });
  const rows = useMemo(() => {
    const s = search.trim();
    return (q.data?.rows ?? []).filter(
      (r) => !s || r.name.includes(s) || (r.district?.name.includes(s) ?? false),
    );
  }, [q.data, search]);
  const pct = (x: number | null) => (x === null ? '—' : formatScore(x));
  return (
    <PublicShell>
      <div style={{ maxWidth: 960, margin: '0 auto', padding: 12 }}>
        <Typography.Title level={4} style={{ marginBottom: 0 }}>
          {t('crk.publicTitle', { city: q.data?.city.name ?? '' })}
        </Typography.Title>
        <Typography.Paragraph type="secondary">{t('crk.publicSub')}</Typography.Paragraph>
        <Space wrap style={{ marginBottom: 8 }}>
          <DatePicker
            picker="month"
            value={month}
            allowClear={false}
            disabledDate={(d) => !d.isBefore(dayjs().startOf('month'))}
            onChange={(d) => d && setMonth(d)}
          />
          <Input.Search
            allowClear
            placeholder={t('crk.search')}
            value={search}
            onChange={(e) => setSearch(e.target.value)}
            style={{ width: 220 }}
          />
        </Space>
        {q.isError && <Alert type="warning" message={t('crk.publicNone')} />}
        <Table<Row>
          rowKey="code"
          size="small"
          loading={q.isLoading}
          dataSource={rows}
          pagination={{ defaultPageSize: 50, pageSizeOptions: [50, 100, 400], showSizeChanger: true }}
          columns={[
            { title: t('asm.rank'), dataIndex: 'rank', width: 56, render: (r: number | null) => r ?? '—' },
            { title: t('crk.street'), dataIndex: 'name' },
            {
              title: t('crk.district'),
              key: 'district',
              width: 110,
              render: (_, r) => r.district?.name ?? '—',
            },
            {
              title: t('asm.response'),
              key: 'rr',
              width: 80,
              align: 'right',
              render: (_, r) => pct(r.rates.responseRate),
            },
            {
              title: t('asm.resolution'),
              key: 'sr',
              width: 80,
              align: 'right',
              render: (_, r) => pct(r.rates.resolutionRate),
            },
            {
              title: t('asm.satisfaction'),
              key: 'mr',
              width: 80,
              align: 'right',
              render: (_, r) => pct(r.rates.satisfactionRate),
            },
            {
              title: t('asm.composite'),
              key: 'c',
              width: 80,
              align: 'right',
              render: (_, r) => <Typography.Text strong>{pct(r.rates.composite)}</Typography.Text>,
            },
          ]}
        />
      </div>
    </PublicShell>
  );
}
