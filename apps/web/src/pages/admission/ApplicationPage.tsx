/** One application: its terms, where it stands, and the step the caller may take (submit, review, enter). */
import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { Button, Card, Descriptions, Input, Modal, Space, Spin } from 'antd';
import { admissionApi, useAdmissionWrite, useApplication } from '../../api/admission.ts';
import { useI18n, type MessageKey } from '../../i18n/index.tsx';
import { useShowError } from '../../lib/useApiError.ts';
import { AdmissionNav, money } from './AdmissionNav.tsx';
import { StatusTag } from './ApplicationsPage.tsx';
import { Events } from './ItemPage.tsx';

export default function ApplicationPage() {
  const { id } = useParams();
  const { t } = useI18n();
  const showError = useShowError();
  const q = useApplication(id);
  const step = useAdmissionWrite(admissionApi.step);
  const review = useAdmissionWrite(admissionApi.review);
  const [returning, setReturning] = useState(false);
  const [note, setNote] = useState('');
  const a = q.data;
  if (!a) return <Spin />;
  const can = (x: string) => a.actions.includes(x as (typeof a.actions)[number]);
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <AdmissionNav />
      <Card
        title={
          <Space>
            {a.title}
            <StatusTag status={a.status} />
          </Space>
        }
        extra={
          <Space>
            {can('submit') && (
              <Button
                type="primary"
                onClick={() => step.mutate({ id: a.id, step: 'submit' }, { onError: showError })}
              >
                {t('adm.submit')}
              </Button>
            )}
            {can('review') && (
              <Button
                type="primary"
                data-testid="adm-pass"
                onClick={() =>
                  review.mutate({ id: a.id, decision: 'pass', note: '' }, { onError: showError })
                }
              >
                {t('adm.pass')}
              </Button>
            )}
            {can('return') && <Button onClick={() => setReturning(true)}>{t('adm.return')}</Button>}
            {can('enter') && (
              <Button
                type="primary"
                data-testid="adm-enter"
                onClick={() => step.mutate({ id: a.id, step: 'enter' }, { onError: showError })}
              >
                {t('adm.enter')}
              </Button>
            )}
            {a.itemId && (
              <Link to={`/admission/items/${a.itemId}`} data-testid="adm-to-item">
                {t('adm.toItem')}
              </Link>
            )}
          </Space>
        }
      >
        <Descriptions column={2} size="small" bordered>
          <Descriptions.Item label={t('adm.applicant')}>{a.unitName}</Descriptions.Item>
          <Descriptions.Item label={t('adm.kind')}>{t(`adm.kind.${a.kind}` as MessageKey)}</Descriptions.Item>
          <Descriptions.Item label={t('adm.legalBasis')} span={2}>
            {a.legalBasis}
          </Descriptions.Item>
          <Descriptions.Item label={t('adm.content')} span={2}>
            {a.content}
          </Descriptions.Item>
          <Descriptions.Item label={t('adm.communityRole')}>
            {t(`adm.role.${a.communityRole}` as MessageKey)}
          </Descriptions.Item>
          <Descriptions.Item label={t('adm.powers')}>{a.powers || '—'}</Descriptions.Item>
          <Descriptions.Item label={t('adm.hours')}>{a.hoursPerMonth}</Descriptions.Item>
          <Descriptions.Item label={t('adm.funding')}>{money(a.fundingPerYear)}</Descriptions.Item>
          <Descriptions.Item label={t('adm.staff')}>{a.staff || '—'}</Descriptions.Item>
          <Descriptions.Item label={t('adm.training')}>{a.training || '—'}</Descriptions.Item>
          <Descriptions.Item label={t('adm.validity')}>
            {a.validFrom} ~ {a.validUntil ?? t('adm.openEnded')}
          </Descriptions.Item>
          <Descriptions.Item label={t('adm.round')}>
            {a.roundId ? <Link to={`/admission/rounds/${a.roundId}`}>{a.roundTitle}</Link> : '—'}
          </Descriptions.Item>
          {a.reviewNote && (
            <Descriptions.Item label={t('adm.reviewNote')} span={2}>
              {a.reviewNote}
            </Descriptions.Item>
          )}
          {a.decisionNote && (
            <Descriptions.Item label={t('adm.decisionNote')} span={2}>
              {a.decisionNote}
            </Descriptions.Item>
          )}
        </Descriptions>
        <div style={{ marginTop: 16 }}>
          <Events events={a.events} />
        </div>
      </Card>
      <Modal
        open={returning}
        title={t('adm.return')}
        onCancel={() => setReturning(false)}
        okButtonProps={{ disabled: note.trim().length < 2 }}
        onOk={() =>
          review.mutate(
            { id: a.id, decision: 'return', note },
            { onSuccess: () => setReturning(false), onError: showError },
          )
        }
      >
        <Input.TextArea
          rows={3}
          value={note}
          onChange={(e) => setNote(e.target.value)}
          placeholder={t('adm.reviewNote')}
        />
      </Modal>
    </Space>
  );
}
