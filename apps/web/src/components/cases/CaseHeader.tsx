/** The head of a case page: number, title, status, urgency, countdowns and the actions the reader may take. */
import type { ReactNode } from 'react';
import { Card, Space, Tag, Typography } from 'antd';
import type { CaseAction } from '@onegrid/domain';
import type { CaseDetail } from '../../api/cases.ts';
import { useI18n } from '../../i18n/index.tsx';
import { requestTypeKey } from '../../lib/caseOptions.ts';
import { DueTag, StatusTag, UrgencyTag, useCategoryName } from './CaseBits.tsx';
import { ActionBar } from './actions.tsx';
import { OPEN_ASSIGNMENT, AssignmentCountdowns } from './CaseAssignments.tsx';

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
          {/* no running countdown below (the units have reported): the case's own deadline state, as in the lists */}
          {open.length === 0 && detail.dueState && detail.dueState !== 'ok' && (
            <span data-testid="case-due-state">
              <DueTag state={detail.dueState} />
            </span>
          )}
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
