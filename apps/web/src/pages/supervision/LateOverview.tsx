/** 督办 overview: overdue and due-soon counts by unit, category and street; a count opens its list. */
import { Button, Card, Col, Row, Table, Typography } from 'antd';
import { type LateFilter, type LateKind, type LateOverview } from '../../api/supervision.ts';
import { useI18n } from '../../i18n/index.tsx';

/** A count that filters the late list when clicked. */
function CountLink({ n, onClick, danger }: { n: number; onClick: () => void; danger?: boolean }) {
  if (n === 0) return <Typography.Text type="secondary">0</Typography.Text>;
  return (
    <Button type="link" size="small" danger={danger} onClick={onClick} style={{ padding: 0 }}>
      {n}
    </Button>
  );
}

export function Overview({
  data,
  onPick,
}: {
  data: LateOverview;
  onPick: (f: LateFilter, kind: LateKind) => void;
}) {
  const { t, lang } = useI18n();
  const counts = (f: LateFilter) => [
    {
      title: t('sup.overdue'),
      dataIndex: 'overdue',
      width: 90,
      render: (n: number) => <CountLink n={n} danger onClick={() => onPick(f, 'overdue')} />,
    },
    {
      title: t('sup.dueSoon'),
      dataIndex: 'dueSoon',
      width: 90,
      render: (n: number) => <CountLink n={n} onClick={() => onPick(f, 'due_soon')} />,
    },
  ];
  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} xl={10}>
        <Card size="small" title={t('sup.byUnit')}>
          <Table
            size="small"
            rowKey={(r) => r.unit.id}
            dataSource={data.byUnit}
            pagination={{ pageSize: 12, hideOnSinglePage: true }}
            columns={[
              { title: t('sup.unit'), render: (_: unknown, r) => r.unit.name },
              ...counts({}).map((c) => ({
                ...c,
                render: (n: number, r: LateOverview['byUnit'][number]) =>
                  c.dataIndex === 'overdue' ? (
                    <CountLink n={n} danger onClick={() => onPick({ unitId: r.unit.id }, 'overdue')} />
                  ) : (
                    <CountLink n={n} onClick={() => onPick({ unitId: r.unit.id }, 'due_soon')} />
                  ),
              })),
            ]}
            data-testid="sup-by-unit"
          />
        </Card>
      </Col>
      <Col xs={24} xl={8}>
        <Card size="small" title={t('sup.byCategory')}>
          <Table
            size="small"
            rowKey={(r) => r.category?.code ?? '-'}
            dataSource={data.byCategory}
            pagination={{ pageSize: 12, hideOnSinglePage: true }}
            columns={[
              {
                title: t('sup.category'),
                render: (_: unknown, r) =>
                  r.category ? (lang === 'zh-CN' ? r.category.nameZh : r.category.nameEn) : t('sup.none'),
              },
              ...counts({}).map((c) => ({
                ...c,
                render: (n: number, r: LateOverview['byCategory'][number]) => (
                  <CountLink
                    n={n}
                    danger={c.dataIndex === 'overdue'}
                    onClick={() =>
                      onPick(
                        { categoryCode: r.category?.code },
                        c.dataIndex === 'overdue' ? 'overdue' : 'due_soon',
                      )
                    }
                  />
                ),
              })),
            ]}
          />
        </Card>
      </Col>
      <Col xs={24} xl={6}>
        <Card size="small" title={t('sup.byStreet')}>
          <Table
            size="small"
            rowKey={(r) => r.street?.code ?? '-'}
            dataSource={data.byStreet}
            pagination={{ pageSize: 12, hideOnSinglePage: true }}
            columns={[
              { title: t('sup.street'), render: (_: unknown, r) => r.street?.name ?? t('sup.noStreet') },
              { title: t('sup.overdue'), dataIndex: 'overdue', width: 70 },
              { title: t('sup.dueSoon'), dataIndex: 'dueSoon', width: 70 },
            ]}
          />
        </Card>
      </Col>
    </Row>
  );
}
