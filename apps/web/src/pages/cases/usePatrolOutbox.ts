/**
 * The patrol page's outbox: what waits on this phone, what was sent lately, and sending — on arrival, when the
 * network comes back, and every minute while something waits online (the server was down).
 */
import { useCallback, useEffect, useState } from 'react';
import { App } from 'antd';
import { useI18n } from '../../i18n/index.tsx';
import { flushOutbox, listOutbox, recentSent, type OutboxEntry, type SentReport } from '../../lib/outbox.ts';

export function usePatrolOutbox(online: boolean) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [outbox, setOutbox] = useState<OutboxEntry[]>([]);
  const [sent, setSent] = useState<SentReport[]>(recentSent);
  const [sending, setSending] = useState(false);
  const [storageError, setStorageError] = useState<string | null>(null);

  const reload = useCallback(async () => {
    try {
      setOutbox(await listOutbox());
      setSent(recentSent());
    } catch (e) {
      setStorageError(e instanceof Error ? e.message : String(e));
    }
  }, []);

  const flush = useCallback(async () => {
    setSending(true);
    try {
      const r = await flushOutbox();
      for (const s of r.sent) void message.success(t('patrol.sent', { id: s.id }));
    } catch (e) {
      setStorageError(e instanceof Error ? e.message : String(e));
    } finally {
      setSending(false);
      await reload();
    }
  }, [message, reload, t]);

  // On arrival: read the outbox and try to send what is waiting.
  useEffect(() => {
    void reload().then(() => (navigator.onLine ? flush() : undefined));
  }, [reload, flush]);

  // Back online: send. Still waiting while online (server was down): try again every minute.
  useEffect(() => {
    const onOnline = () => void flush();
    window.addEventListener('online', onOnline);
    return () => window.removeEventListener('online', onOnline);
  }, [flush]);
  const pending = outbox.filter((e) => e.state === 'pending');
  const rejected = outbox.filter((e) => e.state === 'rejected');
  useEffect(() => {
    if (!online || pending.length === 0) return;
    const id = window.setInterval(() => void flush(), 60_000);
    return () => window.clearInterval(id);
  }, [online, pending.length, flush]);

  return { pending, rejected, sent, sending, storageError, setStorageError, reload, flush };
}
