/** Pieces the base-data views share: tags, key units, households to watch. */
import { List, Space, Tag, Typography } from 'antd';
import { HomeOutlined, SafetyOutlined } from '@ant-design/icons';
import type { TagType } from '@onegrid/domain';
import type { KeyUnit, PlaceFacts } from '../../api/baseview.ts';
import { useI18n } from '../../i18n/index.tsx';

type Household = PlaceFacts['households'][number] & { building?: string; distanceM?: number };

export function TagChips({
  care,
  special,
  careMasked,
}: {
  care: TagType[];
  special: TagType[];
  careMasked: boolean;
}) {
  const { t } = useI18n();
  return (
    <Space size={4} wrap>
      {careMasked && <Tag color="gold">{t('bv.place.careMasked')}</Tag>}
      {care.map((g) => (
        <Tag key={g} color="gold">
          {t(`bv.tag.${g}`)}
        </Tag>
      ))}
      {special.map((g) => (
        <Tag key={g} color="volcano">
          {t(`bv.tag.${g}`)}
        </Tag>
      ))}
    </Space>
  );
}

export function KeyUnitList({ items, empty }: { items: KeyUnit[]; empty?: string }) {
  const { t } = useI18n();
  if (items.length === 0) return empty ? <Typography.Text type="secondary">{empty}</Typography.Text> : null;
  return (
    <List
      size="small"
      dataSource={items}
      data-testid="bv-key-units"
      renderItem={(k) => (
        <List.Item
          extra={
            k.distanceM !== null ? (
              <Typography.Text type="secondary">
                {t('bv.nearby.distance', { m: k.distanceM })}
              </Typography.Text>
            ) : null
          }
        >
          <Space orientation="vertical" size={2}>
            <Space size={6} wrap>
              <SafetyOutlined style={{ color: '#d4380d' }} />
              <Typography.Text strong>{k.name}</Typography.Text>
              {k.keyFire && <Tag color="red">{t('bv.key.fire')}</Tag>}
              {k.keyPublicOrder && <Tag color="blue">{t('bv.key.publicOrder')}</Tag>}
              {k.keyWorkSafety && <Tag color="orange">{t('bv.key.workSafety')}</Tag>}
            </Space>
            <Typography.Text type={k.openHazards > 0 ? 'danger' : 'secondary'} style={{ fontSize: 12 }}>
              {k.openHazards > 0
                ? k.seriousHazards > 0
                  ? t('bv.key.hazards', { n: k.openHazards, serious: k.seriousHazards })
                  : t('bv.key.openHazards', { n: k.openHazards })
                : t('bv.key.noHazards')}
              {k.address ? ` · ${k.address}` : ''}
            </Typography.Text>
          </Space>
        </List.Item>
      )}
    />
  );
}

export function HouseholdList({ items, empty }: { items: Household[]; empty?: string }) {
  const { t } = useI18n();
  if (items.length === 0) return empty ? <Typography.Text type="secondary">{empty}</Typography.Text> : null;
  return (
    <List
      size="small"
      dataSource={items}
      data-testid="bv-households"
      renderItem={(h) => (
        <List.Item
          extra={
            h.distanceM !== undefined ? (
              <Typography.Text type="secondary">
                {t('bv.nearby.distance', { m: h.distanceM })}
              </Typography.Text>
            ) : null
          }
        >
          <Space size={6} wrap>
            <HomeOutlined />
            <Typography.Text>
              {h.address ?? (
                <>
                  {h.building ?? ''}
                  <Typography.Text type="secondary">{t('bv.place.addressHidden')}</Typography.Text>
                </>
              )}
            </Typography.Text>
            <TagChips care={h.care} special={h.special} careMasked={h.careMasked} />
          </Space>
        </List.Item>
      )}
    />
  );
}
