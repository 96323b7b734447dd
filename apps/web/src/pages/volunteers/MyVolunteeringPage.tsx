/**
 * 志愿服务 on a resident's phone (issue 13): open activities where they live (sign up, cancel until the start, check
 * in and out with the code shown at the activity), their hours and star, their certificates. Sign-up needs the
 * resident's verification against the base data (done once on the votes page). The server decides everything.
 */
import { useState } from 'react';
import { Link, Navigate, useLocation } from 'react-router-dom';
import { Alert, App, Button, Card, Empty, Input, Space, Spin, Statistic, Tag, Typography } from 'antd';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client.ts';
import type { MyActivity, MyVolunteering } from '../../api/volunteers.ts';
import { useAuth } from '../../auth/AuthProvider.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { formatDateTime, formatMinute } from '../../lib/time.ts';
import { useShowError } from '../../lib/useApiError.ts';
import { PublicShell } from '../public/PublicShell.tsx';

export default function MyVolunteeringPage() {
  const { me, loading } = useAuth();
  const location = useLocation();
  const { t } = useI18n();
  const q = useQuery({
    queryKey: ['my', 'volunteering'],
    queryFn: () => api.get<MyVolunteering>('/api/my/volunteering'),
    enabled: !!me,
  });
  if (loading) return <Spin style={{ display: 'block', margin: '48px auto' }} />;
  if (!me) return <Navigate to="/login" replace state={{ from: location.pathname }} />;
  const d = q.data;
  return (
    <PublicShell>
      <div style={{ maxWidth: 640, margin: '0 auto', padding: 12 }}>
        <Typography.Title level={4} style={{ marginBottom: 0 }}>
          {t('vol.my.title')}
        </Typography.Title>
        <Typography.Paragraph type="secondary">{t('vol.my.sub')}</Typography.Paragraph>
        {!d ? (
          <Spin />
        ) : (
          <Space direction="vertical" style={{ width: '100%' }} size={12}>
            {!d.verified && (
              <Alert
                type="warning"
                showIcon
                message={t('vol.my.verifyFirst')}
                action={<Link to="/my/votes">{t('vol.my.verifyLink')}</Link>}
              />
            )}
            <Card size="small">
              <Space size={24} wrap>
                <Statistic
                  title={t('vol.my.hours')}
                  value={d.totalHours}
                  suffix="h"
                  valueRender={(n) => <span data-testid="my-vol-hours">{n}</span>}
                />
                <div>
                  {d.star > 0 ? <Tag color="gold">{'★'.repeat(d.star)}</Tag> : <Tag>{t('vol.noStar')}</Tag>}
                  {d.nextStar && (
                    <div style={{ color: '#888', fontSize: 12 }}>
                      {t('vol.nextStar', { star: d.nextStar.star, hours: d.nextStar.hoursToGo })}
                    </div>
                  )}
                </div>
              </Space>
            </Card>
            <Typography.Title level={5} style={{ margin: '8px 0 0' }}>
              {t('vol.my.open')}
            </Typography.Title>
            {d.activities.length === 0 ? (
              <Empty description={t('vol.my.none')} />
            ) : (
              d.activities.map((a) => <ActivityCard key={a.id} a={a} canSignUp={d.verified} />)
            )}
            <Typography.Title level={5} style={{ margin: '8px 0 0' }}>
              {t('vol.my.certificates')}
            </Typography.Title>
            {d.certificates.length === 0 ? (
              <Typography.Text type="secondary">{t('vol.my.noCertificates')}</Typography.Text>
            ) : (
              d.certificates.map((c) => (
                <Card size="small" key={c.id} data-testid="my-vol-certificate">
                  <div>{c.keeper.name}</div>
                  <div style={{ color: '#888' }}>
                    {c.periodFrom} – {c.periodTo} · {t('vol.my.hoursValue', { hours: c.totalHours })}
                  </div>
                  <Link to={`/my/volunteering/certificates/${c.id}`}>{t('vol.print')}</Link>
                </Card>
              ))
            )}
          </Space>
        )}
      </div>
    </PublicShell>
  );
}

function ActivityCard({ a, canSignUp }: { a: MyActivity; canSignUp: boolean }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const showError = useShowError();
  const [code, setCode] = useState('');
  const set = (d: MyVolunteering) => qc.setQueryData(['my', 'volunteering'], d);
  const signUp = useMutation({
    mutationFn: () => api.post<MyVolunteering>(`/api/my/volunteering/activities/${a.id}/signup`),
    onSuccess: set,
    onError: showError,
  });
  const cancel = useMutation({
    mutationFn: () => api.post<MyVolunteering>(`/api/my/volunteering/activities/${a.id}/cancel`),
    onSuccess: set,
    onError: showError,
  });
  const check = useMutation({
    mutationFn: () =>
      api.post<{ step: 'in' | 'out'; minutes: number | null }>(
        `/api/my/volunteering/activities/${a.id}/check`,
        {
          code,
        },
      ),
    onSuccess: (r) => {
      setCode('');
      void message.success(
        r.step === 'in' ? t('vol.my.checkInDone') : t('vol.my.checkOutDone', { minutes: r.minutes ?? 0 }),
      );
      void qc.invalidateQueries({ queryKey: ['my', 'volunteering'] });
    },
    onError: showError,
  });
  const mine = a.mine?.status === 'signed' ? a.mine : null;
  const now = Date.now();
  const signupOpen = Date.parse(a.signupOpensAt) <= now && now < Date.parse(a.signupClosesAt);
  return (
    <Card
      size="small"
      data-testid="my-vol-activity"
      title={<div style={{ whiteSpace: 'normal', lineHeight: 1.4, padding: '6px 0' }}>{a.title}</div>}
      extra={
        a.status === 'cancelled' ? (
          <Tag>{t('vol.status.cancelled')}</Tag>
        ) : mine ? (
          <Tag color="blue">{t('vol.my.signedUp')}</Tag>
        ) : null
      }
    >
      <div>{a.organiser.name}</div>
      <div style={{ color: '#666' }}>
        {formatMinute(a.startsAt)} – {formatMinute(a.endsAt).slice(11)} · {a.place}
      </div>
      <div style={{ color: '#888', fontSize: 12 }}>
        {t('vol.signupWindow')} {formatDateTime(a.signupClosesAt)} ·{' '}
        {t('vol.my.places', { n: a.signedUp, capacity: a.capacity })}
      </div>
      {a.description && (
        <Typography.Paragraph style={{ margin: '6px 0 0' }}>{a.description}</Typography.Paragraph>
      )}
      <div style={{ marginTop: 8 }}>
        {a.status === 'cancelled' ? (
          <Alert
            type="warning"
            showIcon
            data-testid="my-vol-cancelled"
            message={t('vol.cancelledBecause', {
              time: formatDateTime(a.cancelledAt),
              reason: a.cancelReason ?? '',
            })}
          />
        ) : mine?.checkedOutAt ? (
          <Tag color="green" data-testid="my-vol-done">
            {t('vol.my.done', { hours: Math.round(((mine.minutes ?? 0) / 60) * 10) / 10 })}
          </Tag>
        ) : mine ? (
          <Space direction="vertical" style={{ width: '100%' }}>
            {mine.checkedInAt && (
              <Tag>{t('vol.my.checkedIn', { time: formatDateTime(mine.checkedInAt) })}</Tag>
            )}
            <Space.Compact style={{ width: '100%' }}>
              <Input
                inputMode="numeric"
                maxLength={6}
                value={code}
                onChange={(e) => setCode(e.target.value.replace(/\D/g, ''))}
                placeholder={t('vol.my.codePlaceholder')}
                data-testid="my-vol-code"
              />
              <Button
                type="primary"
                disabled={code.length !== 6}
                loading={check.isPending}
                onClick={() => check.mutate()}
              >
                {t('vol.my.check')}
              </Button>
            </Space.Compact>
            {!mine.checkedInAt && (
              <Button size="small" onClick={() => cancel.mutate()} loading={cancel.isPending}>
                {t('vol.my.cancel')}
              </Button>
            )}
          </Space>
        ) : (
          <Button
            type="primary"
            block
            disabled={!canSignUp || !signupOpen || a.signedUp >= a.capacity}
            loading={signUp.isPending}
            onClick={() => signUp.mutate()}
            data-testid="my-vol-signup"
          >
            {a.signedUp >= a.capacity ? t('vol.my.full') : t('vol.my.signUp')}
          </Button>
        )}
      </div>
    </Card>
  );
}
