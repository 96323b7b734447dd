/**
 * 受理 — where: the address (searched in the library), the clicked point with its street and community, the check
 * of one against the other, and the map with the open cases of the same category nearby.
 */
import { useMemo, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Button, Card, Form, Space, Typography } from 'antd';
import { api } from '../../api/client.ts';
import type { CaseSummary } from '../../api/cases.ts';
import { useRegionTree } from '../../api/queries.ts';
import type { LocateResult } from '../../api/types.ts';
import { useAuth } from '../../auth/AuthProvider.tsx';
import { AddressSearch } from '../../components/address/AddressSearch.tsx';
import { NearestAddressHint } from '../../components/address/NearestAddressHint.tsx';
import { CaseMap } from '../../components/cases/CaseMap.tsx';
import { AddressPlaceWarning, LocatedText, placeNamesOf } from '../../components/cases/IntakeBits.tsx';
import { useI18n } from '../../i18n/index.tsx';

type Point = { lon: number; lat: number };

export function IntakeLocationCard({
  point,
  onPoint,
  nearbyOpen,
}: {
  point: Point | null;
  onPoint: (p: Point | null) => void;
  nearbyOpen: CaseSummary[];
}) {
  const { t } = useI18n();
  const { me } = useAuth();
  const form = Form.useFormInstance();
  const address = Form.useWatch<string | undefined>('address', form);
  // an address picked from the library: the map moves to its building
  const [focus, setFocus] = useState<{ lon: number; lat: number; building: true } | null>(null);
  const regions = useRegionTree();
  const placeNames = useMemo(() => placeNamesOf(regions.data), [regions.data]);
  const located = useQuery({
    queryKey: ['geo-locate', point],
    queryFn: () => api.get<LocateResult>('/api/geo/locate', point!),
    enabled: !!point,
    staleTime: Infinity,
  });

  return (
    <Card size="small" title={t('intake.location')}>
      <Form.Item name="address" label={t('case.address')}>
        <AddressSearch
          placeholder={t('intake.addressPlaceholder')}
          testId="intake-address"
          onPick={(c) => {
            if (c.lon === null || c.lat === null) return;
            onPoint({ lon: c.lon, lat: c.lat });
            setFocus({ lon: c.lon, lat: c.lat, building: true });
          }}
        />
      </Form.Item>
      {point && (
        <AddressPlaceWarning
          address={address}
          place={
            located.data
              ? { street: located.data.street?.name, community: located.data.community?.name }
              : undefined
          }
          otherPlaces={placeNames}
        />
      )}
      <NearestAddressHint address={address} point={point} />
      <div style={{ marginBottom: 8, minHeight: 22 }}>
        {point ? (
          <Space wrap size={8}>
            <LocatedText r={located.data} />
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {point.lon.toFixed(5)}, {point.lat.toFixed(5)}
            </Typography.Text>
            <Button size="small" type="link" onClick={() => onPoint(null)}>
              {t('intake.clearPoint')}
            </Button>
          </Space>
        ) : (
          <Typography.Text type="secondary">{t('intake.mapHint')}</Typography.Text>
        )}
      </div>
      <div style={{ border: '1px solid #f0f0f0', borderRadius: 6, overflow: 'hidden' }}>
        <CaseMap
          regionCode={me?.scope.code}
          focus={focus}
          points={[
            ...nearbyOpen
              .filter((c) => c.lon !== null && c.lat !== null)
              .map((c) => ({
                lon: c.lon!,
                lat: c.lat!,
                label: c.id,
                kind: 'nearby' as const,
                id: c.id,
              })),
            ...(point ? [{ ...point, label: t('intake.pickedPoint'), kind: 'picked' as const }] : []),
          ]}
          onPick={(lon, lat) => onPoint({ lon, lat })}
          onPointClick={(id) => window.open(`/cases/${id}`, '_blank', 'noopener')}
          height={360}
          testId="intake-map"
        />
      </div>
    </Card>
  );
}
