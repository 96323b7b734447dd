/** 可能是同一诉求: candidates by meaning at intake, with why each is one; attach in one step or reject. */
import { Link } from 'react-router-dom';
import { Alert, Button, Space, Tag, Typography } from 'antd';
import { CloseOutlined, LinkOutlined } from '@ant-design/icons';
import type { DuplicateCandidate } from '../../api/duplicates.ts';
import { useI18n } from '../../i18n/index.tsx';
import { formatDateTime } from '../../lib/time.ts';
import { StatusTag, useCategoryName } from './CaseBits.tsx';

const REASON_COLOR = { same_caller: 'purple', same_text: 'red', near_similar: 'orange' } as const;

export function DuplicateCandidates({
  items,
  onAttach,
  onReject,
  attaching,
  inPrompt = false,
}: {
  items: DuplicateCandidate[];
  onAttach: (caseId: string) => void;
  onReject?: (c: DuplicateCandidate) => void;
  /** the case an attach is being sent to */
  attaching?: string | null;
  /** inside the submit prompt, whose title already says it */
  inPrompt?: boolean;
}) {
  const { t } = useI18n();
  const name = useCategoryName();
  if (!items.length) return null;
  return (
    <Alert
      type="warning"
      showIcon
      data-testid="intake-nearby"
      title={inPrompt ? undefined : t('dup.title')}
      description={
        <Space orientation="vertical" size={10} style={{ width: '100%' }}>
          <span>{t('dup.hint', { n: items.length })}</span>
          {items.slice(0, 5).map((d) => (
            <div key={d.case.id} data-testid="dup-candidate" data-case-id={d.case.id}>
              <Space wrap size={6}>
                <StatusTag status={d.case.status} />
                <span style={{ fontVariantNumeric: 'tabular-nums' }}>{d.case.id}</span>
                <span>{name(d.case.category)}</span>
                <Typography.Text ellipsis style={{ maxWidth: 260 }}>
                  {d.case.title || d.case.address}
                </Typography.Text>
              </Space>
              <Space wrap size={4} style={{ marginTop: 4 }}>
                {d.reasons.map((r) => (
                  <Tag key={r} color={REASON_COLOR[r]} data-testid="dup-reason">
                    {t(`dup.reason.${r}`)}
                  </Tag>
                ))}
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {d.distanceM === null ? t('dup.noPlace') : t('dup.distance', { m: d.distanceM })}
                  {' · '}
                  {d.days === 0 ? t('dup.today') : t('dup.days', { n: d.days })}
                  {' · '}
                  {t('dup.similarity', { p: Math.round(d.similarity * 100) })}
                  {' · '}
                  {formatDateTime(d.case.createdAt)}
                </Typography.Text>
              </Space>
              <Space size={6} style={{ marginTop: 4, display: 'flex' }}>
                <Button
                  size="small"
                  type="primary"
                  ghost
                  icon={<LinkOutlined />}
                  loading={attaching === d.case.id}
                  disabled={!!attaching && attaching !== d.case.id}
                  onClick={() => onAttach(d.case.id)}
                  data-testid="attach-to"
                  data-case-id={d.case.id}
                >
                  {t('intake.attach')}
                </Button>
                {onReject && (
                  <Button
                    size="small"
                    icon={<CloseOutlined />}
                    onClick={() => onReject(d)}
                    data-testid="dup-reject"
                    data-case-id={d.case.id}
                  >
                    {t('dup.reject')}
                  </Button>
                )}
                <Link to={`/cases/${d.case.id}`} target="_blank" data-testid="merge-instead">
                  {t('intake.viewCase')}
                </Link>
              </Space>
            </div>
          ))}
        </Space>
      }
    />
  );
}
