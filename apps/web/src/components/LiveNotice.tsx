/**
 * The one pop-up for a notification that arrives live (defect 5). It never stacks: a newer notification replaces
 * the shown one and counts the others. It sits just under the header, off the page's own controls: at the top
 * right on a desk screen (the intake map keeps its area and its controls), as a one-line banner across the top on
 * a phone (the patrol form's submit button stays free). It hides by itself; the bell keeps the full list.
 */
import { useEffect } from 'react';
import { Button, Typography } from 'antd';
import { BellOutlined, CloseOutlined } from '@ant-design/icons';
import type { Notification } from '../api/cases.ts';
import { useI18n } from '../i18n/index.tsx';

export interface LiveNoticeState {
  latest: Notification;
  /** how many more arrived while it was shown */
  more: number;
}

const HIDE_AFTER_MS = 8_000;

export function LiveNotice({
  state,
  narrow,
  onOpen,
  onClose,
}: {
  state: LiveNoticeState | null;
  narrow: boolean;
  onOpen: (n: Notification) => void;
  onClose: () => void;
}) {
  const { t } = useI18n();
  useEffect(() => {
    if (!state) return;
    const timer = window.setTimeout(onClose, HIDE_AFTER_MS);
    return () => window.clearTimeout(timer);
  }, [state, onClose]);
  if (!state) return null;
  const { latest, more } = state;
  return (
    <div
      role="status"
      aria-live="polite"
      data-testid="live-notice"
      style={{
        position: 'fixed',
        zIndex: 20,
        top: 64,
        ...(narrow ? { left: 0, right: 0 } : { right: 16, width: 360, top: 72, borderRadius: 8 }),
        display: 'flex',
        alignItems: 'center',
        gap: 8,
        padding: narrow ? '6px 8px 6px 12px' : '8px 8px 8px 14px',
        background: '#e6f0ff',
        borderBottom: '1px solid #b3cdf7',
        ...(narrow ? {} : { border: '1px solid #b3cdf7', boxShadow: '0 4px 12px rgba(15,42,85,.12)' }),
      }}
    >
      <BellOutlined style={{ color: '#1f4e9c' }} />
      <button
        type="button"
        onClick={() => onOpen(latest)}
        data-testid="live-notice-open"
        style={{
          flex: 1,
          minWidth: 0,
          border: 0,
          padding: 0,
          background: 'transparent',
          textAlign: 'start',
          cursor: 'pointer',
        }}
      >
        <Typography.Text strong ellipsis style={{ display: 'block', fontSize: 13 }}>
          {latest.title}
        </Typography.Text>
        {!narrow && latest.body && (
          <Typography.Text type="secondary" ellipsis style={{ display: 'block', fontSize: 12 }}>
            {latest.body}
          </Typography.Text>
        )}
      </button>
      {more > 0 && (
        <Typography.Text type="secondary" style={{ fontSize: 12, whiteSpace: 'nowrap' }}>
          {t('notify.more', { count: more })}
        </Typography.Text>
      )}
      <Button
        type="text"
        size="small"
        icon={<CloseOutlined />}
        aria-label={t('notify.dismiss')}
        onClick={onClose}
        data-testid="live-notice-close"
      />
    </div>
  );
}
