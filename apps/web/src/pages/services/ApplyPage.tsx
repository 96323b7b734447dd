/** 受理窗口 (一口受理): pick an item or a bundle, the applicant from the base data, check every material, accept. */
import { useMemo, useState } from 'react';
import { Link } from 'react-router-dom';
import { useMutation, useQuery } from '@tanstack/react-query';
import {
  Alert,
  Button,
  Card,
  Input,
  InputNumber,
  Radio,
  Result,
  Select,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import { api } from '../../api/client.ts';
import type {
  ServiceApplicationDetail,
  ServiceBundle,
  ServiceItemDetail,
  ServiceItemSummary,
} from '../../api/services.ts';
import { useI18n } from '../../i18n/index.tsx';
import type { MessageKey } from '../../i18n/index.tsx';
import { formatDateTime } from '../../lib/time.ts';

type State = 'verified' | 'promised' | 'absent';
interface Person {
  id: string;
  name: string | null;
  idNumber: string | null;
  communityName: string | null;
}

export default function ApplyPage() {
  const { t } = useI18n();
  const [kind, setKind] = useState<'item' | 'bundle'>('item');
  const [chosen, setChosen] = useState<string>();
  const [idNumber, setIdNumber] = useState('');
  const [person, setPerson] = useState<Person | null>();
  const [states, setStates] = useState<Record<string, State>>({});
  const [promiseDays, setPromiseDays] = useState(5);
  const cat = useQuery({
    queryKey: ['services', 'catalogue'],
    queryFn: () =>
      api.get<{ items: ServiceItemSummary[]; bundles: ServiceBundle[] }>('/api/services/catalogue'),
  });
  const item = useQuery({
    queryKey: ['services', 'item', chosen],
    queryFn: () => api.get<ServiceItemDetail>(`/api/services/items/${chosen}`),
    enabled: kind === 'item' && !!chosen,
  });
  const materials = useMemo(() => {
    if (!chosen) return [];
    if (kind === 'bundle') return cat.data?.bundles.find((b) => b.id === chosen)?.materials ?? [];
    return item.data?.guide.materials ?? [];
  }, [kind, chosen, cat.data, item.data]);
  const stateOf = (code: string, required: boolean): State =>
    states[code] ?? (required ? 'verified' : 'absent');
  const find = useMutation({
    mutationFn: () => api.post<{ items: Person[] }>('/api/basedata/persons/lookup', { idNumber }),
    onSuccess: (r) => setPerson(r.items[0] ?? null),
  });
  const submit = useMutation({
    mutationFn: () =>
      api.post<ServiceApplicationDetail>('/api/services/applications', {
        ...(kind === 'item' ? { itemId: chosen } : { bundleId: chosen }),
        applicantPersonId: person!.id,
        materials: materials.map((m) => ({ code: m.code, state: stateOf(m.code, m.required) })),
        promiseDays,
      }),
  });

  if (submit.data) {
    const a = submit.data;
    return (
      <Card>
        <Result
          status="success"
          title={t('svc.receipt.title')}
          subTitle={
            <span data-testid="svc-receipt">
              {t('svc.receipt.sub', { code: a.trackingCode, due: a.dueAt ? formatDateTime(a.dueAt) : '' })}
            </span>
          }
          extra={
            <Space>
              <Link to={`/services/applications/${a.id}`}>
                <Button type="primary" data-testid="svc-open">
                  {t('svc.receipt.open')}
                </Button>
              </Link>
              <Link to={`/public/services/track/${a.trackingCode}`}>{t('svc.receipt.track')}</Link>
            </Space>
          }
        />
      </Card>
    );
  }

  return (
    <Card title={t('svc.new.title')}>
      <Space orientation="vertical" style={{ width: '100%' }} size="large">
        <div>
          <Typography.Text strong>{t('svc.new.pick')}</Typography.Text>
          <div style={{ marginTop: 8 }}>
            <Radio.Group
              value={kind}
              onChange={(e) => {
                setKind(e.target.value as 'item' | 'bundle');
                setChosen(undefined);
                setStates({});
              }}
              options={[
                { value: 'item', label: t('svc.new.item') },
                { value: 'bundle', label: t('svc.new.bundle') },
              ]}
            />
            <Select
              data-testid="svc-pick"
              showSearch
              optionFilterProp="label"
              style={{ width: 420, marginLeft: 12 }}
              value={chosen}
              onChange={(v: string) => {
                setChosen(v);
                setStates({});
              }}
              options={(kind === 'item' ? (cat.data?.items ?? []) : (cat.data?.bundles ?? [])).map((x) => ({
                value: x.id,
                label: `${x.code} ${x.name}`,
              }))}
            />
          </div>
        </div>
        <div>
          <Typography.Text strong>{t('svc.new.applicant')}</Typography.Text>
          <Space style={{ display: 'flex', marginTop: 8 }}>
            <Input
              data-testid="svc-id"
              style={{ width: 240 }}
              placeholder={t('svc.new.idNumber')}
              value={idNumber}
              onChange={(e) => setIdNumber(e.target.value)}
            />
            <Button
              data-testid="svc-find"
              onClick={() => find.mutate()}
              loading={find.isPending}
              disabled={idNumber.length < 15}
            >
              {t('svc.new.find')}
            </Button>
            {person && (
              <Tag color="blue" data-testid="svc-person">
                {person.name} · {person.idNumber} · {person.communityName}
              </Tag>
            )}
          </Space>
          {person === null && (
            <Alert type="warning" showIcon title={t('svc.new.notFound')} style={{ marginTop: 8 }} />
          )}
        </div>
        {materials.length > 0 && (
          <div>
            <Typography.Text strong>{t('svc.new.checklist')}</Typography.Text>
            <Table
              size="small"
              rowKey="code"
              pagination={false}
              dataSource={materials}
              columns={[
                {
                  title: t('svc.materials'),
                  dataIndex: 'name',
                  render: (n: string, m) => (
                    <>
                      {n} {m.key && <Tag color="red">{t('svc.material.key')}</Tag>}
                      {!m.required && <Tag>{t('svc.material.optional')}</Tag>}
                    </>
                  ),
                },
                { title: t('svc.material.check'), dataIndex: 'checkPoints' },
                {
                  title: t('svc.app.status'),
                  width: 200,
                  render: (_, m) => (
                    <Select
                      data-testid={`svc-state-${m.code}`}
                      style={{ width: 180 }}
                      value={stateOf(m.code, m.required)}
                      onChange={(v: State) => setStates((s) => ({ ...s, [m.code]: v }))}
                      options={(['verified', 'promised', 'absent'] as const)
                        .filter((s) => !(s === 'promised' && m.key))
                        .map((s) => ({ value: s, label: t(`svc.state.${s}` as MessageKey) }))}
                    />
                  ),
                },
              ]}
            />
            <Space style={{ marginTop: 8 }}>
              {t('svc.new.promiseDays')}
              <InputNumber min={1} max={30} value={promiseDays} onChange={(v) => setPromiseDays(v ?? 5)} />
            </Space>
          </div>
        )}
        {submit.error && <Alert type="error" showIcon title={submit.error.message} />}
        <Button
          type="primary"
          data-testid="svc-submit"
          disabled={!chosen || !person}
          loading={submit.isPending}
          onClick={() => submit.mutate()}
        >
          {t('svc.new.submit')}
        </Button>
      </Space>
    </Card>
  );
}
