/** 社区任务: tasks sent to communities on admitted items; a community marks its own done. */
import { Link } from 'react-router-dom';
import { Button, Card, Space, Table, Tag } from 'antd';
import {
  admissionApi,
  useAdmissionWrite,
  useCommunityTasks,
  type CommunityTask,
} from '../../api/admission.ts';
import { useAuth } from '../../auth/AuthProvider.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { formatDateTime } from '../../lib/time.ts';
import { useShowError } from '../../lib/useApiError.ts';
import { AdmissionNav } from './AdmissionNav.tsx';

export default function TasksPage() {
  const { t } = useI18n();
  const { me } = useAuth();
  const showError = useShowError();
  const q = useCommunityTasks();
  const done = useAdmissionWrite(admissionApi.taskDone);
  const community = me?.unit.kind === 'community';
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <AdmissionNav />
      <Card size="small">
        <Table<CommunityTask>
          rowKey="id"
          size="small"
          loading={q.isLoading}
          dataSource={q.data?.items ?? []}
          locale={{ emptyText: t('adm.noTasks') }}
          columns={[
            {
              title: t('adm.taskTitle'),
              dataIndex: 'title',
              render: (v: string) => <span data-testid={`adm-task-${v}`}>{v}</span>,
            },
            { title: t('adm.taskContent'), dataIndex: 'content', ellipsis: true },
            { title: t('adm.community'), dataIndex: 'communityName', width: 150 },
            { title: t('adm.unit'), dataIndex: 'unitName', width: 190 },
            {
              title: t('adm.itemOfTask'),
              dataIndex: 'itemTitle',
              render: (v: string, r) => <Link to={`/admission/items/${r.itemId}`}>{v}</Link>,
            },
            { title: t('adm.dueOn'), dataIndex: 'dueOn', width: 110 },
            {
              title: t('adm.updated'),
              dataIndex: 'createdAt',
              width: 150,
              render: (v: string) => formatDateTime(v),
            },
            {
              title: t('adm.state'),
              dataIndex: 'status',
              width: 110,
              render: (s: string, r) =>
                s === 'sent' && community ? (
                  <Button
                    size="small"
                    onClick={() => done.mutate({ id: r.id, note: '' }, { onError: showError })}
                  >
                    {t('adm.done')}
                  </Button>
                ) : (
                  <Tag color={s === 'done' ? 'green' : 'processing'}>
                    {t(s === 'done' ? 'adm.taskStatus.done' : 'adm.taskStatus.sent')}
                  </Tag>
                ),
            },
          ]}
        />
      </Card>
    </Space>
  );
}
