/** Everything about one case: header with deadlines and actions, content, map, assignments, timeline, callback. */
import { Fragment, useState, type ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { Alert, Card, Col, Descriptions, Row, Space, Tag, Typography } from 'antd';
import { api } from '../../api/client.ts';
import type { CaseAction } from '@onegrid/domain';
import { PublicationCard } from './PublicationCard.tsx';
import { PlaceFacts } from '../baseview/PlaceFacts.tsx';
import { uploadUrl, type CaseDetail } from '../../api/cases.ts';
import { useAuth } from '../../auth/AuthProvider.tsx';
import { RevealButton } from '../identity/RevealButton.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { channelKey, RATING_COLOR, ratingKey } from '../../lib/caseOptions.ts';
import { formatDateTime } from '../../lib/time.ts';
import { CaseMap, type MapPoint } from './CaseMap.tsx';
import { PhotoGallery } from './PhotoUpload.tsx';
import { CaseCallers } from './CaseCallers.tsx';
import { CaseTimeline } from './CaseTimeline.tsx';
import { AssignmentsTable } from './CaseAssignments.tsx';
import { CaseHeader } from './CaseHeader.tsx';

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
