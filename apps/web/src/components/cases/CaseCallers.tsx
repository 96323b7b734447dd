/** Repeat callers attached to the case (并入此件 at intake), masked like the reporter. */
import { Tag, Typography } from 'antd';
import type { Channel } from '@onegrid/domain';
import type { CaseDetail } from '../../api/cases.ts';
import { useI18n } from '../../i18n/index.tsx';
import { channelKey } from '../../lib/caseOptions.ts';
import { formatDateTime } from '../../lib/time.ts';

export function CaseCallers({ callers }: { callers: CaseDetail['callers'] }) {
  const { t } = useI18n();
  return (
    <ol style={{ margin: 0, paddingInlineStart: 18 }} data-testid="case-callers">
      {callers.map((c) => (
        <li key={c.id} style={{ marginBottom: 4 }}>
          <Typography.Text>
            {c.anonymous ? t('case.anonymous') : [c.name, c.phone].filter(Boolean).join(' · ')}
          </Typography.Text>
          <Typography.Text type="secondary" style={{ marginInlineStart: 8, fontSize: 12 }}>
            {formatDateTime(c.at)} · {t(channelKey(c.channel as Channel))}
          </Typography.Text>
          {c.informed && (
            <Tag color="green" style={{ marginInlineStart: 6 }}>
              {t('case.callerInformed')}
            </Tag>
          )}
          {c.description && <div style={{ whiteSpace: 'pre-wrap' }}>{c.description}</div>}
        </li>
      ))}
    </ol>
  );
}
