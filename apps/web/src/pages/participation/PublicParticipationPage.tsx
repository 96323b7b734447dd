/**
 * A community's self-governance in public (/public/participation/:communityCode, no login): published votes with
 * their results (online and paper ballots counted), meetings with the agenda published in advance, minutes and
 * decisions, and what was done afterwards. Who attended, who voted how, are not published.
 */
import { useParams } from 'react-router-dom';
import { Alert, Card, Empty, Space, Spin, Tabs, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { api, isApiError } from '../../api/client.ts';
import type { CivicVote, DeliberationMeeting, DeliberationTopic } from '../../api/participation.ts';
import { useI18n } from '../../i18n/index.tsx';
import { formatMinute } from '../../lib/time.ts';
import { PublicShell } from '../public/PublicShell.tsx';
import { DeliberationView, VoteResult } from './CivicBits.tsx';

interface PublicParticipation {
  communityCode: string;
  communityName: string;
  votes: CivicVote[];
  meetings: DeliberationMeeting[];
  topics: DeliberationTopic[];
}

export default function PublicParticipationPage() {
  const { communityCode = '' } = useParams();
  const { t } = useI18n();
  const q = useQuery({
    queryKey: ['public', 'participation', communityCode],
    queryFn: () => api.get<PublicParticipation>(`/api/public/participation/${communityCode}`),
    retry: false,
  });
  return (
    <PublicShell>
      {q.isLoading ? (
        <Spin style={{ display: 'block', margin: '48px auto' }} />
      ) : q.error ? (
        <Alert
          type="warning"
          showIcon
          message={isApiError(q.error, 'NOT_FOUND') ? t('civic.public.notFound') : String(q.error.message)}
        />
      ) : (
        <>
          <Typography.Title level={4} style={{ marginBottom: 0 }} data-testid="civic-public-title">
            {t('civic.public.title', { community: q.data!.communityName })}
          </Typography.Title>
          <Typography.Paragraph type="secondary">{t('civic.public.sub')}</Typography.Paragraph>
          <Tabs
            items={[
              {
                key: 'votes',
                label: t('civic.public.votes'),
                children:
                  q.data!.votes.length === 0 ? (
                    <Empty description={t('civic.public.noVotes')} />
                  ) : (
                    <Space direction="vertical" size={12} style={{ width: '100%' }}>
                      {q.data!.votes.map((v) => (
                        <Card
                          key={v.id}
                          size="small"
                          data-testid="civic-vote"
                          title={
                            <div style={{ whiteSpace: 'normal', lineHeight: 1.4, padding: '6px 0' }}>
                              {v.title}
                            </div>
                          }
                        >
                          <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
                            {t('civic.public.published', { at: formatMinute(v.publishedAt) })}
                          </Typography.Paragraph>
                          <VoteResult vote={v} />
                        </Card>
                      ))}
                    </Space>
                  ),
              },
              {
                key: 'deliberation',
                label: t('civic.tab.deliberation'),
                children: <DeliberationView meetings={q.data!.meetings} topics={q.data!.topics} />,
              },
            ]}
          />
        </>
      )}
    </PublicShell>
  );
}
