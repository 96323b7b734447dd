/**
 * What the base knows at a case's place (the building at its address or point): key units with open hazards,
 * rentals with a hazard, households to watch — each within the viewer's privacy class (the server decides).
 */
import { Card, Divider, List, Space, Tag, Typography } from 'antd';
import { usePlaceFacts } from '../../api/baseview.ts';
import { useAuth } from '../../auth/AuthProvider.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { HouseholdList, KeyUnitList } from './BaseBits.tsx';

export function PlaceFacts({ caseId }: { caseId: string }) {
  const { t } = useI18n();
  const { me } = useAuth();
  const staff = !!me && me.roles.some((r) => r !== 'resident');
  const q = usePlaceFacts(caseId, staff);
  if (!staff || !q.data) return null;
  const f = q.data;
  const rentals = f.rentals;
  const nothing =
    f.keyUnits.length === 0 && (rentals?.withHazard.length ?? 0) === 0 && f.households.length === 0;
  return (
    <Card size="small" title={t('bv.place.title')} data-testid="bv-place-facts">
      <Space orientation="vertical" size={4} style={{ width: '100%' }}>
        {f.place ? (
          <Typography.Text>
            {t('bv.place.building', { name: f.place.name })}{' '}
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {f.place.matchedBy === 'point'
                ? t('bv.place.byPoint', { m: f.place.distanceM })
                : t('bv.place.byAddress')}
            </Typography.Text>
          </Typography.Text>
        ) : (
          <Typography.Text type="secondary">{t('bv.place.noBuilding')}</Typography.Text>
        )}
        {nothing && f.place && <Typography.Text type="secondary">{t('bv.place.nothing')}</Typography.Text>}
        {f.keyUnits.length > 0 && (
          <>
            <Divider titlePlacement="start" plain style={{ margin: '8px 0' }}>
              {t('bv.place.keyUnits')}
            </Divider>
            <KeyUnitList items={f.keyUnits} />
          </>
        )}
        {rentals && rentals.total > 0 && (
          <>
            <Divider titlePlacement="start" plain style={{ margin: '8px 0' }}>
              {t('bv.place.rentals', { n: rentals.total })}
            </Divider>
            <List
              size="small"
              dataSource={rentals.withHazard}
              renderItem={(r) => (
                <List.Item>
                  <Space size={6} wrap>
                    <Tag color={r.hazard === 'serious' ? 'red' : 'orange'}>{t(`bv.hazard.${r.hazard}`)}</Tag>
                    {r.address && <Typography.Text>{r.address}</Typography.Text>}
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {t('bv.place.rentalHazard', {
                        hazard: t(`bv.hazard.${r.hazard}`),
                        use: t(`bv.rentalUse.${r.use}`),
                        limit: r.occupantLimit ?? '—',
                        actual: r.occupantActual ?? '—',
                      })}
                    </Typography.Text>
                  </Space>
                </List.Item>
              )}
            />
          </>
        )}
        {f.households.length > 0 && (
          <>
            <Divider titlePlacement="start" plain style={{ margin: '8px 0' }}>
              {t('bv.place.households')}
            </Divider>
            <HouseholdList items={f.households.map((h) => ({ ...h, building: f.place?.name ?? '' }))} />
          </>
        )}
        <Typography.Text type="secondary" style={{ fontSize: 11 }}>
          {t('bv.place.privacy')}
        </Typography.Text>
      </Space>
    </Card>
  );
}
