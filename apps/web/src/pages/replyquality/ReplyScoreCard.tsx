/** The case page's card: each reply the lead unit reported, its score by part and why. Nothing without scores. */
import { Card, Descriptions, Progress, Tag, Typography } from 'antd';
import { useCaseReplyScores } from '../../api/replyquality.ts';
import { useI18n, type MessageKey } from '../../i18n/index.tsx';
import { ReasonList, STATUS_COLOR } from './ReasonList.tsx';

const PARTS = ['relevance', 'completeness', 'interpretability', 'timeliness', 'attitude'] as const;

export function ReplyScoreCard({ caseId }: { caseId: string }) {
  const { t } = useI18n();
  const q = useCaseReplyScores(caseId);
  const items = q.data?.items ?? [];
  if (items.length === 0) return null;
  return (
    <Card size="small" title={t('rq.card')} style={{ marginTop: 16 }} data-testid="reply-score-card">
      {items.map((s) => (
        <div key={s.id} style={{ marginBottom: 12 }}>
          <Typography.Text strong style={{ fontSize: 20, marginRight: 8 }}>
            {s.total}
          </Typography.Text>
          <Tag color={STATUS_COLOR[s.status]}>{t(`rq.status.${s.status}` as MessageKey)}</Tag>
          <Typography.Text type="secondary">{new Date(s.scoredAt).toLocaleString()}</Typography.Text>
          <Descriptions size="small" column={5} style={{ marginTop: 8 }}>
            {PARTS.map((p) => (
              <Descriptions.Item key={p} label={t(`rq.part.${p}` as MessageKey)}>
                <Progress
                  percent={Math.round((s.parts[p].score / s.parts[p].max) * 100)}
                  size="small"
                  format={() => `${Math.round(s.parts[p].score)}/${s.parts[p].max}`}
                  style={{ width: 110 }}
                />
              </Descriptions.Item>
            ))}
          </Descriptions>
          <ReasonList reasons={s.flags.length ? s.flags : PARTS.flatMap((p) => s.parts[p].reasons)} />
        </div>
      ))}
    </Card>
  );
}
