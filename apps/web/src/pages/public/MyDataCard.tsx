/** 我的信息 (PIPL): what the platform holds about the resident's case, and erasing their contact data after closure. */
import { useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Descriptions, Popconfirm, Tag, Typography } from 'antd';
import { SafetyCertificateOutlined } from '@ant-design/icons';
import { api, isApiError } from '../../api/client.ts';
import type { ResidentData } from '../../api/types.ts';
import { hasMessage, useI18n } from '../../i18n/index.tsx';
import { formatDateTime } from '../../lib/time.ts';
import { caseUrl, type CaseDoor } from './caseDoor.ts';

export type { ResidentData };

export function MyDataCard({ door }: { door: CaseDoor }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const [open, setOpen] = useState(false);
  const key = ['public-case-data', door.caseId, door.token];
  // loaded only when asked: every view of personal data is audited
  const q = useQuery({
    queryKey: key,
    queryFn: () => api.get<ResidentData>(caseUrl(door, '/data')),
    enabled: open,
  });
  const erase = useMutation({
    mutationFn: () => api.post<ResidentData>(caseUrl(door, '/erase-contact'), {}),
    onSuccess: (d) => {
      qc.setQueryData(key, d);
      void message.success(t('privacy.erased'));
    },
    onError: (e) => void message.error(isApiError(e) ? e.message : String(e)),
  });
  const d = q.data;
  const reason = d?.publication.reason ? `privacy.reason.${d.publication.reason}` : null;
  return (
    <Card
      size="small"
      title={
        <span>
          <SafetyCertificateOutlined /> {t('privacy.myData')}
        </span>
      }
      extra={
        !open && (
          <Button size="small" onClick={() => setOpen(true)} data-testid="track-mydata-open">
            {t('privacy.showData')}
          </Button>
        )
      }
      style={{ marginBottom: 12 }}
      loading={open && q.isLoading}
      data-testid="track-mydata"
    >
      {q.error && <Alert type="error" title={q.error.message} />}
      {d && (
        <>
          <Descriptions
            size="small"
            column={1}
            items={[
              ...(d.contact.anonymous
                ? [{ key: 'anon', label: t('privacy.contactName'), children: t('privacy.anonymousReport') }]
                : [
                    {
                      key: 'name',
                      label: t('privacy.contactName'),
                      children: d.contact.erasedAt
                        ? t('privacy.erasedAt', { at: formatDateTime(d.contact.erasedAt) })
                        : (d.contact.name ?? t('privacy.none')),
                    },
                    {
                      key: 'phone',
                      label: t('privacy.contactPhone'),
                      children: d.contact.erasedAt
                        ? t('privacy.erasedAt', { at: formatDateTime(d.contact.erasedAt) })
                        : (d.contact.phone ?? t('privacy.none')),
                    },
                  ]),
              {
                key: 'pub',
                label: t('privacy.publication'),
                children: d.publication.published ? (
                  <Tag color="blue">{t('privacy.publishedYes')}</Tag>
                ) : (
                  <span>
                    <Tag>{t('privacy.publishedNo')}</Tag>
                    {reason && hasMessage(reason) ? t(reason) : null}
                  </span>
                ),
              },
              ...(d.publication.view
                ? [
                    {
                      key: 'text',
                      label: t('privacy.publishedAs'),
                      children: (
                        <span style={{ whiteSpace: 'pre-wrap' }} data-testid="track-published-text">
                          {d.publication.view.description}
                        </span>
                      ),
                    },
                    ...(d.publication.view.address
                      ? [
                          {
                            key: 'place',
                            label: t('privacy.publishedPlace'),
                            children: d.publication.view.address,
                          },
                        ]
                      : []),
                  ]
                : []),
            ]}
          />
          <Typography.Paragraph type="secondary" style={{ fontSize: 12, margin: '8px 0' }}>
            {t('privacy.retention', { days: d.retention.days })}
            {d.retention.contactKeptUntil
              ? ` ${t('privacy.keptUntil', { date: formatDateTime(d.retention.contactKeptUntil).slice(0, 10) })}`
              : ''}
            {' · '}
            {t('privacy.eraseHint')}
          </Typography.Paragraph>
          {d.canEraseContact && (
            <Popconfirm title={t('privacy.eraseConfirm')} onConfirm={() => erase.mutate()}>
              <Button danger loading={erase.isPending} data-testid="track-erase-contact">
                {t('privacy.erase')}
              </Button>
            </Popconfirm>
          )}
        </>
      )}
    </Card>
  );
}
