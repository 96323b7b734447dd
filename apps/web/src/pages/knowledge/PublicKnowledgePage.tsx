/** The public page of an entry (the link in the 一次性告知 SMS): what to bring, and "did this help?". */
import { useState } from 'react';
import { useParams } from 'react-router-dom';
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Result, Space, Spin, Tag, Typography } from 'antd';
import { DislikeOutlined, LikeOutlined } from '@ant-design/icons';
import { api, isApiError } from '../../api/client.ts';
import type { KnowledgePublic } from '../../api/knowledge.ts';
import { useI18n } from '../../i18n/index.tsx';
import { formatDateTime } from '../../lib/time.ts';
import { PublicShell } from '../public/PublicShell.tsx';
import { MaterialsTable } from './kbBits.tsx';

export default function PublicKnowledgePage() {
  const { id } = useParams<{ id: string }>();
  const { t } = useI18n();
  const q = useQuery({
    queryKey: ['knowledge', 'public', id],
    queryFn: () => api.get<KnowledgePublic>(`/api/public/knowledge/${id}`),
    retry: false,
  });
  const [done, setDone] = useState<'thanks' | 'already' | null>(null);
  const rate = async (helped: boolean) => {
    try {
      await api.post(`/api/public/knowledge/${id}/feedback`, { helped });
      setDone('thanks');
    } catch (e) {
      if (isApiError(e, 'CONFLICT')) setDone('already');
      else throw e;
    }
  };
  const e = q.data;
  return (
    <PublicShell>
      <div style={{ maxWidth: 760, margin: '0 auto', padding: 16 }}>
        {q.isLoading ? (
          <Spin style={{ display: 'block', padding: 60 }} />
        ) : !e ? (
          <Result status="404" title={t('kb.public.notFound')} />
        ) : (
          <Card data-testid="kb-public">
            <Typography.Title level={4} style={{ marginTop: 0 }}>
              {e.title} {e.demo && <Tag color="gold">{t('kb.demo')}</Tag>}
            </Typography.Title>
            <Typography.Paragraph type="secondary">
              {e.ownerUnitName} · {t('kb.public.updated', { at: formatDateTime(e.updatedAt) })} ·{' '}
              {t('kb.version', { n: e.version })}
            </Typography.Paragraph>
            <Typography.Paragraph>{e.answer}</Typography.Paragraph>
            {e.materials.length > 0 && (
              <>
                <Typography.Title level={5}>{t('kb.materials')}</Typography.Title>
                <MaterialsTable materials={e.materials} compact />
              </>
            )}
            {e.body && (
              <Typography.Paragraph style={{ marginTop: 12, whiteSpace: 'pre-wrap' }} type="secondary">
                {e.body}
              </Typography.Paragraph>
            )}
            <div style={{ marginTop: 16 }}>
              {done ? (
                <Alert
                  type={done === 'thanks' ? 'success' : 'info'}
                  showIcon
                  title={t(done === 'thanks' ? 'kb.public.thanks' : 'kb.public.already')}
                />
              ) : (
                <Space>
                  <span>{t('kb.public.helpedQ')}</span>
                  <Button
                    icon={<LikeOutlined />}
                    onClick={() => void rate(true)}
                    data-testid="kb-public-helped"
                  >
                    {t('kb.helped')}
                  </Button>
                  <Button icon={<DislikeOutlined />} onClick={() => void rate(false)}>
                    {t('kb.notHelped')}
                  </Button>
                </Space>
              )}
            </div>
          </Card>
        )}
      </div>
    </PublicShell>
  );
}
