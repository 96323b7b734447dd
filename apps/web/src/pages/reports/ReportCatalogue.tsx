/**
 * 一表通 — the catalogue of report templates: a department registers and edits its templates, the district approves
 * them, and an approved template is sent down to the communities for a period.
 */
import { useState } from 'react';
import { App, Button, Input, Modal, Space, Tag, Tooltip } from 'antd';
import { currentPeriod, shanghaiDayOf } from '@onegrid/domain';
import { useAuth } from '../../auth/AuthProvider.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { isApiError } from '../../api/client.ts';
import { FilterTable } from '../../components/FilterTable.tsx';
import {
  useReportTemplates,
  useReviewTemplate,
  useSendTemplate,
  type ReportTemplate,
} from '../../api/reports.ts';
import { TemplateEditor } from './TemplateEditor.tsx';

export function ReportCatalogue({ status }: { status?: 'pending' }) {
  const { t } = useI18n();
  const { message, modal } = App.useApp();
  const q = useReportTemplates(status);
  const review = useReviewTemplate();
  const send = useSendTemplate();
  const [editing, setEditing] = useState<ReportTemplate | null | undefined>(undefined);
  const [sending, setSending] = useState<ReportTemplate | null>(null);
  const [period, setPeriod] = useState('');
  const onError = (e: unknown) => message.error(isApiError(e) ? e.message : String(e));
  const { me } = useAuth();
  const issuer = me?.unit.kind === 'department' || me?.unit.kind === 'street_office';
  return (
    <>
      <FilterTable<ReportTemplate>
        rowKey="id"
        rows={q.data?.items}
        loading={q.isLoading}
        error={q.error}
        onRetry={() => void q.refetch()}
        filters={
          issuer && !status ? (
            <Button type="primary" onClick={() => setEditing(null)} data-testid="new-template">
              {t('rpt.newTemplate')}
            </Button>
          ) : undefined
        }
        columns={[
          {
            title: t('rpt.name'),
            dataIndex: 'name',
            render: (v: string, r) => (
              <Space direction="vertical" size={0}>
                <span>{v}</span>
                {r.askedAgain.length ? (
                  <Tooltip title={t('rpt.askedAgainTip')}>
                    <Tag color="orange">
                      {t('rpt.askedAgain', {
                        labels: r.askedAgain
                          .map((a) => r.columns.find((c) => c.key === a.key)?.label ?? a.key)
                          .join('、'),
                      })}
                    </Tag>
                  </Tooltip>
                ) : null}
              </Space>
            ),
          },
          { title: t('rpt.unit'), dataIndex: 'issuingUnitName' },
          { title: t('rpt.legalBasis'), dataIndex: 'legalBasis', ellipsis: true },
          {
            title: t('rpt.frequency'),
            dataIndex: 'frequency',
            render: (f: ReportTemplate['frequency']) => t(`rpt.freq.${f}`),
          },
          {
            title: t('rpt.deadline'),
            dataIndex: 'deadlineWorkingDays',
            render: (n: number) => t('rpt.deadlineDays', { n }),
          },
          { title: t('rpt.columns'), render: (_, r) => t('rpt.columnCount', { n: r.columns.length }) },
          {
            title: t('rpt.status'),
            dataIndex: 'status',
            render: (s: ReportTemplate['status'], r) => (
              <Tooltip title={r.reviewNote}>
                <Tag color={s === 'approved' ? 'success' : s === 'rejected' ? 'error' : 'gold'}>
                  {t(`rpt.tstatus.${s}`)}
                </Tag>
              </Tooltip>
            ),
          },
          {
            title: t('rpt.actions'),
            render: (_, r) => (
              <Space>
                {r.can.review ? (
                  <>
                    <Button
                      size="small"
                      type="primary"
                      data-testid={`approve-${r.id}`}
                      onClick={() => review.mutateAsync({ id: r.id, decision: 'approve' }).catch(onError)}
                    >
                      {t('rpt.approve')}
                    </Button>
                    <Button
                      size="small"
                      danger
                      onClick={() => {
                        let note = '';
                        modal.confirm({
                          title: t('rpt.rejectNote'),
                          content: <Input.TextArea onChange={(e) => (note = e.target.value)} />,
                          onOk: () =>
                            review.mutateAsync({ id: r.id, decision: 'reject', note }).catch(onError),
                        });
                      }}
                    >
                      {t('rpt.reject')}
                    </Button>
                  </>
                ) : null}
                {r.can.edit ? (
                  <Button size="small" onClick={() => setEditing(r)}>
                    {t('rpt.editTemplate')}
                  </Button>
                ) : null}
                {r.can.send ? (
                  <Button
                    size="small"
                    type="primary"
                    onClick={() => {
                      setPeriod(currentPeriod(r.frequency, shanghaiDayOf(new Date())));
                      setSending(r);
                    }}
                  >
                    {t('rpt.send')}
                  </Button>
                ) : null}
              </Space>
            ),
          },
        ]}
      />
      {status && q.data?.items.length === 0 ? <p>{t('rpt.noPending')}</p> : null}
      {editing !== undefined ? (
        <TemplateEditor open template={editing ?? undefined} onClose={() => setEditing(undefined)} />
      ) : null}
      <Modal
        open={!!sending}
        title={sending ? t('rpt.sendTitle', { name: sending.name }) : ''}
        onCancel={() => setSending(null)}
        confirmLoading={send.isPending}
        onOk={() =>
          sending &&
          send
            .mutateAsync({ id: sending.id, period })
            .then((s) => {
              message.success(t('rpt.sent', { n: s.counts.total }));
              setSending(null);
            })
            .catch(onError)
        }
      >
        <Space direction="vertical" style={{ width: '100%' }}>
          <span>{t('rpt.period')}</span>
          <Input value={period} onChange={(e) => setPeriod(e.target.value)} />
          <span style={{ color: '#888' }}>{t('rpt.periodHint')}</span>
        </Space>
      </Modal>
    </>
  );
}
