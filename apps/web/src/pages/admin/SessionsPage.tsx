import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Card } from 'antd';
import { api } from '../../api/client.ts';
import type { SessionItem } from '../../api/types.ts';
import { PageHeader } from '../../components/PageHeader.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { useShowError } from '../../lib/useApiError.ts';
import { SessionTable } from '../account/SessionTable.tsx';

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
  return (
    <div>
      <PageHeader title={t('sessions.title')} sub={t('sessions.sub')} />
      <Card>
        <SessionTable
          items={list.data?.items}
          loading={list.isFetching}
          onEnd={(id) => end.mutate(id)}
          showUser
        />
      </Card>
    </div>
  );
}
