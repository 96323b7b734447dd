/**
 * One activity (志愿服务): its sign-ups and attendance. The organiser's staff show a fresh six-digit code at the
 * activity (volunteers type it on their phone to check in and out), or check volunteers in and out themselves, with
 * breaks and the travel they report — travel is kept on the record but never counted (the server's domain rule).
 */
import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import {
  Alert,
  App,
  Button,
  Card,
  Descriptions,
  Input,
  InputNumber,
  Modal,
  Select,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client.ts';
import type { ActivityDetail, Signup, Volunteer } from '../../api/volunteers.ts';
import { useI18n } from '../../i18n/index.tsx';
import { formatDateTime } from '../../lib/time.ts';
import { useShowError } from '../../lib/useApiError.ts';

export default function ActivityPage() {
  const { id } = useParams<{ id: string }>();
  const { t } = useI18n();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const showError = useShowError();
  const [code, setCode] = useState<{ code: string; expiresAt: string } | null>(null);
  const [pick, setPick] = useState<string>();
  const key = ['vol', 'activity', id];
  const q = useQuery({
    queryKey: key,
    queryFn: () => api.get<ActivityDetail>(`/api/volunteers/activities/${id}`),
  });
  const a = q.data;
  const volunteers = useQuery({
    queryKey: ['vol', 'volunteers', a?.organiser.id],
    queryFn: () => api.get<{ items: Volunteer[] }>(`/api/volunteers?unitId=${a!.organiser.id}`),
    enabled: !!a?.manage,
  });
  const refresh = (d: ActivityDetail) => {
    qc.setQueryData(key, d);
    void qc.invalidateQueries({ queryKey: ['vol', 'activities'] });
  };
  const newCode = useMutation({
    mutationFn: () => api.post<{ code: string; expiresAt: string }>(`/api/volunteers/activities/${id}/code`),
    onSuccess: setCode,
    onError: showError,
  });
  const signUp = useMutation({
    mutationFn: (volunteerId: string) =>
      api.post<ActivityDetail>(`/api/volunteers/activities/${id}/signups`, { volunteerId }),
    onSuccess: (d) => {
      refresh(d);
      setPick(undefined);
      void message.success(t('vol.saved'));
    },
    onError: showError,
  });
  const attend = useMutation({
    mutationFn: (b: {
      volunteerId: string;
      step: 'in' | 'out';
      breakMinutes?: number;
      travelMinutes?: number;
    }) => api.post<ActivityDetail>(`/api/volunteers/activities/${id}/attendance`, b),
    onSuccess: refresh,
    onError: showError,
  });
  const cancel = useMutation({
    mutationFn: (volunteerId: string) =>
      api.post<ActivityDetail>(`/api/volunteers/activities/${id}/signups/${volunteerId}/cancel`),
    onSuccess: refresh,
    onError: showError,
  });
  const [cancelling, setCancelling] = useState(false);
  const [reason, setReason] = useState('');
  const cancelActivity = useMutation({
    mutationFn: () => api.post<ActivityDetail>(`/api/volunteers/activities/${id}/cancel`, { reason }),
    onSuccess: (d) => {
      refresh(d);
      setCancelling(false);
      void message.success(t('vol.cancelActivity.done'));
    },
    onError: showError,
  });
  const [extra, setExtra] = useState<Record<string, { b: number; tr: number }>>({});
  if (!a) return null;
  const cancellable = a.manage && a.status === 'open' && Date.now() < Date.parse(a.endsAt);
  const signedIds = new Set(a.signups.filter((s) => s.status === 'signed').map((s) => s.volunteerId));
  return (
    <div>
      <Typography.Paragraph>
        <Link to={`/volunteers?org=${a.organiser.id}`}>{t('vol.title')}</Link> / {a.organiser.name}
      </Typography.Paragraph>
      <Typography.Title level={3} style={{ marginTop: 0 }}>
        {a.title} <Tag color={a.status === 'open' ? 'green' : 'default'}>{t(`vol.status.${a.status}`)}</Tag>
      </Typography.Title>
      <Descriptions size="small" bordered column={{ xs: 1, md: 2 }} style={{ marginBottom: 16 }}>
        <Descriptions.Item label={t('vol.place')}>{a.place}</Descriptions.Item>
        <Descriptions.Item label={t('vol.time')}>
          {formatDateTime(a.startsAt)} – {formatDateTime(a.endsAt)}
        </Descriptions.Item>
        <Descriptions.Item label={t('vol.signupWindow')}>
          {formatDateTime(a.signupOpensAt)} – {formatDateTime(a.signupClosesAt)}
        </Descriptions.Item>
        <Descriptions.Item label={t('vol.signedUp')}>
          {a.signedUp}/{a.capacity}
        </Descriptions.Item>
        {a.description && <Descriptions.Item label={t('vol.description')}>{a.description}</Descriptions.Item>}
      </Descriptions>
      {a.status === 'cancelled' && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          data-testid="vol-cancelled"
          message={t('vol.cancelledBecause', {
            time: formatDateTime(a.cancelledAt),
            reason: a.cancelReason ?? '',
          })}
        />
      )}
      <Modal
        open={cancelling}
        title={t('vol.cancelActivity.title', { title: a.title })}
        okText={t('vol.cancelActivity.ok')}
        cancelText={t('vol.cancelActivity.back')}
        okButtonProps={{ danger: true, disabled: reason.trim().length < 2, 'data-testid': 'vol-cancel-ok' }}
        confirmLoading={cancelActivity.isPending}
        onOk={() => cancelActivity.mutate()}
        onCancel={() => setCancelling(false)}
      >
        <Typography.Paragraph type="secondary">
          {t('vol.cancelActivity.hint', { n: a.signedUp })}
        </Typography.Paragraph>
        <Input.TextArea
          rows={3}
          maxLength={500}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          placeholder={t('vol.cancelActivity.reason')}
          aria-label={t('vol.cancelActivity.reason')}
          data-testid="vol-cancel-reason"
        />
      </Modal>
      {a.manage && a.status === 'open' && (
        <Card size="small" style={{ marginBottom: 16 }}>
          <Space wrap>
            <Button
              type="primary"
              onClick={() => newCode.mutate()}
              loading={newCode.isPending}
              data-testid="vol-show-code"
            >
              {t('vol.showCode')}
            </Button>
            {code && (
              <>
                <span
                  style={{ fontSize: 32, letterSpacing: 8, fontFamily: 'monospace' }}
                  data-testid="vol-code"
                >
                  {code.code}
                </span>
                <Typography.Text type="secondary">
                  {t('vol.codeHint', { time: formatDateTime(code.expiresAt) })}
                </Typography.Text>
              </>
            )}
          </Space>
          <Space wrap style={{ marginTop: 12, display: 'flex' }}>
            <Select
              style={{ minWidth: 220 }}
              placeholder={t('vol.signUpVolunteer')}
              value={pick}
              onChange={setPick}
              options={(volunteers.data?.items ?? [])
                .filter((v) => v.active && !signedIds.has(v.id))
                .map((v) => ({ value: v.id, label: v.nameMasked }))}
            />
            <Button disabled={!pick} onClick={() => pick && signUp.mutate(pick)}>
              {t('vol.signUpVolunteer')}
            </Button>
            {cancellable && (
              <Button
                danger
                onClick={() => {
                  setReason('');
                  setCancelling(true);
                }}
                data-testid="vol-cancel-activity"
              >
                {t('vol.cancelActivity')}
              </Button>
            )}
          </Space>
        </Card>
      )}
      <Alert type="info" showIcon style={{ marginBottom: 12 }} message={t('vol.hoursRule')} />
      <Table<Signup>
        rowKey="volunteerId"
        size="small"
        dataSource={a.signups}
        pagination={false}
        data-testid="vol-signups"
        title={() => t('vol.signups')}
        columns={[
          { title: t('vol.name'), dataIndex: 'nameMasked' },
          {
            title: t('vol.via'),
            render: (_, s) => (
              <Space size={4}>
                <Tag>{t(`vol.channel.${s.channel}`)}</Tag>
                <Tag color={s.status === 'signed' ? 'blue' : 'default'}>{t(`vol.signup.${s.status}`)}</Tag>
              </Space>
            ),
          },
          { title: t('vol.checkedIn'), render: (_, s) => formatDateTime(s.checkedInAt) || '—' },
          { title: t('vol.checkedOut'), render: (_, s) => formatDateTime(s.checkedOutAt) || '—' },
          {
            title: t('vol.breakMinutes'),
            render: (_, s) =>
              a.manage && s.checkedInAt && !s.checkedOutAt ? (
                <InputNumber
                  size="small"
                  min={0}
                  max={1440}
                  value={extra[s.volunteerId]?.b ?? 0}
                  onChange={(v) =>
                    setExtra({ ...extra, [s.volunteerId]: { b: v ?? 0, tr: extra[s.volunteerId]?.tr ?? 0 } })
                  }
                />
              ) : (
                s.breakMinutes
              ),
          },
          {
            title: t('vol.travelMinutes'),
            render: (_, s) =>
              a.manage && s.checkedInAt && !s.checkedOutAt ? (
                <InputNumber
                  size="small"
                  min={0}
                  max={1440}
                  value={extra[s.volunteerId]?.tr ?? 0}
                  onChange={(v) =>
                    setExtra({ ...extra, [s.volunteerId]: { tr: v ?? 0, b: extra[s.volunteerId]?.b ?? 0 } })
                  }
                />
              ) : (
                s.travelMinutes
              ),
          },
          {
            title: t('vol.minutes'),
            align: 'right',
            render: (_, s) => <span data-testid="vol-minutes">{s.minutes ?? '—'}</span>,
          },
          {
            title: '',
            render: (_, s) =>
              !a.manage || a.status !== 'open' || s.status !== 'signed' ? null : !s.checkedInAt ? (
                <Space size={4}>
                  <Button
                    size="small"
                    onClick={() => attend.mutate({ volunteerId: s.volunteerId, step: 'in' })}
                  >
                    {t('vol.checkIn')}
                  </Button>
                  <Button size="small" danger onClick={() => cancel.mutate(s.volunteerId)}>
                    {t('vol.cancel')}
                  </Button>
                </Space>
              ) : !s.checkedOutAt ? (
                <Button
                  size="small"
                  type="primary"
                  data-testid="vol-check-out"
                  onClick={() =>
                    attend.mutate({
                      volunteerId: s.volunteerId,
                      step: 'out',
                      breakMinutes: extra[s.volunteerId]?.b ?? 0,
                      travelMinutes: extra[s.volunteerId]?.tr ?? 0,
                    })
                  }
                >
                  {t('vol.checkOut')}
                </Button>
              ) : null,
          },
        ]}
      />
    </div>
  );
}
