/** "What is the deadline?": adds a duration to a start time on the server's working calendar. */
import { useState } from 'react';
import type { Dayjs } from 'dayjs';
import { Alert, Button, Card, DatePicker, Form, InputNumber, Select, Space, Typography } from 'antd';
import { api } from '../../api/client.ts';
import type { DurationUnit } from '../../api/types.ts';
import { useI18n } from '../../i18n/index.tsx';
import { DURATION_UNITS, durationUnitKey, options } from '../../lib/options.ts';
import { formatDateTime, nowInShanghai, shanghaiWallTimeToIso } from '../../lib/time.ts';
import { useShowError } from '../../lib/useApiError.ts';

export function AddTester() {
  const { t } = useI18n();
  const showError = useShowError();
  const [start, setStart] = useState<Dayjs>(() => nowInShanghai().startOf('minute'));
  const [value, setValue] = useState<number>(3);
  const [unit, setUnit] = useState<DurationUnit>('working_days');
  const [due, setDue] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);
  const compute = async () => {
    setLoading(true);
    try {
      const r = await api.get<{ start: string; due: string }>('/api/calendar/add', {
        start: shanghaiWallTimeToIso(start),
        value,
        unit,
      });
      setDue(r.due);
    } catch (e) {
      setDue(null);
      showError(e);
    } finally {
      setLoading(false);
    }
  };
  return (
    <Card title={t('calendar.tester')} size="small">
      <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
        {t('calendar.testerHint')}
      </Typography.Paragraph>
      <Form layout="vertical" onFinish={() => void compute()}>
        <Form.Item label={t('calendar.start')}>
          <DatePicker
            showTime={{ format: 'HH:mm' }}
            format="YYYY-MM-DD HH:mm"
            value={start}
            onChange={(v) => v && setStart(v)}
            allowClear={false}
            style={{ width: '100%' }}
          />
        </Form.Item>
        <Form.Item label={t('calendar.value')}>
          <Space.Compact block>
            <InputNumber
              min={1}
              max={10000}
              precision={0}
              value={value}
              onChange={(v) => setValue(v ?? 1)}
              style={{ width: '40%' }}
            />
            <Select<DurationUnit>
              value={unit}
              onChange={setUnit}
              options={options(DURATION_UNITS, durationUnitKey, t)}
              style={{ width: '60%' }}
            />
          </Space.Compact>
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={loading} block>
          {t('calendar.compute')}
        </Button>
      </Form>
      {due && (
        <Alert
          style={{ marginTop: 12 }}
          type="success"
          title={
            <span>
              {t('calendar.due')}: <b data-testid="calendar-due">{formatDateTime(due)}</b>
            </span>
          }
        />
      )}
    </Card>
  );
}
