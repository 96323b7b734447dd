/**
 * 我要反映 — where: the phone's GPS, a tap on the map (when the server offers public boundaries), or an address
 * searched in the library; the typed address is checked against the point's street and community.
 */
import { useMemo, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Form, Space, Typography } from 'antd';
import { AimOutlined } from '@ant-design/icons';
import { api } from '../../api/client.ts';
import { AddressSearch } from '../../components/address/AddressSearch.tsx';
import { NearestAddressHint } from '../../components/address/NearestAddressHint.tsx';
import { CaseMap } from '../../components/cases/CaseMap.tsx';
import { AddressPlaceWarning } from '../../components/cases/IntakeBits.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { getGpsFix, gpsAvailable, gpsFailureKey } from '../../lib/gps.ts';

/**
 * District boundaries for the tap-to-locate map. The public API has no boundary endpoint in docs/api-cases.md yet;
 * when this one is missing the map is left out and GPS plus the address remain.
 */
const PUBLIC_MAP_URL = '/api/public/map';

export type ReportPoint = { lon: number; lat: number; accuracy?: number };

interface PublicPlace {
  street: { name: string } | null;
  community: { name: string } | null;
}

/** The point's street and community, and the street names of the public map: what the typed address is checked against. */
function usePlaceCheck(point: { lon: number; lat: number } | null) {
  const place = useQuery({
    queryKey: ['public-locate', point?.lon, point?.lat],
    queryFn: () => api.get<PublicPlace>('/api/public/locate', { lon: point!.lon, lat: point!.lat }),
    enabled: !!point,
    retry: false,
    staleTime: Infinity,
  });
  const map = useQuery({
    queryKey: ['public-map', PUBLIC_MAP_URL],
    queryFn: () => api.get<unknown>(PUBLIC_MAP_URL),
    retry: false,
    staleTime: Infinity,
  });
  const others = useMemo(() => {
    const features = (map.data as { features?: { properties?: { name?: string } }[] } | undefined)?.features;
    return (features ?? []).flatMap((f) => (f.properties?.name ? [f.properties.name] : []));
  }, [map.data]);
  const at =
    point && place.data
      ? { street: place.data.street?.name, community: place.data.community?.name }
      : undefined;
  return { place: at, others };
}

export function ReportLocationCard({
  point,
  onPoint,
}: {
  point: ReportPoint | null;
  onPoint: (p: ReportPoint | null) => void;
}) {
  const { t } = useI18n();
  const form = Form.useFormInstance();
  const address = Form.useWatch<string | undefined>('address', form);
  const [focus, setFocus] = useState<{ lon: number; lat: number; building: true } | null>(null);
  const [locating, setLocating] = useState(false);
  const [gpsError, setGpsError] = useState<string | null>(null);
  const placeCheck = usePlaceCheck(point);

  const locate = async () => {
    setGpsError(null);
    if (!gpsAvailable()) {
      setGpsError(t('public.gpsUnavailable'));
      return;
    }
    setLocating(true);
    try {
      onPoint(await getGpsFix());
    } catch (e) {
      setGpsError(t(gpsFailureKey(e)));
    } finally {
      setLocating(false);
    }
  };

  return (
    <Card size="small" title={t('public.location')} style={{ marginBottom: 12 }}>
      <Space wrap style={{ marginBottom: 8 }}>
        <Button
          icon={<AimOutlined />}
          loading={locating}
          onClick={() => void locate()}
          data-testid="report-gps"
        >
          {locating ? t('public.locating') : t('public.useGps')}
        </Button>
        {point && (
          <Typography.Text type="secondary" data-testid="report-point">
            {point.lon.toFixed(5)}, {point.lat.toFixed(5)}
            {point.accuracy ? ` ±${point.accuracy}m` : ''}
          </Typography.Text>
        )}
      </Space>
      {gpsError && <Alert type="warning" showIcon title={gpsError} style={{ marginBottom: 8 }} />}
      <MapOrNothing
        point={point}
        focus={focus}
        onPick={(lon, lat) => onPoint({ lon, lat })}
        hint={t('public.tapMap')}
      />
      <Form.Item name="address" label={t('public.address')} style={{ marginBottom: 0, marginTop: 8 }}>
        <AddressSearch
          publicApi
          placeholder={t('public.addressPlaceholder')}
          testId="report-address"
          onPick={(c) => {
            if (c.lon === null || c.lat === null) return;
            onPoint({ lon: c.lon, lat: c.lat });
            setFocus({ lon: c.lon, lat: c.lat, building: true });
          }}
        />
      </Form.Item>
      <div style={{ marginTop: 8 }}>
        <AddressPlaceWarning address={address} place={placeCheck.place} otherPlaces={placeCheck.others} />
        <NearestAddressHint address={address} point={point} publicApi />
      </div>
    </Card>
  );
}

/** The tap-to-locate map, when the server offers public boundaries. */
function MapOrNothing({
  point,
  focus,
  onPick,
  hint,
}: {
  point: { lon: number; lat: number } | null;
  focus: { lon: number; lat: number; building: true } | null;
  onPick: (lon: number, lat: number) => void;
  hint: string;
}) {
  const probe = useQuery({
    queryKey: ['public-map', PUBLIC_MAP_URL],
    queryFn: () => api.get<unknown>(PUBLIC_MAP_URL),
    retry: false,
    staleTime: Infinity,
  });
  if (!probe.data) return null;
  return (
    <div>
      <Typography.Text type="secondary" style={{ fontSize: 13 }}>
        {hint}
      </Typography.Text>
      <div style={{ border: '1px solid #eef1f6', borderRadius: 8, overflow: 'hidden', marginTop: 4 }}>
        <CaseMap
          geoUrl={PUBLIC_MAP_URL}
          focus={focus}
          points={point ? [{ ...point, label: '', kind: 'picked' }] : []}
          onPick={onPick}
          height={260}
          testId="report-map"
        />
      </div>
    </div>
  );
}
