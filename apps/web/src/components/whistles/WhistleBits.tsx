/** Small pieces shared by the whistle pages: status and kind tags, the live report-in countdown, rates. */
import { Tag, Typography } from 'antd';
import { ClockCircleOutlined } from '@ant-design/icons';
import type { SummonStatus, WhistleKind, WhistleStatus } from '../../api/whistles.ts';
import { useI18n } from '../../i18n/index.tsx';
import { formatPercent } from '../../lib/format.ts';
import { useNow } from '../../lib/useNow.ts';

export const WHISTLE_KINDS: readonly WhistleKind[] = ['difficult', 'joint_enforcement', 'emergency'];

const STATUS_COLOR: Record<WhistleStatus, string> = {
  open: 'orange',
  acting: 'blue',
  closed: 'green',
  void: 'default',
};
const SUMMON_COLOR: Record<SummonStatus, string> = {
  summoned: 'orange',
  reported: 'green',
  late: 'gold',
  missing: 'red',
};
const KIND_COLOR: Record<WhistleKind, string> = {
  difficult: 'purple',
  joint_enforcement: 'geekblue',
  emergency: 'volcano',
};

export function WhistleStatusTag({ status }: { status: WhistleStatus }) {
  const { t } = useI18n();
  return <Tag color={STATUS_COLOR[status]}>{t(`whistle.status.${status}`)}</Tag>;
}

export function SummonStatusTag({ status }: { status: SummonStatus }) {
  const { t } = useI18n();
  return (
    <Tag color={SUMMON_COLOR[status]} data-testid={`summon-${status}`}>
      {t(`summon.status.${status}`)}
    </Tag>
  );
}

export function KindTag({ kind }: { kind: WhistleKind }) {
  const { t } = useI18n();
  return <Tag color={KIND_COLOR[kind]}>{t(`whistle.kind.${kind}`)}</Tag>;
}

function clock(ms: number): string {
  const s = Math.floor(ms / 1000);
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const sec = s % 60;
  const mm = String(m).padStart(2, '0');
  const ss = String(sec).padStart(2, '0');
  return h > 0 ? `${h}:${mm}:${ss}` : `${mm}:${ss}`;
}

/** Time left to the report-in deadline, ticking every second; red and counting up once it has passed. */
export function Countdown({ dueAt, size = 'default' }: { dueAt: string; size?: 'default' | 'large' }) {
  const { t } = useI18n();
  const now = useNow(1000);
  const left = Date.parse(dueAt) - now;
  const fontSize = size === 'large' ? 28 : 16;
  if (left <= 0) {
    return (
      <Typography.Text type="danger" strong style={{ fontSize }} data-testid="countdown">
        <ClockCircleOutlined /> {t('whistle.overdue', { time: clock(-left) })}
      </Typography.Text>
    );
  }
  return (
    <Typography.Text
      strong
      style={{
        fontSize,
        fontVariantNumeric: 'tabular-nums',
        color: left < 5 * 60_000 ? '#d4380d' : '#1677ff',
      }}
      data-testid="countdown"
    >
      <ClockCircleOutlined /> {clock(left)}
    </Typography.Text>
  );
}

/** 0.875 → "87.5%"; null → "—" (lib/format.ts). */
export const percent = formatPercent;
