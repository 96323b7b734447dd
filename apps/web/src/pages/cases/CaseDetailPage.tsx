import { Link, useNavigate, useParams } from 'react-router-dom';
import { Alert, Button, Result, Spin } from 'antd';
import { ArrowLeftOutlined, ReloadOutlined, SoundOutlined } from '@ant-design/icons';
import { isFinished } from '@onegrid/domain';
import { useAuth } from '../../auth/AuthProvider.tsx';
import { isApiError } from '../../api/client.ts';
import { useCase } from '../../api/cases.ts';
import { ActionModal, useActionForm } from '../../components/cases/actions.tsx';
import { CaseDetailView } from '../../components/cases/CaseDetailView.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { ReplyScoreCard } from '../replyquality/ReplyScoreCard.tsx';
// lane city (issue 14)
import { CaseDeskCard } from '../../components/cases/CaseDeskCard.tsx';

export default function CaseDetailPage() {
  const { id } = useParams<{ id: string }>();
  const { t } = useI18n();
  const navigate = useNavigate();
  const q = useCase(id);
  const form = useActionForm();
  const { hasRole, me } = useAuth();

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
      <CaseDetailView
        detail={detail}
        onAction={(a) => form.openAction(a)}
        extraActions={
          // A street lead summons departments to this case (吹哨); the form is pre-filled from it.
          <>
            {hasRole('street_lead') && !isFinished(detail.status) && (
              <Link to={`/whistles/new?caseId=${detail.id}`}>
                <Button danger icon={<SoundOutlined />} data-testid="case-blow-whistle">
                  {t('whistle.blowFromCase')}
                </Button>
              </Link>
            )}
            {/* a dispute in the case goes to people's mediation (the committee or the grid worker opens the file) */}
            {(me?.unit.kind === 'street_office' || me?.unit.kind === 'community') &&
              (hasRole('street_lead') || hasRole('handler') || hasRole('grid_worker')) && (
                <Link to={`/mediation/new?caseId=${detail.id}`}>
                  <Button data-testid="case-to-mediation">{t('med.fromCase')}</Button>
                </Link>
              )}
          </>
        }
      />
      <ReplyScoreCard caseId={detail.id} />
      {/* lane city (issue 14): 转派 / 退回上级 between the city, district and street desks */}
      <CaseDeskCard caseId={detail.id} />
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
