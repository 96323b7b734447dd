/** 区划与网格 — what a located point fell in (district, street, community, grid, each a link), or why not. */
import { Alert, Button, Space, Typography } from 'antd';
import type { LocateResult } from '../../api/types.ts';
import { useI18n } from '../../i18n/index.tsx';

export function LocateFeedback({
  error,
  located,
  onClear,
  onRegion,
  onGrid,
}: {
  error: string | null;
  located: LocateResult | null;
  onClear: () => void;
  onRegion: (code: string) => void;
  onGrid: (code: string) => void;
}) {
  const { t } = useI18n();
  if (!error && !located) return null;
  const locatedNothing =
    located && !located.district && !located.street && !located.community && !located.grid;
  return (
    <div style={{ padding: '8px 12px', borderBottom: '1px solid #f0f0f0' }}>
      {error ? (
        <Alert type="warning" showIcon title={error} />
      ) : locatedNothing ? (
        <Alert type="info" showIcon title={t('map.locateOutside')} closable={{ onClose: () => onClear() }} />
      ) : (
        located && (
          <Space wrap size={[16, 4]} data-testid="locate-result">
            <Typography.Text strong>{t('map.locateResult')}</Typography.Text>
            {(['district', 'street', 'community', 'grid'] as const).map((k) => {
              const v = located[k];
              return (
                <span key={k}>
                  <Typography.Text type="secondary" style={{ marginInlineEnd: 6 }}>
                    {t(`map.${k}`)}
                  </Typography.Text>
                  {v ? (
                    k === 'grid' ? (
                      <a onClick={() => onGrid(v.code)}>{v.name}</a>
                    ) : (
                      <a onClick={() => onRegion(v.code)}>{v.name}</a>
                    )
                  ) : (
                    '—'
                  )}
                </span>
              );
            })}
            <Button size="small" type="link" onClick={() => onClear()}>
              {t('common.close')}
            </Button>
          </Space>
        )
      )}
    </div>
  );
}
