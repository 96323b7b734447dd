import { Tag } from 'antd';
import type { ReplyReason } from '../../api/replyquality.ts';
import { hasMessage, useI18n } from '../../i18n/index.tsx';

/** A score's reasons as short tags, each a message key with its parameters. */
export function ReasonList({ reasons }: { reasons: readonly ReplyReason[] }) {
  const { t } = useI18n();
  return (
    <>
      {reasons.map((r) => {
        const key = `rq.reason.${r.key}`;
        return (
          <Tag
            key={r.key}
            color={r.key === 'rq_dismissive' || r.key === 'rq_relevance_very_low' ? 'red' : 'orange'}
          >
            {hasMessage(key) ? t(key, r.params) : r.key}
          </Tag>
        );
      })}
    </>
  );
}

export const STATUS_COLOR: Record<string, string> = {
  passed: 'green',
  held: 'orange',
  approved: 'blue',
  returned: 'red',
  superseded: 'default',
};
