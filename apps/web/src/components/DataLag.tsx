import { Tag, Tooltip } from 'antd';
import { useI18n } from '../i18n/index.tsx';

/**
 * How old the figures beside it are: "数据延迟 N 秒" when a dashboard or ranking was read from the read replica,
 * "实时数据" when from the primary (the `dataLag` of the response; see the server's db/read-replica.ts).
 */
export function DataLag({ lag, dark }: { lag: number | 'primary' | undefined; dark?: boolean }) {
  const { t } = useI18n();
  if (lag === undefined) return null;
  const n = lag === 'primary' ? 0 : Math.round(lag);
  const text = lag === 'primary' ? t('lag.primary') : t('lag.behind', { n });
  const hint = lag === 'primary' ? t('lag.hintPrimary') : t('lag.hintReplica', { n });
  return (
    <Tooltip title={hint}>
      {dark ? (
        <span data-testid="data-lag" data-lag={String(lag)}>
          {text}
        </span>
      ) : (
        <Tag data-testid="data-lag" data-lag={String(lag)} color={lag === 'primary' ? 'green' : 'blue'}>
          {text}
        </Tag>
      )}
    </Tooltip>
  );
}
