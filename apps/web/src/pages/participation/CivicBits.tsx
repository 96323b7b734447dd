/**
 * What a community publishes about its self-governance, drawn the same way on the resident's phone (/my/votes) and
 * on the public page (/public/participation/:communityCode): a published vote's result with online and paper ballots
 * counted, meetings with their agenda (published in advance), minutes and decision, and each topic's follow-up.
 */
import { Card, Empty, Progress, Space, Tag, Timeline, Typography } from 'antd';
import type { CivicVote, DeliberationMeeting, DeliberationTopic } from '../../api/participation.ts';
import { useI18n } from '../../i18n/index.tsx';
import { formatMinute } from '../../lib/time.ts';

/** A published vote's result: who voted how (online, in person, on paper) and each option's votes. */
export function VoteResult({ vote }: { vote: CivicVote }) {
  const { t } = useI18n();
  if (!vote.results) return null;
  const maxVotes = Math.max(1, ...vote.options.map((o) => o.votes));
  const v = vote.results.voters;
  return (
    <div data-testid="civic-result">
      <Typography.Paragraph>
        {t('civic.result', { n: v.total, online: v.online, staff: v.staff, paper: v.paper })}
      </Typography.Paragraph>
      {vote.options.map((o) => (
        <div key={o.id} style={{ marginBottom: 8 }}>
          <Space wrap>
            <span>{o.title}</span>
            {o.cost !== null && (
              <Typography.Text type="secondary">{t('civic.cost', { cost: o.cost })}</Typography.Text>
            )}
            <span>{t('civic.votes', { n: o.votes })}</span>
            {o.won && <Tag color="green">{t('civic.won')}</Tag>}
          </Space>
          <Progress percent={Math.round((100 * o.votes) / maxVotes)} showInfo={false} size="small" />
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('civic.optionSplit', { online: o.online, paper: o.paper })}
          </Typography.Text>
        </div>
      ))}
    </div>
  );
}

const TOPIC_COLOR = {
  raised: 'default',
  scheduled: 'blue',
  decided: 'purple',
  implementing: 'orange',
  done: 'green',
  declined: 'red',
} as const;

/** Meetings (upcoming first, with their agenda; then those held, with minutes and decision) and topics followed up. */
export function DeliberationView({
  meetings,
  topics,
  now = Date.now(),
}: {
  meetings: DeliberationMeeting[];
  topics: DeliberationTopic[];
  now?: number;
}) {
  const { t } = useI18n();
  const upcoming = meetings
    .filter((m) => !m.heldAt && Date.parse(m.meetingAt) >= now - 86_400_000)
    .sort((a, b) => Date.parse(a.meetingAt) - Date.parse(b.meetingAt));
  const held = meetings.filter((m) => m.heldAt);
  if (meetings.length === 0 && topics.length === 0) return <Empty description={t('civic.delib.none')} />;
  return (
    <Space direction="vertical" size={12} style={{ width: '100%' }}>
      {upcoming.length > 0 && <Typography.Text strong>{t('civic.delib.upcoming')}</Typography.Text>}
      {upcoming.map((m) => (
        <Card key={m.id} size="small" title={<Wrap>{m.title}</Wrap>} data-testid="civic-meeting">
          <Typography.Paragraph style={{ marginBottom: 4 }}>
            {t('civic.delib.when', { at: formatMinute(m.meetingAt), place: m.place })}
          </Typography.Paragraph>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('civic.delib.agendaOut', { at: formatMinute(m.agendaPublishedAt) })}
          </Typography.Text>
          <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginTop: 8 }}>
            <Typography.Text strong>{t('civic.delib.agenda')}</Typography.Text>
            <br />
            {m.agenda}
          </Typography.Paragraph>
        </Card>
      ))}
      {held.length > 0 && <Typography.Text strong>{t('civic.delib.held')}</Typography.Text>}
      {held.map((m) => (
        <Card key={m.id} size="small" title={<Wrap>{m.title}</Wrap>} data-testid="civic-meeting">
          <Typography.Paragraph style={{ marginBottom: 4 }}>
            {t('civic.delib.heldAt', {
              at: formatMinute(m.meetingAt),
              place: m.place,
              present: m.present ?? 0,
              invited: m.invited,
            })}
          </Typography.Paragraph>
          <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>
            <Typography.Text strong>{t('civic.delib.agenda')}</Typography.Text>
            <br />
            {m.agenda}
          </Typography.Paragraph>
          <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>
            <Typography.Text strong>{t('civic.delib.minutes')}</Typography.Text>
            <br />
            {m.minutes}
          </Typography.Paragraph>
          <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }} data-testid="civic-decision">
            <Typography.Text strong>{t('civic.delib.decision')}</Typography.Text>
            <br />
            {m.decision}
          </Typography.Paragraph>
        </Card>
      ))}
      {topics.length > 0 && <Typography.Text strong>{t('civic.delib.topics')}</Typography.Text>}
      {topics.map((x) => (
        <Card
          key={x.id}
          size="small"
          title={<Wrap>{x.title}</Wrap>}
          extra={<Tag color={TOPIC_COLOR[x.status]}>{t(`assembly.topic.status.${x.status}`)}</Tag>}
          data-testid="civic-topic"
        >
          {x.decision && (
            <Typography.Paragraph>
              <Typography.Text strong>{t('civic.delib.decision')}</Typography.Text> {x.decision}
            </Typography.Paragraph>
          )}
          {x.followups.length > 0 && (
            <Timeline
              style={{ marginTop: 8 }}
              items={x.followups.map((f) => ({
                children: (
                  <>
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {formatMinute(f.at)}
                    </Typography.Text>
                    <div>{f.body}</div>
                  </>
                ),
              }))}
            />
          )}
        </Card>
      ))}
    </Space>
  );
}

function Wrap({ children }: { children: React.ReactNode }) {
  return <div style={{ whiteSpace: 'normal', lineHeight: 1.4, padding: '6px 0' }}>{children}</div>;
}
