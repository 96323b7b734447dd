/** Everything about one case: header with deadlines and actions, content, map, assignments, timeline, callback. */
import { Fragment, useState, type ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { Alert, Card, Col, Descriptions, Row, Space, Table, Tag, Timeline, Typography } from 'antd';
import { api } from '../../api/client.ts';
import { ACTIVE_ASSIGNMENT_STATUSES, type CaseAction } from '@onegrid/domain';
import { PublicationCard } from './PublicationCard.tsx';
import { PlaceFacts } from '../baseview/PlaceFacts.tsx';
import { uploadUrl, type Assignment, type CaseDetail, type TimelineEvent } from '../../api/cases.ts';
import { useAuth } from '../../auth/AuthProvider.tsx';
import { RevealButton } from '../identity/RevealButton.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { systemNote } from '../../lib/systemNote.ts';
import {
  assignmentStatusKey,
  channelKey,
  eventLabel,
  RATING_COLOR,
  ratingKey,
  requestTypeKey,
  statusKey,
} from '../../lib/caseOptions.ts';
import { formatDateTime } from '../../lib/time.ts';
import { CaseMap, type MapPoint } from './CaseMap.tsx';
import { Countdown, StatusTag, UrgencyTag, useCategoryName } from './CaseBits.tsx';
import { ActionBar } from './actions.tsx';
import { PhotoGallery } from './PhotoUpload.tsx';
import { CaseCallers } from './CaseCallers.tsx';

/** The reporter as stored, for the roles that call residents back; the server audits every view. */
function ReporterText({ detail }: { detail: CaseDetail }) {
  const { t } = useI18n();
  const { hasRole } = useAuth();
  const [full, setFull] = useState<CaseDetail['reporter'] | null>(null);
  const r = full ?? detail.reporter;
  const text = r.anonymous ? t('case.anonymous') : [r.name, r.phone].filter(Boolean).join(' · ') || '—';
  const mayUnmask =
    !full &&
    !detail.reporter.anonymous &&
    !!(detail.reporter.name || detail.reporter.phone) &&
    (['operator', 'dispatcher', 'supervisor', 'admin'] as const).some(hasRole);
  return (
    <Space size={6} wrap>
      <span data-testid="case-reporter">{text}</span>
      {mayUnmask && (
        <RevealButton
          testId="reporter-unmask"
          label={t('users.showPhone')}
          reveal={async (reason) =>
            setFull(await api.get<CaseDetail['reporter']>(`/api/cases/${detail.id}/reporter`, { reason }))
          }
        />
      )}
    </Space>
  );
}

const OPEN_ASSIGNMENT = new Set<Assignment['status']>(ACTIVE_ASSIGNMENT_STATUSES);

/** The deadlines still running on an assignment: accept while pending, resolve (or the extension) after. */
export function AssignmentCountdowns({ a, start }: { a: Assignment; start: string }) {
  const { t } = useI18n();
  if (!OPEN_ASSIGNMENT.has(a.status)) return null;
  const resolveDue = a.extensionUntil ?? a.resolveDueAt;
  return (
    <Space size={4} wrap>
      {a.status === 'pending' && a.acceptDueAt && (
        <Countdown start={start} due={a.acceptDueAt} label={t('case.accepting')} testId="countdown-accept" />
      )}
      {resolveDue && (
        <Countdown start={start} due={resolveDue} label={t('case.resolving')} testId="countdown-resolve" />
      )}
    </Space>
  );
}

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

export function AssignmentsTable({ detail }: { detail: CaseDetail }) {
  const { t } = useI18n();
  return (
    <Table<Assignment>
      size="small"
      rowKey="id"
      pagination={false}
      dataSource={detail.assignments}
      scroll={{ x: 640 }}
      data-testid="assignments"
      columns={[
        { title: t('case.unit'), dataIndex: ['unit', 'name'] },
        {
          title: t('case.role'),
          dataIndex: 'role',
          width: 80,
          render: (r: Assignment['role']) => (
            <Tag color={r === 'lead' ? 'red' : 'blue'}>
              {t(r === 'lead' ? 'assignmentRole.lead' : 'assignmentRole.assist')}
            </Tag>
          ),
        },
        {
          title: t('case.assignmentStatus'),
          dataIndex: 'status',
          width: 100,
          render: (s: Assignment['status']) => t(assignmentStatusKey(s)),
        },
        {
          title: t('case.countdown'),
          key: 'due',
          render: (_: unknown, a) => (
            <Space orientation="vertical" size={2}>
              <AssignmentCountdowns a={a} start={detail.createdAt} />
              {!OPEN_ASSIGNMENT.has(a.status) && a.resolveDueAt && (
                <span style={{ fontSize: 12, color: '#8c8c8c' }}>
                  {t('case.resolveDue')} {formatDateTime(a.resolveDueAt)}
                </span>
              )}
              {a.extensionReason && (
                <span style={{ fontSize: 12, color: '#8c8c8c' }}>
                  {t('case.extensionTo', {
                    until: formatDateTime(a.extensionUntil),
                    reason: a.extensionReason,
                  })}
                </span>
              )}
            </Space>
          ),
        },
        {
          title: t('case.result'),
          key: 'result',
          render: (_: unknown, a) =>
            a.returnReason ? (
              <Typography.Text type="warning">
                {t('case.labelValue', { label: t('case.returnReason'), value: a.returnReason })}
              </Typography.Text>
            ) : a.releaseReason ? (
              <Typography.Text type="secondary" data-testid="release-reason">
                {t('case.labelValue', { label: t('case.releaseReason'), value: a.releaseReason })}
              </Typography.Text>
            ) : (
              (a.result ?? '—')
            ),
        },
      ]}
    />
  );
}

/** The header: number, status, category, urgency, running deadlines, and the action bar. */
export function CaseHeader({
  detail,
  onAction,
  extraActions,
}: {
  detail: CaseDetail;
  onAction: (a: CaseAction) => void;
  extraActions?: ReactNode;
}) {
  const { t } = useI18n();
  const categoryName = useCategoryName();
  const open = detail.assignments.filter((a) => OPEN_ASSIGNMENT.has(a.status));
  return (
    <Card size="small" data-testid="case-header">
      <Space orientation="vertical" size={10} style={{ width: '100%' }}>
        <Space wrap size={[12, 6]} align="center">
          <Typography.Title
            level={4}
            style={{ margin: 0, fontVariantNumeric: 'tabular-nums' }}
            copyable={{ text: detail.id }}
          >
            <span data-testid="case-number">{detail.id}</span>
          </Typography.Title>
          <StatusTag status={detail.status} />
          <UrgencyTag urgency={detail.urgency} />
          <Tag>{t(requestTypeKey(detail.requestType))}</Tag>
          {detail.category && <Typography.Text strong>{categoryName(detail.category)}</Typography.Text>}
        </Space>
        {/* The server derives a missing title from the description: show it only when it says something else. */}
        {detail.title && !detail.description.startsWith(detail.title.replace(/…$/, '')) && (
          <Typography.Text>{detail.title}</Typography.Text>
        )}
        {open.length > 0 && (
          <Space orientation="vertical" size={4} data-testid="case-countdowns">
            {open.map((a) => (
              <Space key={a.id} size={6} wrap>
                <Typography.Text type="secondary" style={{ fontSize: 13 }}>
                  {t('case.actor', {
                    actor: a.unit.name,
                    unit: t(a.role === 'lead' ? 'assignmentRole.lead' : 'assignmentRole.assist'),
                  })}
                </Typography.Text>
                <AssignmentCountdowns a={a} start={detail.createdAt} />
              </Space>
            ))}
          </Space>
        )}
        <ActionBar detail={detail} onAction={onAction} extra={extraActions} />
      </Space>
    </Card>
  );
}

export function CaseDetailView({
  detail,
  onAction,
  extraActions,
  mapPoints,
  onMapPointClick,
  aside,
  compact = false,
}: {
  detail: CaseDetail;
  onAction: (a: CaseAction) => void;
  extraActions?: ReactNode;
  /** more points for the map (nearby cases) */
  mapPoints?: MapPoint[];
  onMapPointClick?: (id: string) => void;
  /** shown first in the right column (dispatch suggestions) */
  aside?: ReactNode;
  /** one column (the dispatcher console's side panel) */
  compact?: boolean;
}) {
  const { t } = useI18n();
  const { me } = useAuth();
  const hasPoint = detail.lon !== null && detail.lat !== null;
  // The grids of the case's street; a community-level user (grid worker) may only load their own community.
  const mapRegion =
    me?.scope.level === 'community' || !detail.street
      ? { code: me?.scope.code, grids: false }
      : { code: detail.street.code, grids: true };
  const points: MapPoint[] = [
    ...(mapPoints ?? []),
    ...(hasPoint ? [{ lon: detail.lon!, lat: detail.lat!, label: detail.id, kind: 'case' as const }] : []),
  ];
  const location = [detail.street?.name, detail.community?.name, detail.grid?.name]
    .filter(Boolean)
    .join(' / ');

  const descriptionCard = (
    <Card size="small" title={t('case.description')}>
      <Typography.Paragraph
        style={{ whiteSpace: 'pre-wrap', marginBottom: 12 }}
        data-testid="case-description"
      >
        {detail.description}
      </Typography.Paragraph>
      <Descriptions
        size="small"
        column={{ xs: 1, md: compact ? 1 : 2 }}
        items={[
          {
            key: 'reporter',
            label: t('case.reporter'),
            children: <ReporterText detail={detail} />,
          },
          { key: 'channel', label: t('case.channel'), children: t(channelKey(detail.channel)) },
          { key: 'createdAt', label: t('case.createdAt'), children: formatDateTime(detail.createdAt) },
          {
            key: 'resolveDue',
            label: t('case.resolveDue'),
            children: formatDateTime(detail.resolveDueAt),
          },
          { key: 'address', label: t('case.address'), children: detail.address ?? '—' },
          { key: 'location', label: t('case.location'), children: location || '—' },
          { key: 'lead', label: t('case.leadUnit'), children: detail.leadUnit?.name ?? '—' },
          {
            key: 'route',
            label: t('case.routeSource'),
            children: detail.routeSource ? t(`routeSource.${detail.routeSource}`) : '—',
          },
          ...(detail.returnCount || detail.reopenCount
            ? [
                {
                  key: 'counts',
                  label: `${t('case.returnCount')} / ${t('case.reopenCount')}`,
                  children: `${detail.returnCount} / ${detail.reopenCount}`,
                },
              ]
            : []),
          ...(detail.callers.length
            ? [
                {
                  key: 'callers',
                  label: t('case.callers', { count: detail.callers.length }),
                  span: 'filled' as const,
                  children: <CaseCallers callers={detail.callers} />,
                },
              ]
            : []),
          ...(detail.answer
            ? [{ key: 'answer', label: t('case.answer'), span: 'filled' as const, children: detail.answer }]
            : []),
        ]}
      />
    </Card>
  );
  const photosCard = (
    <Card size="small" title={t('case.photos')}>
      <PhotoGallery ids={detail.photoIds} url={uploadUrl} />
    </Card>
  );
  const assignmentsCard = (
    <Card size="small" title={t('case.assignments')} styles={{ body: { padding: 0 } }}>
      <AssignmentsTable detail={detail} />
    </Card>
  );
  const callbackCard = (
    <Card size="small" title={t('case.callback')} data-testid="case-callback">
      {detail.callback ? (
        <Space wrap>
          <Tag color={detail.callback.resolved ? 'green' : 'red'}>
            {t('case.labelValue', {
              label: t('case.resolved'),
              value: detail.callback.resolved ? t('common.yes') : t('common.no'),
            })}
          </Tag>
          {detail.callback.rating && (
            <Tag color={RATING_COLOR[detail.callback.rating]}>{t(ratingKey(detail.callback.rating))}</Tag>
          )}
          <Typography.Text type="secondary">{formatDateTime(detail.callback.at)}</Typography.Text>
          {detail.callback.comment && <Typography.Text>{detail.callback.comment}</Typography.Text>}
        </Space>
      ) : (
        <Typography.Text type="secondary">{t('case.noCallback')}</Typography.Text>
      )}
    </Card>
  );
  const mapCard = (
    <Card size="small" title={t('case.map')} styles={{ body: { padding: 0 } }}>
      {hasPoint || (mapPoints?.length ?? 0) > 0 ? (
        <CaseMap
          regionCode={mapRegion.code}
          grids={mapRegion.grids}
          points={points}
          onPointClick={onMapPointClick}
          focus={hasPoint ? { lon: detail.lon!, lat: detail.lat! } : null}
          height={compact ? 280 : 340}
          testId="case-map"
        />
      ) : (
        <div style={{ padding: 16, color: '#8c8c8c' }}>{t('case.noLocation')}</div>
      )}
    </Card>
  );
  const timelineCard = (
    <Card size="small" title={t('case.timeline')}>
      <CaseTimeline events={detail.timeline} />
    </Card>
  );
  const hasAssignments = detail.assignments.length > 0;
  const column = (nodes: ReactNode[]) => (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      {nodes.filter(Boolean).map((n, i) => (
        <Fragment key={i}>{n}</Fragment>
      ))}
    </Space>
  );

  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <CaseHeader detail={detail} onAction={onAction} extraActions={extraActions} />
      {detail.parentId && (
        <Alert
          type="info"
          showIcon
          data-testid="case-parent"
          title={
            <span>
              {t('case.labelValue', { label: t('case.parent'), value: '' })}
              <Link to={`/cases/${detail.parentId}`}>{detail.parentId}</Link>
            </span>
          }
        />
      )}
      {detail.children.length > 0 && (
        <Alert
          type="info"
          data-testid="case-children"
          title={
            <Space wrap>
              {t('case.labelValue', { label: t('case.children'), value: '' })}
              {detail.children.map((c) => (
                <Link key={c} to={`/cases/${c}`}>
                  {c}
                </Link>
              ))}
            </Space>
          }
        />
      )}
      {compact ? (
        column([
          aside,
          descriptionCard,
          mapCard,
          <PlaceFacts key="place" caseId={detail.id} />,
          hasAssignments && assignmentsCard,
          timelineCard,
          photosCard,
          callbackCard,
          <PublicationCard key="pub" caseId={detail.id} />,
        ])
      ) : (
        <Row gutter={[16, 16]}>
          <Col xs={24} xl={14}>
            {column([descriptionCard, photosCard, hasAssignments && assignmentsCard, callbackCard])}
          </Col>
          <Col xs={24} xl={10}>
            {column([
              aside,
              mapCard,
              <PlaceFacts key="place" caseId={detail.id} />,
              <PublicationCard key="pub" caseId={detail.id} />,
              timelineCard,
            ])}
          </Col>
        </Row>
      )}
    </Space>
  );
}
