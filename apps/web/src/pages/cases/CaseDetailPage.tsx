import { useNavigate, useParams } from 'react-router-dom';
import { Alert, Button, Result, Spin } from 'antd';
import { ArrowLeftOutlined, ReloadOutlined } from '@ant-design/icons';
import { isApiError } from '../../api/client.ts';
import { useCase } from '../../api/cases.ts';
import { ActionModal, useActionForm } from '../../components/cases/actions.tsx';
import { CaseDetailView } from '../../components/cases/CaseDetailView.tsx';
import { useI18n } from '../../i18n/index.tsx';

export default function CaseDetailPage() {
  const { id } = useParams<{ id: string }>();
  const { t } = useI18n();
  const navigate = useNavigate();
  const q = useCase(id);
  const form = useActionForm();

  if (q.isLoading) return <Spin size="large" style={{ display: 'block', padding: 80 }} />;
  if (q.error) {
    if (isApiError(q.error) && (q.error.status === 404 || q.error.status === 400)) {
      return (
        <Result
          status="404"
          title={t('case.notFound')}
          extra={<Button onClick={() => void navigate(-1)}>{t('case.back')}</Button>}
        />
      );
    }
    return (
      <Alert
        type="error"
        showIcon
        title={t('common.loadFailed', { message: q.error.message })}
        action={<Button onClick={() => void q.refetch()}>{t('common.retry')}</Button>}
      />
    );
  }
  const detail = q.data;
  if (!detail) return null;
  return (
    <div data-testid="case-detail">
      <div style={{ display: 'flex', alignItems: 'center', gap: 8, marginBottom: 12 }}>
        <Button type="text" icon={<ArrowLeftOutlined />} onClick={() => void navigate(-1)}>
          {t('case.back')}
        </Button>
        <div style={{ flex: 1 }} />
        {q.isFetching && <Spin size="small" />}
        <Button
          size="small"
          icon={<ReloadOutlined />}
          onClick={() => void q.refetch()}
          aria-label="refresh"
        />
      </div>
      <CaseDetailView detail={detail} onAction={(a) => form.openAction(a)} />
      {form.open && (
        <ActionModal
          key={form.open.n}
          detail={detail}
          action={form.open.action}
          initial={form.open.initial}
          onClose={form.close}
        />
      )}
    </div>
  );
}
