import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App } from 'antd';
import { api } from '../../api/client.ts';
import type { SessionItem } from '../../api/types.ts';
import { FilterTable } from '../../components/FilterTable.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { useShowError } from '../../lib/useApiError.ts';
import { useSessionColumns } from '../account/SessionTable.tsx';

/** The security administrator's view of every session in the jurisdiction; any can be ended. */
export default function SessionsPage() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const showError = useShowError();
  const list = useQuery({
    queryKey: ['sessions'],
    queryFn: () => api.get<{ items: SessionItem[] }>('/api/sessions'),
  });
  const end = useMutation({
    mutationFn: (id: string) => api.delete(`/api/sessions/${id}`),
    onSuccess: () => {
      void message.success(t('session.ended'));
      void qc.invalidateQueries({ queryKey: ['sessions'] });
    },
    onError: showError,
  });
  const columns = useSessionColumns((id) => end.mutate(id), true);
  return (
    <div>
      <PageHeader title={t('sessions.title')} sub={t('sessions.sub')} />
      <FilterTable<SessionItem>
        testId="session-table"
        rows={list.data?.items}
        loading={list.isFetching}
        error={list.error}
        onRetry={() => void list.refetch()}
        rowKey="id"
        scroll={{ x: 860 }}
        columns={columns}
      />
    </div>
  );
}
