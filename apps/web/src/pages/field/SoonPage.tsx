/** A field tab whose page is not built yet (e.g. 任务 before the tasks page lands). */
import { Empty } from 'antd';
import { useI18n } from '../../i18n/index.tsx';

export default function SoonPage() {
  const { t } = useI18n();
  return <Empty style={{ marginTop: 60 }} description={t('field.soon')} />;
}
