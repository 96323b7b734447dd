/** A round of the joint body: each application's decision and note, the minutes, closing the round. */
import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { Button, Card, Input, Radio, Space, Spin, Table, Tag, Typography } from 'antd';
import { admissionApi, useAdmissionWrite, useRound, type AdmissionApplication } from '../../api/admission.ts';
import { useI18n, type MessageKey } from '../../i18n/index.tsx';
import { useShowError } from '../../lib/useApiError.ts';
import { AdmissionNav, money } from './AdmissionNav.tsx';
import { StatusTag } from './ApplicationsPage.tsx';

type Choice = { decision?: 'approve' | 'reject'; note: string };

export default function RoundPage() {
  const { id } = useParams();
  const { t } = useI18n();
  const showError = useShowError();
  const q = useRound(id);
  const decide = useAdmissionWrite(admissionApi.decide);
  const [choices, setChoices] = useState<Record<string, Choice>>({});
  const [minutes, setMinutes] = useState<string | undefined>();
  const r = q.data;
  if (!r) return <Spin />;
  const set = (appId: string, c: Partial<Choice>) =>
    setChoices((s) => ({ ...s, [appId]: { note: '', ...s[appId], ...c } }));
  const save = (close: boolean) =>
    decide.mutate(
      {
        id: r.id,
        decisions: Object.entries(choices)
          .filter(([, c]) => c.decision)
          .map(([applicationId, c]) => ({ applicationId, decision: c.decision!, note: c.note })),
        minutes,
        close,
      },
      { onSuccess: () => setChoices({}), onError: showError },
    );
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <AdmissionNav />
      <Card
        title={
          <Space>
            {r.title}
            <Tag color={r.status === 'open' ? 'processing' : 'default'}>
              {t(r.status === 'open' ? 'adm.open' : 'adm.closed')}
            </Tag>
          </Space>
        }
      >
        <Typography.Paragraph>
          {r.meetingOn} · {r.body} · {t('adm.counts', r.counts)}
        </Typography.Paragraph>
        <Table<AdmissionApplication>
          rowKey="id"
          size="small"
          pagination={false}
          dataSource={r.applications}
          columns={[
            {
              title: t('adm.item'),
              dataIndex: 'title',
              render: (v: string, a) => <Link to={`/admission/applications/${a.id}`}>{v}</Link>,
            },
            { title: t('adm.applicant'), dataIndex: 'unitName', width: 200 },
            {
              title: t('adm.kind'),
              dataIndex: 'kind',
              width: 130,
              render: (k: string) => t(`adm.kind.${k}` as MessageKey),
            },
            {
              title: t('adm.funding'),
              dataIndex: 'fundingPerYear',
              width: 110,
              align: 'right',
              render: (n: number) => money(n),
            },
            {
              title: t('adm.decision'),
              key: 'decision',
              width: 420,
              render: (_: unknown, a) =>
                r.can.decide && a.status === 'in_round' ? (
                  <Space data-testid={`adm-decide-${a.title}`}>
                    <Radio.Group
                      value={choices[a.id]?.decision}
                      onChange={(e) => set(a.id, { decision: e.target.value as 'approve' | 'reject' })}
                      options={[
                        { value: 'approve', label: t('adm.approve') },
                        { value: 'reject', label: t('adm.reject') },
                      ]}
                    />
                    <Input
                      size="small"
                      placeholder={t('adm.decisionNote')}
                      value={choices[a.id]?.note ?? ''}
                      onChange={(e) => set(a.id, { note: e.target.value })}
                    />
                  </Space>
                ) : (
                  <Space>
                    <StatusTag status={a.status} />
                    {a.decisionNote}
                  </Space>
                ),
            },
          ]}
        />
        <div style={{ marginTop: 16 }}>
          <Typography.Text strong>{t('adm.minutes')}</Typography.Text>
          {r.can.decide ? (
            <Input.TextArea
              rows={3}
              value={minutes ?? r.minutes ?? ''}
              onChange={(e) => setMinutes(e.target.value)}
              data-testid="adm-minutes"
            />
          ) : (
            <Typography.Paragraph>{r.minutes ?? '—'}</Typography.Paragraph>
          )}
        </div>
        {r.can.decide && (
          <Space style={{ marginTop: 12 }}>
            <Button onClick={() => save(false)} loading={decide.isPending}>
              {t('adm.saveDecisions')}
            </Button>
            <Button
              type="primary"
              onClick={() => save(true)}
              loading={decide.isPending}
              data-testid="adm-close-round"
            >
              {t('adm.closeRound')}
            </Button>
          </Space>
        )}
      </Card>
    </Space>
  );
}
