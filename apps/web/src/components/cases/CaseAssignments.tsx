/** A case's assignments (lead and co-units) with their statuses, deadlines, extensions and results. */
import { Space, Table, Tag, Typography } from 'antd';
import { ACTIVE_ASSIGNMENT_STATUSES } from '@onegrid/domain';
import { type Assignment, type CaseDetail } from '../../api/cases.ts';
import { useI18n } from '../../i18n/index.tsx';
import { assignmentStatusKey } from '../../lib/caseOptions.ts';
import { formatDateTime } from '../../lib/time.ts';
import { Countdown } from './CaseBits.tsx';

export const OPEN_ASSIGNMENT = new Set<Assignment['status']>(ACTIVE_ASSIGNMENT_STATUSES);

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
