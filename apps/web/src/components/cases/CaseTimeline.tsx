/** A case's timeline: each event with its time, actor, status change, note (system notes in the reader's language) and photos. */
import { Space, Tag, Timeline, Typography } from 'antd';
import { uploadUrl, type TimelineEvent } from '../../api/cases.ts';
import { useI18n } from '../../i18n/index.tsx';
import { systemNote } from '../../lib/systemNote.ts';
import { eventLabel, statusKey } from '../../lib/caseOptions.ts';
import { formatDateTime } from '../../lib/time.ts';
import { PhotoGallery } from './PhotoUpload.tsx';

function eventColor(e: TimelineEvent): string {
  if (['overdue', 'void', 'return', 'verify_fail', 'reopen', 'reject_extension'].includes(e.action))
    return 'red';
  if (['warn', 'warning', 'urge', 'supervise', 'request_extension'].includes(e.action)) return 'orange';
  if (e.toStatus === 'closed' || e.action === 'callback') return 'green';
  return 'blue';
}

export function CaseTimeline({ events }: { events: TimelineEvent[] }) {
  const { t } = useI18n();
  const actorOf = (e: TimelineEvent) => (e.bySystem ? t('note.system') : e.actorName);
  return (
    <Timeline
      data-testid="case-timeline"
      items={[...events]
        .sort((a, b) => a.at.localeCompare(b.at))
        .map((e) => ({
          key: e.id,
          color: eventColor(e),
          content: (
            <div>
              <div style={{ fontSize: 12, color: '#8c8c8c', fontVariantNumeric: 'tabular-nums' }}>
                {formatDateTime(e.at)}
              </div>
              <Space size={6} wrap>
                <Typography.Text strong>{eventLabel(e.action, t)}</Typography.Text>
                {e.fromStatus && e.toStatus && e.fromStatus !== e.toStatus && (
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {t('case.statusChange', {
                      from: t(statusKey(e.fromStatus)),
                      to: t(statusKey(e.toStatus)),
                    })}
                  </Typography.Text>
                )}
              </Space>
              {(actorOf(e) || e.unitName) && (
                <div style={{ fontSize: 12, color: '#595959' }}>
                  {actorOf(e) && e.unitName
                    ? t('case.actor', { actor: actorOf(e)!, unit: e.unitName })
                    : (actorOf(e) ?? e.unitName)}
                </div>
              )}
              {(systemNote(e, t) ?? e.note) && (
                <div style={{ whiteSpace: 'pre-wrap', marginTop: 2 }}>
                  {e.toResident && (
                    <Tag color="cyan" style={{ marginInlineEnd: 4 }}>
                      {t('privacy.residentNote')}
                    </Tag>
                  )}
                  {systemNote(e, t) ?? e.note}
                </div>
              )}
              {e.photoIds.length > 0 && (
                <div style={{ marginTop: 6 }}>
                  <PhotoGallery ids={e.photoIds} url={uploadUrl} size={56} />
                </div>
              )}
            </div>
          ),
        }))}
    />
  );
}
