/** Small shared pieces of the 一表通 pages: an instance's status tag. */
import { Space, Tag } from 'antd';
import { useI18n } from '../../i18n/index.tsx';

const STATUS_COLOR = {
  draft: 'default',
  submitted: 'processing',
  returned: 'warning',
  accepted: 'success',
} as const;

export function InstanceStatusTag({
  status,
  overdue,
}: {
  status: keyof typeof STATUS_COLOR;
  overdue?: boolean;
}) {
  const { t } = useI18n();
  return (
    <Space size={4}>
      <Tag color={STATUS_COLOR[status]}>{t(`rpt.istatus.${status}`)}</Tag>
      {overdue ? <Tag color="error">{t('rpt.overdue')}</Tag> : null}
    </Space>
  );
}
