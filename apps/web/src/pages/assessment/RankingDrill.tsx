/** A unit's row opened: the cases behind its response, resolution and satisfaction rates. */
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { Drawer, Segmented, Space, Table, Tag, Typography } from 'antd';
import { useDrill, type DrillItem, type Measure, type Outcome, type Period } from '../../api/assessment.ts';
import { useI18n, type MessageKey } from '../../i18n/index.tsx';
import { formatDateTime } from '../../lib/time.ts';

export function detailOf(
  item: DrillItem,
  measure: Measure,
  t: (k: MessageKey, p?: Record<string, string>) => string,
) {
  if (measure === 'response') {
    const due = item.acceptDueAt ? formatDateTime(item.acceptDueAt) : '—';
    if (!item.acceptedAt) return t('asm.notAccepted', { due });
    const at = formatDateTime(item.acceptedAt);
    return item.outcome === 'hit' ? t('asm.acceptedOnTime', { at, due }) : t('asm.acceptedLate', { at, due });
  }
  return (
    <Space size={4}>
      <Tag color={item.resolved ? 'green' : 'red'}>
        {item.resolved ? t('asm.resolved') : t('asm.unresolved')}
      </Tag>
      {item.rating && (
        <Tag color={item.rating === 'satisfied' ? 'green' : item.rating === 'unsatisfied' ? 'red' : 'gold'}>
          {t(`asm.rating.${item.rating}`)}
        </Tag>
      )}
    </Space>
  );
}

export function DrillDrawer({
  target,
  period,
  onClose,
}: {
  target: { unitId: string; name: string; measure: Measure } | null;
  period: Period | null;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const [outcome, setOutcome] = useState<Outcome>('miss');
  const drill = useDrill(target, period, outcome);
  const measureLabel = target ? t(`asm.${target.measure}`) : '';
  return (
    <Drawer
      open={target !== null}
      onClose={onClose}
      size="large"
      title={target ? t('asm.drillTitle', { unit: target.name, measure: measureLabel }) : ''}
    >
      <Segmented<Outcome>
        value={outcome}
        onChange={setOutcome}
        options={[
          { value: 'miss', label: t('asm.miss') },
          { value: 'hit', label: t('asm.hit') },
        ]}
        style={{ marginBottom: 12 }}
      />
      <Table<DrillItem>
        size="small"
        rowKey={(r) => `${r.caseId}-${r.day}-${r.rating ?? ''}`}
        loading={drill.isLoading}
        dataSource={drill.data?.items ?? []}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        footer={() => t('asm.drillNote', { n: String(drill.data?.items.length ?? 0) })}
        columns={[
          {
            title: t('asm.case'),
            dataIndex: 'caseId',
            render: (id: string, r) => (
              <Space orientation="vertical" size={0}>
                <Link to={`/cases/${id}`}>{id}</Link>
                <Typography.Text type="secondary" ellipsis style={{ maxWidth: 280 }}>
                  {r.title}
                </Typography.Text>
              </Space>
            ),
          },
          { title: t('asm.day'), dataIndex: 'day', width: 110 },
          {
            title: t('asm.detail'),
            key: 'detail',
            render: (_, r) => (target ? detailOf(r, target.measure, t) : null),
          },
        ]}
      />
    </Drawer>
  );
}
