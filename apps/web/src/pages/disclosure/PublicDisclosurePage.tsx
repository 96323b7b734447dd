/**
 * 村(居)务公开 for everyone (issue 13): a village's or community's catalogue with what is next due, its publications
 * (lists with masked names; withdrawn ones by title and reason) and its micro-power flowcharts, with a form to ask
 * for information or report a failure. Phone first (390 px).
 */
import { useParams } from 'react-router-dom';
import { Result, Space, Spin, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client.ts';
import type { PublicDisclosure } from '../../api/disclosure.ts';
import { useI18n } from '../../i18n/index.tsx';
import { PublicShell } from '../public/PublicShell.tsx';
import { AskForm, DisclosureView } from './parts.tsx';

export default function PublicDisclosurePage() {
  const { communityCode = '' } = useParams();
  const { t } = useI18n();
  const page = useQuery({
    queryKey: ['public', 'disclosure', communityCode],
    queryFn: () => api.get<PublicDisclosure>(`/api/public/disclosure/${communityCode}`),
  });
  return (
    <PublicShell>
      {page.isLoading ? (
        <Spin style={{ display: 'block', margin: '48px auto' }} />
      ) : !page.data ? (
        <Result status="404" title="404" />
      ) : (
        <Space direction="vertical" size={12} style={{ width: '100%' }}>
          <div>
            <Typography.Title level={4} style={{ margin: 0 }} data-testid="public-title">
              {t('disclosure.public.title', { community: page.data.communityName })}
            </Typography.Title>
            <Typography.Text type="secondary">{page.data.streetName}</Typography.Text>
          </div>
          <DisclosureView page={page.data} />
          <AskForm communityCode={page.data.communityCode} entries={page.data.entries} asResident={false} />
        </Space>
      )}
    </PublicShell>
  );
}
