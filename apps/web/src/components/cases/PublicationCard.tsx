/** 公开发布: whether a case is on the public feed (publicView on the server), and hiding it (dispatchers, admins). */
import { useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Input, Modal, Space, Tag, Typography } from 'antd';
import { api } from '../../api/client.ts';
import type { Publication } from '../../api/types.ts';
import { hasMessage, useI18n } from '../../i18n/index.tsx';
import { useShowError } from '../../lib/useApiError.ts';

export function PublicationCard({ caseId }: { caseId: string }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const showError = useShowError();
  const key = ['case-publication', caseId];
  const q = useQuery({
    queryKey: key,
    queryFn: () => api.get<Publication>(`/api/cases/${caseId}/publication`),
  });
  const [asking, setAsking] = useState<boolean | null>(null);
  const [reason, setReason] = useState('');
  const save = useMutation({
    mutationFn: (hidden: boolean) =>
      api.post<Publication>(`/api/cases/${caseId}/publication`, { hidden, reason: reason.trim() }),
    onSuccess: (p) => {
      qc.setQueryData(key, p);
      setAsking(null);
      setReason('');
      void message.success(t('common.saved'));
    },
    onError: showError,
  });
  const p = q.data;
  if (!p) return null;
  const why = p.reason ? `privacy.reason.${p.reason}` : null;
  return (
    <Card size="small" title={t('privacy.publication')} data-testid="case-publication">
      <Space orientation="vertical" style={{ width: '100%' }}>
        <div>
          {p.published ? (
            <Tag color="blue">{t('privacy.publishedYes')}</Tag>
          ) : (
            <Tag>{t('privacy.publishedNo')}</Tag>
          )}
          {!p.published && why && hasMessage(why) && (
            <Typography.Text type="secondary">{t(why)}</Typography.Text>
          )}
        </div>
        {p.view && (
          <Typography.Paragraph type="secondary" style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }}>
            {p.view.description}
            {p.view.address ? ` · ${p.view.address}` : ''}
          </Typography.Paragraph>
        )}
        {p.publicId && (
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('case.labelValue', { label: t('privacy.publicId'), value: p.publicId })}
          </Typography.Text>
        )}
        {p.canHide && (p.published || p.hiddenAt) && (
          <Button
            size="small"
            danger={!p.hiddenAt}
            onClick={() => setAsking(!p.hiddenAt)}
            data-testid="case-publication-toggle"
          >
            {p.hiddenAt ? t('privacy.unhide') : t('privacy.hide')}
          </Button>
        )}
      </Space>
      <Modal
        open={asking !== null}
        title={asking ? t('privacy.hide') : t('privacy.unhide')}
        onCancel={() => setAsking(null)}
        onOk={() => asking !== null && save.mutate(asking)}
        okButtonProps={{ disabled: reason.trim().length < 2 }}
        confirmLoading={save.isPending}
        destroyOnHidden
      >
        <Input.TextArea
          rows={2}
          maxLength={500}
          placeholder={t('privacy.hideReason')}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
        />
      </Modal>
    </Card>
  );
}
