import { Segmented } from 'antd';
import { useLocation, useNavigate } from 'react-router-dom';
import { useI18n } from '../../i18n/index.tsx';

/** The three disclosure pages of the console. */
export function DisclosureNav() {
  const { t } = useI18n();
  const nav = useNavigate();
  const { pathname } = useLocation();
  return (
    <Segmented
      style={{ marginBottom: 16 }}
      value={pathname}
      onChange={(v) => nav(String(v))}
      options={[
        { value: '/disclosure', label: t('disclosure.nav.catalogue') },
        { value: '/disclosure/powers', label: t('disclosure.nav.powers') },
        { value: '/disclosure/overview', label: t('disclosure.nav.overview') },
      ]}
    />
  );
}
