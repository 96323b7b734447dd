/**
 * 志愿服务 console (issue 13): for the organisation that keeps the records (a social organisation, a community) and
 * the community or street above it (read only). Volunteers with their hours and stars, a record's training, awards
 * and certificates (issued only by the keeper); activities with sign-ups and attendance on their own page.
 */
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import {
  Alert,
  App,
  Button,
  Card,
  DatePicker,
  Descriptions,
  Drawer,
  Form,
  Input,
  InputNumber,
  Modal,
  Radio,
  Select,
  Space,
  Table,
  Tabs,
  Tag,
  Typography,
} from 'antd';
import type { Dayjs } from 'dayjs';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client.ts';
import type { Activity, Org, Volunteer, VolunteerDetail } from '../../api/volunteers.ts';
import { useI18n } from '../../i18n/index.tsx';
import { formatDateTime, formatMinute, shanghaiWallTimeToIso } from '../../lib/time.ts';
import { useShowError } from '../../lib/useApiError.ts';

const day = (d: Dayjs) => d.format('YYYY-MM-DD');

export default function VolunteersPage() {
  const { t } = useI18n();
  const [params, setParams] = useSearchParams();
  const orgs = useQuery({
    queryKey: ['vol', 'orgs'],
    queryFn: () => api.get<{ items: Org[] }>('/api/volunteers/orgs'),
  });
  const orgId = params.get('org') ?? orgs.data?.items[0]?.id;
  const org = orgs.data?.items.find((o) => o.id === orgId);
  return (
    <div>
      <Typography.Title level={3} style={{ marginTop: 0 }}>
        {t('vol.title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('vol.sub')}</Typography.Paragraph>
      <Space style={{ marginBottom: 12 }} wrap>
        <span>{t('vol.org')}</span>
        <Select
          style={{ minWidth: 280 }}
          value={orgId}
          loading={orgs.isLoading}
          data-testid="vol-org"
          options={(orgs.data?.items ?? []).map((o) => ({ value: o.id, label: o.name }))}
          onChange={(v: string) => setParams({ org: v })}
        />
        {org && !org.manage && <Tag>{t('vol.readOnly')}</Tag>}
      </Space>
      {org && (
        <Tabs
          items={[
            { key: 'v', label: t('vol.tab.volunteers'), children: <VolunteerTab org={org} /> },
            { key: 'a', label: t('vol.tab.activities'), children: <ActivityTab org={org} /> },
          ]}
        />
      )}
    </div>
  );
}

function Stars({ n }: { n: number }) {
  const { t } = useI18n();
  return n > 0 ? (
    <Tag color="gold">{'★'.repeat(n)}</Tag>
  ) : (
    <Typography.Text type="secondary">{t('vol.noStar')}</Typography.Text>
  );
}

function VolunteerTab({ org }: { org: Org }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const showError = useShowError();
  const [open, setOpen] = useState(false);
  const [detail, setDetail] = useState<string | null>(null);
  const list = useQuery({
    queryKey: ['vol', 'volunteers', org.id],
    queryFn: () => api.get<{ items: Volunteer[] }>(`/api/volunteers?unitId=${org.id}`),
  });
  const register = useMutation({
    mutationFn: (b: { name: string; idNumber: string; skills?: string }) =>
      api.post('/api/volunteers', {
        unitId: org.id,
        name: b.name,
        idNumber: b.idNumber,
        skills: (b.skills ?? '').split(/[,，、\s]+/).filter(Boolean),
      }),
    onSuccess: () => {
      setOpen(false);
      void message.success(t('vol.saved'));
      void qc.invalidateQueries({ queryKey: ['vol'] });
    },
    onError: showError,
  });
  return (
    <>
      {org.manage && (
        <Button type="primary" style={{ marginBottom: 12 }} onClick={() => setOpen(true)}>
          {t('vol.register')}
        </Button>
      )}
      <Table<Volunteer>
        rowKey="id"
        size="small"
        loading={list.isLoading}
        dataSource={list.data?.items}
        data-testid="vol-volunteers"
        onRow={(r) => ({ onClick: () => setDetail(r.id), style: { cursor: 'pointer' } })}
        columns={[
          { title: t('vol.name'), dataIndex: 'nameMasked' },
          { title: t('vol.skills'), render: (_, r) => r.skills.map((s) => <Tag key={s}>{s}</Tag>) },
          { title: t('vol.hours'), dataIndex: 'totalHours', align: 'right' },
          { title: t('vol.star'), render: (_, r) => <Stars n={r.star} /> },
          { title: t('vol.via'), render: (_, r) => t(`vol.via.${r.registeredVia}`) },
          { title: '', render: (_, r) => (r.active ? null : <Tag>{t('vol.inactive')}</Tag>) },
        ]}
      />
      <Modal
        open={open}
        title={t('vol.register')}
        footer={null}
        onCancel={() => setOpen(false)}
        destroyOnHidden
      >
        <Form
          layout="vertical"
          onFinish={(b: { name: string; idNumber: string; skills?: string }) => register.mutate(b)}
        >
          <Form.Item name="name" label={t('vol.name')} rules={[{ required: true }]}>
            <Input />
          </Form.Item>
          <Form.Item name="idNumber" label={t('vol.idNumber')} rules={[{ required: true, min: 15, max: 18 }]}>
            <Input autoComplete="off" />
          </Form.Item>
          <Form.Item name="skills" label={t('vol.skills')} extra={t('vol.skillsHint')}>
            <Input />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={register.isPending} block>
            {t('vol.register')}
          </Button>
        </Form>
      </Modal>
      <Drawer
        open={!!detail}
        width={640}
        title={t('vol.detail')}
        onClose={() => setDetail(null)}
        destroyOnHidden
      >
        {detail && <VolunteerDrawer id={detail} manage={org.manage} />}
      </Drawer>
    </>
  );
}

function VolunteerDrawer({ id, manage }: { id: string; manage: boolean }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const showError = useShowError();
  const key = ['vol', 'volunteer', id];
  const q = useQuery({ queryKey: key, queryFn: () => api.get<VolunteerDetail>(`/api/volunteers/${id}`) });
  const done = () => {
    void message.success(t('vol.saved'));
    void qc.invalidateQueries({ queryKey: ['vol'] });
  };
  const training = useMutation({
    mutationFn: (b: { title: string; provider?: string; hours: number; heldOn: Dayjs }) =>
      api.post(`/api/volunteers/${id}/training`, { ...b, provider: b.provider ?? '', heldOn: day(b.heldOn) }),
    onSuccess: done,
    onError: showError,
  });
  const award = useMutation({
    mutationFn: (b: { title: string; awardedBy: string; awardedOn: Dayjs }) =>
      api.post(`/api/volunteers/${id}/awards`, { ...b, awardedOn: day(b.awardedOn) }),
    onSuccess: done,
    onError: showError,
  });
  const issue = useMutation({
    mutationFn: (b: { range: [Dayjs, Dayjs]; by: 'month' | 'year' }) =>
      api.post(`/api/volunteers/${id}/certificates`, {
        from: day(b.range[0]),
        to: day(b.range[1]),
        by: b.by,
      }),
    onSuccess: done,
    onError: showError,
  });
  const v = q.data;
  if (!v) return null;
  return (
    <Space direction="vertical" style={{ width: '100%' }} size={16}>
      <Descriptions column={2} size="small" bordered>
        <Descriptions.Item label={t('vol.name')}>{v.nameMasked}</Descriptions.Item>
        <Descriptions.Item label={t('vol.org')}>{v.keeper.name}</Descriptions.Item>
        <Descriptions.Item label={t('vol.hours')}>
          <span data-testid="vol-detail-hours">{v.totalHours}</span>
        </Descriptions.Item>
        <Descriptions.Item label={t('vol.star')}>
          <Stars n={v.star} />
          {v.nextStar && (
            <Typography.Text type="secondary" style={{ marginLeft: 8 }}>
              {t('vol.nextStar', { star: v.nextStar.star, hours: v.nextStar.hoursToGo })}
            </Typography.Text>
          )}
        </Descriptions.Item>
      </Descriptions>
      <Card size="small" title={t('vol.services')}>
        <Table
          rowKey="activityId"
          size="small"
          pagination={false}
          dataSource={v.services}
          columns={[
            { title: t('vol.activity'), dataIndex: 'title' },
            { title: t('vol.time'), render: (_, r) => formatDateTime(r.startsAt) },
            { title: t('vol.travelMinutes'), dataIndex: 'travelMinutes', align: 'right' },
            { title: t('vol.minutes'), render: (_, r) => r.minutes ?? '—', align: 'right' },
          ]}
        />
      </Card>
      <Card size="small" title={t('vol.training')}>
        {v.training.map((x) => (
          <div key={x.id}>
            {x.heldOn} · {x.title} · {x.provider} · {x.hours} h
          </div>
        ))}
        {manage && (
          <Form
            layout="inline"
            style={{ marginTop: 8 }}
            onFinish={(b: Parameters<typeof training.mutate>[0]) => training.mutate(b)}
          >
            <Form.Item name="title" rules={[{ required: true, min: 2 }]}>
              <Input placeholder={t('vol.trainingTitle')} />
            </Form.Item>
            <Form.Item name="provider">
              <Input placeholder={t('vol.provider')} />
            </Form.Item>
            <Form.Item name="hours" rules={[{ required: true }]}>
              <InputNumber min={0.5} max={1000} step={0.5} placeholder={t('vol.trainingHours')} />
            </Form.Item>
            <Form.Item name="heldOn" rules={[{ required: true }]}>
              <DatePicker placeholder={t('vol.heldOn')} />
            </Form.Item>
            <Button htmlType="submit">{t('vol.addTraining')}</Button>
          </Form>
        )}
      </Card>
      <Card size="small" title={t('vol.awards')}>
        {v.awards.map((x) => (
          <div key={x.id}>
            {x.awardedOn} · {x.title} · {x.awardedBy}
          </div>
        ))}
        {manage && (
          <Form
            layout="inline"
            style={{ marginTop: 8 }}
            onFinish={(b: Parameters<typeof award.mutate>[0]) => award.mutate(b)}
          >
            <Form.Item name="title" rules={[{ required: true, min: 2 }]}>
              <Input placeholder={t('vol.awardTitle')} />
            </Form.Item>
            <Form.Item name="awardedBy" rules={[{ required: true, min: 2 }]}>
              <Input placeholder={t('vol.awardedBy')} />
            </Form.Item>
            <Form.Item name="awardedOn" rules={[{ required: true }]}>
              <DatePicker placeholder={t('vol.heldOn')} />
            </Form.Item>
            <Button htmlType="submit">{t('vol.addAward')}</Button>
          </Form>
        )}
      </Card>
      <Card size="small" title={t('vol.certificates')}>
        {v.certificates.map((c) => (
          <div key={c.id} data-testid="vol-certificate">
            {c.periodFrom} – {c.periodTo} · {c.totalHours} h · {t('vol.code')} <code>{c.code}</code>{' '}
            <Link to={`/my/volunteering/certificates/${c.id}`}>{t('vol.print')}</Link>
          </div>
        ))}
        {manage && (
          <>
            <Alert type="info" showIcon style={{ margin: '8px 0' }} message={t('vol.issueHint')} />
            <Form
              layout="inline"
              initialValues={{ by: 'month' }}
              onFinish={(b: Parameters<typeof issue.mutate>[0]) => issue.mutate(b)}
            >
              <Form.Item name="range" rules={[{ required: true }]}>
                <DatePicker.RangePicker data-testid="vol-cert-range" />
              </Form.Item>
              <Form.Item name="by" label={t('vol.by')}>
                <Radio.Group
                  options={[
                    { value: 'month', label: t('vol.by.month') },
                    { value: 'year', label: t('vol.by.year') },
                  ]}
                />
              </Form.Item>
              <Button type="primary" htmlType="submit" loading={issue.isPending} data-testid="vol-issue">
                {t('vol.issue')}
              </Button>
            </Form>
          </>
        )}
      </Card>
    </Space>
  );
}

function ActivityTab({ org }: { org: Org }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const showError = useShowError();
  const [open, setOpen] = useState(false);
  const list = useQuery({
    queryKey: ['vol', 'activities', org.id],
    queryFn: () => api.get<{ items: Activity[] }>(`/api/volunteers/activities?unitId=${org.id}`),
  });
  type F = {
    title: string;
    place: string;
    description?: string;
    time: [Dayjs, Dayjs];
    signup: [Dayjs, Dayjs];
    capacity: number;
  };
  const create = useMutation({
    mutationFn: (b: F) =>
      api.post('/api/volunteers/activities', {
        unitId: org.id,
        title: b.title,
        place: b.place,
        description: b.description ?? '',
        capacity: b.capacity,
        startsAt: shanghaiWallTimeToIso(b.time[0]),
        endsAt: shanghaiWallTimeToIso(b.time[1]),
        signupOpensAt: shanghaiWallTimeToIso(b.signup[0]),
        signupClosesAt: shanghaiWallTimeToIso(b.signup[1]),
      }),
    onSuccess: () => {
      setOpen(false);
      void message.success(t('vol.saved'));
      void qc.invalidateQueries({ queryKey: ['vol'] });
    },
    onError: showError,
  });
  return (
    <>
      {org.manage && (
        <Button type="primary" style={{ marginBottom: 12 }} onClick={() => setOpen(true)}>
          {t('vol.newActivity')}
        </Button>
      )}
      <Table<Activity>
        rowKey="id"
        size="small"
        loading={list.isLoading}
        dataSource={list.data?.items}
        data-testid="vol-activities"
        columns={[
          {
            title: t('vol.activity'),
            render: (_, r) => <Link to={`/volunteers/activities/${r.id}`}>{r.title}</Link>,
          },
          { title: t('vol.place'), dataIndex: 'place' },
          {
            title: t('vol.time'),
            render: (_, r) => `${formatMinute(r.startsAt)} – ${formatMinute(r.endsAt).slice(11)}`,
          },
          { title: t('vol.signedUp'), render: (_, r) => `${r.signedUp}/${r.capacity}`, align: 'right' },
          {
            title: '',
            render: (_, r) => (
              <Tag color={r.status === 'open' ? 'green' : 'default'} title={r.cancelReason ?? undefined}>
                {t(`vol.status.${r.status}`)}
              </Tag>
            ),
          },
        ]}
      />
      <Modal
        open={open}
        title={t('vol.newActivity')}
        footer={null}
        onCancel={() => setOpen(false)}
        destroyOnHidden
      >
        <Form layout="vertical" initialValues={{ capacity: 10 }} onFinish={(b: F) => create.mutate(b)}>
          <Form.Item name="title" label={t('vol.activity')} rules={[{ required: true, min: 2 }]}>
            <Input />
          </Form.Item>
          <Form.Item name="place" label={t('vol.place')} rules={[{ required: true, min: 2 }]}>
            <Input />
          </Form.Item>
          <Form.Item name="time" label={t('vol.time')} rules={[{ required: true }]}>
            <DatePicker.RangePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" />
          </Form.Item>
          <Form.Item name="signup" label={t('vol.signupWindow')} rules={[{ required: true }]}>
            <DatePicker.RangePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" />
          </Form.Item>
          <Form.Item name="capacity" label={t('vol.capacity')} rules={[{ required: true }]}>
            <InputNumber min={1} max={10000} />
          </Form.Item>
          <Form.Item name="description" label={t('vol.description')}>
            <Input.TextArea rows={2} />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={create.isPending} block>
            {t('vol.newActivity')}
          </Button>
        </Form>
      </Modal>
    </>
  );
}
