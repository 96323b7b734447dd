/** A mediation file: the workflow steps, parties (masked unless the standing allows), sessions, documents, history. */
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import {
  Alert,
  App,
  Button,
  Card,
  Col,
  Descriptions,
  Empty,
  Input,
  List,
  Result,
  Row,
  Space,
  Spin,
  Steps,
  Table,
  Timeline,
  Typography,
} from 'antd';
import { PrinterOutlined } from '@ant-design/icons';
import type { MediationAction } from '@onegrid/domain';
import { isApiError } from '../../api/client.ts';
import {
  useMediationFile,
  useRevealParty,
  type MediationFile,
  type MediationParty,
} from '../../api/mediation.ts';
import { useI18n, type MessageKey } from '../../i18n/index.tsx';
import { formatDateTime } from '../../lib/time.ts';
import { useShowError } from '../../lib/useApiError.ts';
import { MediationStatusTag } from './MediationListPage.tsx';
import { MediationActionModal } from './MediationActionModal.tsx';

/** Where the file stands among the steps of the MoJ workflow, and whether it ended there in error. */
function stepOf(f: MediationFile): { current: number; status: 'process' | 'error' | 'finish' } {
  switch (f.status) {
    case 'received':
      return { current: 1, status: 'process' };
    case 'referred':
      return { current: 1, status: 'error' };
    case 'assigned':
      return { current: !f.noticeGivenAt ? 2 : !f.mediator ? 3 : 4, status: 'process' };
    case 'mediating':
      return { current: !f.mediator ? 3 : 5, status: 'process' };
    case 'terminated':
      return { current: 5, status: 'error' };
    case 'agreed':
      return { current: 6, status: 'process' };
    case 'closed':
      return { current: 6, status: 'finish' };
  }
}

export default function MediationDetailPage() {
  const { id } = useParams<{ id: string }>();
  const { t } = useI18n();
  const navigate = useNavigate();
  const q = useMediationFile(id);
  const [action, setAction] = useState<MediationAction | null>(null);

  if (q.isLoading) return <Spin size="large" style={{ display: 'block', padding: 80 }} />;
  if (q.error) {
    if (isApiError(q.error) && [400, 403, 404].includes(q.error.status))
      return (
        <Result
          status="404"
          title={t('med.notFound')}
          extra={<Button onClick={() => void navigate('/mediation')}>{t('med.back')}</Button>}
        />
      );
    return <Alert type="error" showIcon title={t('common.loadFailed', { message: q.error.message })} />;
  }
  const f = q.data;
  if (!f) return null;
  const s = stepOf(f);
  const routes = (rs: string[]) => rs.map((r) => t(`med.route.${r}` as MessageKey)).join('、');
  const mayPrint = f.standing === 'committee';

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Space style={{ width: '100%', justifyContent: 'space-between' }} wrap>
        <div>
          <Typography.Title level={3} style={{ margin: 0 }}>
            <span data-testid="med-file-no">{f.fileNo}</span> <MediationStatusTag status={f.status} />
          </Typography.Title>
          <Typography.Text type="secondary">
            {f.committee.name} · {t(`med.type.${f.disputeType}` as MessageKey)} ·{' '}
            {t(`med.source.${f.source}` as MessageKey)}
          </Typography.Text>
        </div>
        <Space wrap>
          {mayPrint && f.noticeGivenAt && (
            <Button
              icon={<PrinterOutlined />}
              onClick={() => void navigate(`/mediation/${f.id}/print/notice`)}
            >
              {t('med.print.notice')}
            </Button>
          )}
          {mayPrint && f.agreement?.kind === 'written' && (
            <Button
              type="primary"
              data-testid="med-print-agreement"
              icon={<PrinterOutlined />}
              onClick={() => void navigate(`/mediation/${f.id}/print/agreement`)}
            >
              {t('med.print.agreement')}
            </Button>
          )}
        </Space>
      </Space>
      <Card size="small">
        <Steps
          size="small"
          current={s.current}
          status={s.status}
          items={[
            { title: t('med.step.received') },
            { title: t('med.step.screen') },
            { title: t('med.step.notice') },
            { title: t('med.step.mediator') },
            { title: t('med.step.session') },
            { title: t('med.step.outcome') },
            { title: t('med.step.followUp') },
          ]}
        />
        {f.actions.length > 0 && (
          <Space wrap style={{ marginTop: 16 }} data-testid="med-actions">
            {f.actions.map((a) => (
              <Button
                key={a}
                data-testid={`med-action-${a}`}
                type={
                  [
                    'screen_accept',
                    'give_notice',
                    'assign',
                    'hold_session',
                    'agree_written',
                    'follow_up',
                  ].includes(a)
                    ? 'primary'
                    : 'default'
                }
                danger={a === 'terminate' || a === 'screen_refer'}
                onClick={() => setAction(a)}
              >
                {t(`med.action.${a}` as MessageKey)}
              </Button>
            ))}
          </Space>
        )}
        {f.standing !== 'committee' && (
          <Alert style={{ marginTop: 12 }} type="info" showIcon title={t('med.readOnly')} />
        )}
      </Card>
      {f.status === 'referred' && (
        <Alert
          type="warning"
          showIcon
          title={t('med.outcome.referred', {
            route: routes([f.referredTo ?? '']),
            reason: f.referredReason ?? '',
          })}
        />
      )}
      {f.status === 'terminated' && (
        <Alert
          type="error"
          showIcon
          title={t('med.outcome.terminated', {
            reason: f.terminatedReason ?? '',
            routes: routes(f.otherRoutes),
          })}
        />
      )}
      {f.courtConfirmBy &&
        (f.courtAppliedOn ? (
          <Alert type="success" showIcon title={t('med.courtApplied', { date: f.courtAppliedOn })} />
        ) : (
          <Alert type="info" showIcon title={t('med.courtWindow', { date: f.courtConfirmBy })} />
        ))}
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={14}>
          <Space direction="vertical" size="middle" style={{ width: '100%' }}>
            <Card size="small" title={t('med.summary')}>
              <Descriptions column={1} size="small">
                <Descriptions.Item label={t('med.summary')}>{f.summary}</Descriptions.Item>
                {f.request && <Descriptions.Item label={t('med.request')}>{f.request}</Descriptions.Item>}
                <Descriptions.Item label={t('med.place')}>{f.place.name}</Descriptions.Item>
                {f.caseId && (
                  <Descriptions.Item label={t('med.caseId')}>
                    <Link to={`/cases/${f.caseId}`}>{f.caseId}</Link>
                  </Descriptions.Item>
                )}
                <Descriptions.Item label={t('med.mediator')}>{f.mediator?.name ?? '—'}</Descriptions.Item>
                <Descriptions.Item label={t('med.createdBy')}>
                  {f.createdBy.name} · {formatDateTime(f.createdAt)}
                </Descriptions.Item>
              </Descriptions>
            </Card>
            <PartiesCard file={f} />
            {f.agreement && (
              <Card size="small" title={t('med.agreement')} data-testid="med-agreement">
                {f.agreement.facts && <Typography.Paragraph>{f.agreement.facts}</Typography.Paragraph>}
                <ol>
                  {f.agreement.terms.map((term, i) => (
                    <li key={i}>{term}</li>
                  ))}
                </ol>
                {f.agreement.performanceManner && (
                  <Typography.Text type="secondary">
                    {t('med.f.manner')}：{f.agreement.performanceManner}
                    {f.agreement.performBy ? ` · ${t('med.f.performBy')}：${f.agreement.performBy}` : ''}
                  </Typography.Text>
                )}
              </Card>
            )}
            <Card size="small" title={t('med.sessions')}>
              {f.sessions.length === 0 ? (
                <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('med.noSessions')} />
              ) : (
                <List
                  dataSource={f.sessions}
                  renderItem={(x) => (
                    <List.Item>
                      <List.Item.Meta
                        title={`${formatDateTime(x.heldAt)}${x.place ? ` · ${x.place}` : ''} · ${x.mediators.map((m) => m.name).join('、')}`}
                        description={<span style={{ whiteSpace: 'pre-wrap' }}>{x.record}</span>}
                      />
                    </List.Item>
                  )}
                />
              )}
            </Card>
          </Space>
        </Col>
        <Col xs={24} lg={10}>
          <Space direction="vertical" size="middle" style={{ width: '100%' }}>
            <Card size="small" title={t('med.documents')}>
              <Table
                size="small"
                rowKey="no"
                pagination={false}
                dataSource={f.documents}
                columns={[
                  { title: '#', dataIndex: 'no', width: 40 },
                  {
                    title: t('med.documents'),
                    dataIndex: 'document',
                    render: (d: string) => t(`med.doc.${d}` as MessageKey),
                  },
                  { title: '', dataIndex: 'at', render: (v: string) => formatDateTime(v) },
                ]}
              />
            </Card>
            <Card size="small" title={t('med.history')}>
              <Timeline
                items={f.events.map((e) => ({
                  children: (
                    <>
                      <Typography.Text strong>
                        {e.action === 'create'
                          ? t('med.step.received')
                          : t(`med.action.${e.action}` as MessageKey)}
                      </Typography.Text>
                      <br />
                      <Typography.Text type="secondary">
                        {formatDateTime(e.at)} {e.actor?.name ?? ''}
                      </Typography.Text>
                    </>
                  ),
                }))}
              />
            </Card>
          </Space>
        </Col>
      </Row>
      <MediationActionModal file={f} action={action} onClose={() => setAction(null)} />
    </Space>
  );
}

function PartiesCard({ file }: { file: MediationFile }) {
  const { t } = useI18n();
  const { modal } = App.useApp();
  const showError = useShowError();
  const reveal = useRevealParty(file.id);
  const [shown, setShown] = useState<Record<string, string>>({});
  const ask = (p: MediationParty, field: 'phone' | 'idNumber') => {
    let reason = '';
    modal.confirm({
      title: t('med.party.revealReason'),
      content: <Input autoFocus onChange={(e) => (reason = e.target.value)} />,
      onOk: () =>
        reveal.mutateAsync({ partyId: p.id, field, reason }).then(
          (r) => setShown((m) => ({ ...m, [`${p.id}:${field}`]: r.value ?? '—' })),
          (e: unknown) => {
            showError(e);
          },
        ),
    });
  };
  const value = (p: MediationParty, field: 'phone' | 'idNumber') => {
    const full = shown[`${p.id}:${field}`];
    if (full) return full;
    const v = p[field];
    const view = field === 'phone' ? p.phoneView : p.idNumberView;
    return (
      <Space>
        {v ?? '—'}
        {v && view === 'revealable' && (
          <Button size="small" type="link" onClick={() => ask(p, field)}>
            {t('med.party.reveal')}
          </Button>
        )}
      </Space>
    );
  };
  return (
    <Card size="small" title={t('med.parties')}>
      {file.parties.map((p) => (
        <Descriptions
          key={p.id}
          size="small"
          column={{ xs: 1, md: 2 }}
          style={{ marginBottom: 8 }}
          title={`${t(`med.role.${p.role}` as MessageKey)}：${p.name ?? '—'}${p.fromBase ? `（${t('med.party.fromBase')}）` : ''}`}
        >
          <Descriptions.Item label={t('med.party.phone')}>{value(p, 'phone')}</Descriptions.Item>
          {p.idNumberView !== 'hidden' && (
            <Descriptions.Item label={t('med.party.idNumber')}>{value(p, 'idNumber')}</Descriptions.Item>
          )}
          {p.address && <Descriptions.Item label={t('med.party.address')}>{p.address}</Descriptions.Item>}
        </Descriptions>
      ))}
    </Card>
  );
}
