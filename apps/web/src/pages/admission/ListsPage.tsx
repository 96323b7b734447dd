/** 社区准入: the district's three lists (依法履职事项, 协助事项, 负面清单). */
import { Card, Space, Table, Tabs, Tag } from 'antd';
import { useNavigate } from 'react-router-dom';
import { useAdmissionItems, type AdmissionItem } from '../../api/admission.ts';
import { useI18n, type MessageKey } from '../../i18n/index.tsx';
import { AdmissionNav, money } from './AdmissionNav.tsx';

const STATE_COLOR: Record<string, string> = {
  in_force: 'green',
  exited: 'default',
  expired: 'orange',
  pending: 'blue',
};

export function StateTag({ state }: { state: string }) {
  const { t } = useI18n();
  return <Tag color={STATE_COLOR[state]}>{t(`adm.state.${state}` as MessageKey)}</Tag>;
}

export default function ListsPage() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const q = useAdmissionItems();
  const items = q.data?.items ?? [];
  const table = (list: 'duty' | 'assist' | 'negative') => (
    <Table<AdmissionItem>
      rowKey="id"
      size="small"
      loading={q.isLoading}
      dataSource={items.filter((i) => i.list === list)}
      pagination={false}
      onRow={(r) => ({
        onClick: () => void navigate(`/admission/items/${r.id}`),
        style: { cursor: 'pointer' },
      })}
      columns={[
        { title: t('adm.seq'), dataIndex: 'seq', width: 60 },
        {
          title: t('adm.item'),
          dataIndex: 'title',
          render: (v: string) => <span data-testid={`adm-item-${v}`}>{v}</span>,
        },
        {
          title: t('adm.kind'),
          dataIndex: 'kind',
          width: 150,
          render: (k: string) => t(`adm.kind.${k}` as MessageKey),
        },
        ...(list === 'negative'
          ? [{ title: t('adm.legalBasis'), dataIndex: 'legalBasis', ellipsis: true }]
          : [
              {
                title: t('adm.unit'),
                dataIndex: 'unitName',
                width: 200,
                render: (v: string | null) => v ?? t('adm.anyUnit'),
              },
              { title: t('adm.hours'), dataIndex: 'hoursPerMonth', width: 130, align: 'right' as const },
              {
                title: t('adm.funding'),
                dataIndex: 'fundingPerYear',
                width: 140,
                align: 'right' as const,
                render: (n: number) => money(n),
              },
            ]),
        {
          title: t('adm.state'),
          dataIndex: 'state',
          width: 100,
          render: (s: string) => <StateTag state={s} />,
        },
      ]}
    />
  );
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <AdmissionNav />
      <Card size="small">
        <Tabs
          items={(['duty', 'assist', 'negative'] as const).map((l) => ({
            key: l,
            label: (
              <span data-testid={`adm-tab-${l}`}>
                {t(`adm.list.${l}`)}（{items.filter((i) => i.list === l).length}）
              </span>
            ),
            children: table(l),
          }))}
        />
      </Card>
    </Space>
  );
}
