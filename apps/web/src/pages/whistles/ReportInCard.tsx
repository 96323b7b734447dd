/** A summoned unit reports in at the place: its GPS point and a note, sized for a phone. */
import { useState } from 'react';
import { App, Button, Card, Input, Space, Typography } from 'antd';
import { AimOutlined } from '@ant-design/icons';
import { useWhistleAction, type WhistleDetail } from '../../api/whistles.ts';
import { useAuth } from '../../auth/AuthProvider.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { getGpsFix, gpsAvailable } from '../../lib/gps.ts';
import { useShowError } from '../../lib/useApiError.ts';

export function ReportInCard({ w }: { w: WhistleDetail }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const { me } = useAuth();
  const showError = useShowError();
  const [note, setNote] = useState('');
  const [locating, setLocating] = useState(false);
  const send = useWhistleAction<{ lon?: number; lat?: number; accuracy?: number; note?: string }>(
    w.id,
    'report-in',
  );
  const go = async () => {
    let fix: { lon: number; lat: number; accuracy: number } | null = null;
    if (gpsAvailable()) {
      setLocating(true);
      try {
        fix = await getGpsFix(10_000);
      } catch {
        void message.warning(t('whistle.noGps'));
      } finally {
        setLocating(false);
      }
    }
    try {
      const d = await send.mutateAsync({ ...(fix ?? {}), ...(note.trim() ? { note: note.trim() } : {}) });
      const mine = d.summons.find((s) => s.unit.id === me?.unit.id);
      void message.success(mine?.status === 'late' ? t('whistle.reportedLate') : t('whistle.reportedIn'));
    } catch (e) {
      showError(e);
    }
  };
  return (
    <Card
      size="small"
      style={{ borderColor: '#fa8c16', background: '#fff7e6' }}
      data-testid="whistle-report-in-card"
    >
      <Space orientation="vertical" size={10} style={{ width: '100%' }}>
        <Typography.Text>{t('whistle.reportInHint')}</Typography.Text>
        <Input
          value={note}
          onChange={(e) => setNote(e.target.value)}
          maxLength={500}
          placeholder={t('whistle.reportInNote')}
        />
        <Button
          type="primary"
          size="large"
          block
          icon={<AimOutlined />}
          loading={locating || send.isPending}
          onClick={() => void go()}
          style={{ height: 52, fontSize: 18 }}
          data-testid="whistle-report-in"
        >
          {locating ? t('whistle.locating') : t('whistle.reportIn')}
        </Button>
      </Space>
    </Card>
  );
}
