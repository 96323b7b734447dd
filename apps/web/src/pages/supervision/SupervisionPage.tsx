/**
 * 督办: for the street, district and city — overdue and due-soon cases of the jurisdiction by unit, category and
 * street, the cases behind each count with a notice action, the notices issued; for every unit — the notices it
 * must answer in writing.
 */
import { useState } from 'react';
import { Button, Card, Col, Row, Statistic, Tabs, Tooltip, Typography } from 'antd';
import { QuestionCircleOutlined } from '@ant-design/icons';
import { useLateOverview, type LateFilter, type LateKind } from '../../api/supervision.ts';
import { useAuth } from '../../auth/AuthProvider.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { Overview } from './LateOverview.tsx';
import { LateList } from './LateList.tsx';
import { NoticeTable } from './NoticeTable.tsx';

export default function SupervisionPage() {
  const { t } = useI18n();
  const { hasRole } = useAuth();
  const supervises =
    hasRole('supervisor') || hasRole('dispatcher') || hasRole('street_lead') || hasRole('admin');
  const [tab, setTab] = useState(supervises ? 'overview' : 'received');
  const [filter, setFilter] = useState<LateFilter>({});
  const [kind, setKind] = useState<LateKind>('overdue');
  const overview = useLateOverview({}, supervises);
  const pick = (f: LateFilter, k: LateKind) => {
    setFilter(f);
    setKind(k);
    setTab('late');
  };
  const totals = overview.data?.totals;
  return (
    <>
      <PageHeader title={t('sup.title')} sub={t('sup.subtitle')} />
      {supervises && (
        <Row gutter={16} style={{ marginBottom: 16 }}>
          <Col>
            <Card size="small">
              <Statistic
                title={
                  <Tooltip title={t('sup.totalOverdueHint')}>
                    <span data-testid="sup-total-overdue-label">
                      {t('sup.totalOverdue')} <QuestionCircleOutlined />
                    </span>
                  </Tooltip>
                }
                value={totals?.overdue ?? 0}
                valueStyle={{ color: '#cf1322' }}
              />
              <Typography.Text type="secondary" data-testid="sup-overdue-cases">
                {t('sup.overdueCasesLine', { n: totals?.overdueCases ?? 0 })}
              </Typography.Text>
            </Card>
          </Col>
          <Col>
            <Card size="small">
              <Statistic
                title={t('sup.totalDueSoon')}
                value={totals?.dueSoon ?? 0}
                valueStyle={{ color: '#d48806' }}
              />
              <Typography.Text type="secondary">
                {t('sup.dueSoonCasesLine', { n: totals?.dueSoonCases ?? 0 })}
              </Typography.Text>
            </Card>
          </Col>
        </Row>
      )}
      <Card>
        <Tabs
          activeKey={tab}
          onChange={setTab}
          items={[
            ...(supervises
              ? [
                  {
                    key: 'overview',
                    label: t('sup.tab.overview'),
                    children: overview.data ? <Overview data={overview.data} onPick={pick} /> : null,
                  },
                  {
                    key: 'late',
                    label: t('sup.tab.late'),
                    children: (
                      <>
                        {(filter.unitId || filter.categoryCode) && (
                          <Button size="small" onClick={() => setFilter({})} style={{ marginBottom: 8 }}>
                            {t('sup.clearFilter')}
                          </Button>
                        )}
                        <LateList filter={filter} kind={kind} onKind={setKind} />
                      </>
                    ),
                  },
                  { key: 'issued', label: t('sup.tab.issued'), children: <NoticeTable box="issued" /> },
                ]
              : []),
            { key: 'received', label: t('sup.tab.received'), children: <NoticeTable box="received" /> },
          ]}
        />
      </Card>
    </>
  );
}
