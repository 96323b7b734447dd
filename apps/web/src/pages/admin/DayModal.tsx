/** Set or remove an override of one day (a working day or a rest day, with a note). */
import { useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, Input, Modal, Space, Typography } from 'antd';
import { api } from '../../api/client.ts';
import { qk } from '../../api/queries.ts';
import type { CalendarDay } from '../../api/types.ts';
import { useI18n } from '../../i18n/index.tsx';
import { useShowError } from '../../lib/useApiError.ts';
import { isWeekend, type DayKind } from './calendarDays.ts';

export function DayModal({
  date,
  info,
  onClose,
}: {
  date: string | null;
  info: CalendarDay | undefined;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const showError = useShowError();
  const [note, setNote] = useState(info?.source === 'override' ? (info.name ?? '') : '');
  const weekend = date
    ? isWeekend(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)))
    : false;
  const isWork = info ? info.kind === 'workday' : !weekend;
  const year = date ? Number(date.slice(0, 4)) : 0;

  const done = () => {
    void message.success(t('common.saved'));
    void qc.invalidateQueries({ queryKey: qk.calendar(year) });
    onClose();
  };
  const set = useMutation({
    mutationFn: (kind: DayKind) => api.put(`/api/calendar/overrides/${date}`, { kind, note: note.trim() }),
    onSuccess: done,
    onError: showError,
  });
  const unset = useMutation({
    mutationFn: () => api.delete(`/api/calendar/overrides/${date}`),
    onSuccess: done,
    onError: showError,
  });

  return (
    <Modal
      open={date !== null}
      title={t('calendar.dayTitle', { date: date ?? '' })}
      onCancel={onClose}
      footer={null}
      destroyOnHidden
    >
      <Space orientation="vertical" style={{ width: '100%' }} size={12}>
        <Typography.Text>
          {t('calendar.currentKind', {
            kind: isWork ? t('calendar.kindWorkday') : t('calendar.kindRestday'),
          })}
          {info?.name ? ` · ${info.name}` : ''}
          {info
            ? ` · ${info.source === 'override' ? t('calendar.override') : info.kind === 'holiday' ? t('calendar.holiday') : t('calendar.workday')}`
            : ''}
        </Typography.Text>
        <Input
          placeholder={t('calendar.overrideNote')}
          value={note}
          onChange={(e) => setNote(e.target.value)}
          maxLength={100}
        />
        <Space wrap>
          <Button
            type={isWork ? 'default' : 'primary'}
            loading={set.isPending}
            onClick={() => set.mutate('workday')}
          >
            {t('calendar.setOverride')} {t('calendar.kindWorkday')}
          </Button>
          <Button
            type={isWork ? 'primary' : 'default'}
            loading={set.isPending}
            onClick={() => set.mutate('holiday')}
          >
            {t('calendar.setOverride')} {t('calendar.kindRestday')}
          </Button>
          {info?.source === 'override' && (
            <Button danger loading={unset.isPending} onClick={() => unset.mutate()}>
              {t('calendar.removeOverride')}
            </Button>
          )}
        </Space>
      </Space>
    </Modal>
  );
}
