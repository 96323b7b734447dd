/** The persons list as the user filtered it, exported to Excel (masked as the server's class view allows; audited). */
import { Button, Tooltip } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { PERSON_EXPORT_MAX } from '@onegrid/domain';
import { withQuery } from '../../api/client.ts';
import { download } from '../../components/ImportExport.tsx';
import { useI18n } from '../../i18n/index.tsx';

export const PERSONS_EXPORT_MAX = PERSON_EXPORT_MAX;

type Filters = Partial<Record<string, string | undefined>>;

/** Where the export of the filtered list is (pure: the button and its test use it), and whether it can be taken (something listed, not too much). */
export function personsExport(filters: Filters, total: number | undefined) {
  const query = Object.fromEntries(Object.entries(filters).filter(([, v]) => !!v));
  const href = withQuery('/api/basedata/persons/export.xlsx', query);
  const tooMany = (total ?? 0) > PERSONS_EXPORT_MAX;
  return { href, tooMany, disabled: !total || tooMany, start: () => download(href) };
}

export function PersonsExportButton({ filters, total }: { filters: Filters; total: number | undefined }) {
  const { t } = useI18n();
  const x = personsExport(filters, total);
  return (
    <Tooltip
      title={
        x.tooMany ? t('bd.exportTooMany', { max: PERSONS_EXPORT_MAX.toLocaleString() }) : t('bd.exportTip')
      }
    >
      <Button
        icon={<DownloadOutlined />}
        disabled={x.disabled}
        onClick={x.start}
        data-testid="bd-persons-export"
      >
        {t('bd.export')}
      </Button>
    </Tooltip>
  );
}
