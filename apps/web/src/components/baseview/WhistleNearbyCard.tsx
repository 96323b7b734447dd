/** A whistle's surroundings for the summoned: key units and households to watch within the radius. */
import { Card, Divider, Typography } from 'antd';
import { useWhistleNearby } from '../../api/baseview.ts';
import { useI18n } from '../../i18n/index.tsx';
import { HouseholdList, KeyUnitList } from './BaseBits.tsx';

export function WhistleNearbyCard({ whistleId }: { whistleId: string }) {
  const { t } = useI18n();
  const q = useWhistleNearby(whistleId);
  if (!q.data) return null;
  const n = q.data;
  return (
    <Card size="small" title={t('bv.nearby.title', { r: n.radiusM })} data-testid="bv-whistle-nearby">
      {!n.center ? (
        <Typography.Text type="secondary">{t('bv.nearby.noPlace')}</Typography.Text>
      ) : (
        <>
          <Divider titlePlacement="start" plain style={{ margin: '0 0 8px' }}>
            {t('bv.place.keyUnits')}
          </Divider>
          <KeyUnitList items={n.keyUnits} empty={t('bv.nearby.noKeyUnits')} />
          <Divider titlePlacement="start" plain style={{ margin: '8px 0' }}>
            {t('bv.place.households')}
          </Divider>
          <HouseholdList items={n.households} empty={t('bv.nearby.noHouseholds')} />
          <Typography.Text type="secondary" style={{ fontSize: 11 }}>
            {t('bv.place.privacy')}
          </Typography.Text>
        </>
      )}
    </Card>
  );
}
