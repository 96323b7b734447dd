/**
 * 派单席位: where a case sits among the city, district and street desks; forward it down (转派) or send it back up
 * with a reason (退回上级). The server answers what this caller may do (GET /api/cases/:id/desk, the domain rule).
 */
import { useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Input, Select, Space, Typography } from 'antd';
import { api } from '../../api/client.ts';
import { caseKeys, type CaseDetail } from '../../api/cases.ts';
import type { ResponseOf } from '../../api/contract.ts';
import { useI18n, type MessageKey } from '../../i18n/index.tsx';
import { newUuid } from '../../lib/ids.ts';
import { useShowError } from '../../lib/useApiError.ts';

type CaseDesk = ResponseOf<'/api/cases/{id}/desk', 'get'>;

export function CaseDeskCard({ caseId }: { caseId: string }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const showError = useShowError();
  const qc = useQueryClient();
  const key = ['cases', 'desk', caseId] as const;
  const q = useQuery({ queryKey: key, queryFn: () => api.get<CaseDesk>(`/api/cases/${caseId}/desk`) });
  const [target, setTarget] = useState<string | undefined>();
  const [note, setNote] = useState('');
  const [reason, setReason] = useState('');
  const [attempt, setAttempt] = useState(newUuid());
  const move = useMutation({
    mutationFn: (m: { path: 'forward' | 'send-back'; body: object }) =>
      api.create<CaseDetail>(`/api/cases/${caseId}/${m.path}`, m.body, attempt),
    onSuccess: (detail) => {
      qc.setQueryData(caseKeys.detail(caseId), detail);
      void qc.invalidateQueries({ queryKey: caseKeys.all });
      setAttempt(newUuid());
      setTarget(undefined);
      setNote('');
      setReason('');
      void message.success(t('desk.done'));
    },
    onError: showError,
  });
  const d = q.data;
  if (!d || (!d.desk && d.targets.length === 0 && !d.sendBackTo && !d.lastSentBack)) return null;
  const level = (l: string) => t(`desk.level.${l}` as MessageKey);
  return (
    <Card size="small" title={t('desk.title')} data-testid="case-desk" style={{ marginTop: 12 }}>
      <Space direction="vertical" style={{ width: '100%' }}>
        <Typography.Text data-testid="case-desk-at">
          {d.desk
            ? t('desk.at', { unit: `${d.desk.unitName}（${level(d.desk.level)}）` })
            : t('desk.notMoved')}
        </Typography.Text>
        {d.lastSentBack && (
          <Alert
            type="warning"
            showIcon
            data-testid="case-desk-sent-back"
            title={t('desk.sentBack', {
              unit: d.lastSentBack.byUnitName ?? '',
              reason: d.lastSentBack.reason,
            })}
          />
        )}
        {d.targets.length > 0 && (
          <Space wrap>
            <Select
              data-testid="case-desk-target"
              style={{ minWidth: 260 }}
              placeholder={t('desk.forwardTo')}
              value={target}
              onChange={setTarget}
              options={d.targets.map((x) => ({
                value: x.unitId,
                label: `${x.unitName}（${level(x.level)}）`,
              }))}
            />
            <Input
              style={{ width: 260 }}
              placeholder={t('desk.forwardNote')}
              value={note}
              maxLength={500}
              onChange={(e) => setNote(e.target.value)}
            />
            <Button
              type="primary"
              data-testid="case-desk-forward"
              disabled={!target}
              loading={move.isPending}
              onClick={() =>
                target &&
                move.mutate({ path: 'forward', body: { toUnitId: target, ...(note ? { note } : {}) } })
              }
            >
              {t('desk.forward')}
            </Button>
          </Space>
        )}
        {d.sendBackTo && (
          <Space wrap align="start">
            <Input.TextArea
              data-testid="case-desk-reason"
              style={{ width: 360 }}
              rows={2}
              maxLength={500}
              placeholder={t('desk.sendBackReason')}
              value={reason}
              onChange={(e) => setReason(e.target.value)}
            />
            <Button
              danger
              data-testid="case-desk-send-back"
              disabled={reason.trim().length < 2}
              loading={move.isPending}
              onClick={() => move.mutate({ path: 'send-back', body: { reason: reason.trim() } })}
            >
              {t('desk.sendBackTo', { unit: d.sendBackTo.unitName })}
            </Button>
          </Space>
        )}
      </Space>
    </Card>
  );
}
