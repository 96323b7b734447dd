import { useMemo, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Col, Row, Select, Space, Spin, Typography } from 'antd';
import { LeftOutlined, RightOutlined } from '@ant-design/icons';
import { api } from '../../api/client.ts';
import { qk } from '../../api/queries.ts';
import type { CalendarDay } from '../../api/types.ts';
import { useAuth } from '../../auth/AuthProvider.tsx';
import { canEditGlobal } from '../../auth/permissions.ts';
import { GlobalReadOnlyNote, PageHeader } from '../../components/PageHeader.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { nowInShanghai } from '../../lib/time.ts';
import { calendarStats, daysByDate } from './calendarDays.ts';
import { AddTester } from './CalendarTester.tsx';
import { DayModal } from './DayModal.tsx';
import { MonthGrid } from './MonthGrid.tsx';
import './calendar.css';

export default function CalendarPage() {
  const { t } = useI18n();
  const editable = canEditGlobal(useAuth().me);
  const today = nowInShanghai().format('YYYY-MM-DD');
  const [year, setYear] = useState(() => Number(today.slice(0, 4)));
  const [picked, setPicked] = useState<string | null>(null);
  const cal = useQuery({
    queryKey: qk.calendar(year),
    queryFn: () => api.get<{ year: number; days: CalendarDay[] }>('/api/calendar', { year }),
  });

  const days = useMemo(() => daysByDate(cal.data?.days ?? []), [cal.data]);
  const stats = useMemo(() => calendarStats(days), [days]);

  const thisYear = Number(today.slice(0, 4));
  const years = Array.from({ length: 6 }, (_, i) => thisYear - 2 + i);

  return (
    <div>
      <PageHeader
        title={t('calendar.title')}
        extra={
          <Space.Compact>
            <Button
              icon={<LeftOutlined />}
              onClick={() => setYear((y) => y - 1)}
              aria-label="previous year"
            />
            <Select
              value={year}
              onChange={setYear}
              options={years.map((y) => ({ value: y, label: String(y) }))}
              style={{ width: 100 }}
              data-testid="calendar-year"
            />
            <Button icon={<RightOutlined />} onClick={() => setYear((y) => y + 1)} aria-label="next year" />
          </Space.Compact>
        }
      />
      {!editable && <GlobalReadOnlyNote />}
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={18}>
          <Card size="small">
            {cal.error && (
              <Alert type="error" title={t('common.loadFailed', { message: cal.error.message })} />
            )}
            <Spin spinning={cal.isFetching}>
              <div className="og-year" data-testid="calendar-grid">
                {Array.from({ length: 12 }, (_, m) => (
                  <MonthGrid
                    key={m}
                    year={year}
                    month={m}
                    days={days}
                    today={today}
                    onPick={editable ? setPicked : undefined}
                  />
                ))}
              </div>
            </Spin>
          </Card>
        </Col>
        <Col xs={24} xl={6}>
          <Space orientation="vertical" size={16} style={{ width: '100%' }}>
            <Card size="small" title={t('calendar.legend')}>
              <div className="og-legend">
                <span>
                  <i className="og-day og-day-holiday">1</i>
                  {t('calendar.holiday')}
                </span>
                <span>
                  <i className="og-day og-day-makeup">1</i>
                  {t('calendar.workday')}
                </span>
                <span>
                  <i className="og-day og-day-weekend">1</i>
                  {t('calendar.weekend')}
                </span>
                <span>
                  <i className="og-day og-day-override">1</i>
                  {t('calendar.override')}
                </span>
              </div>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t('calendar.stats', stats)}
              </Typography.Text>
            </Card>
            <AddTester />
          </Space>
        </Col>
      </Row>
      <DayModal
        key={picked ?? 'none'}
        date={picked}
        info={picked ? days.get(picked) : undefined}
        onClose={() => setPicked(null)}
      />
    </div>
  );
}
