/**
 * The typed address against the address library near the point (issue 10): the nearest door plate and building to
 * the clicked point, and whether the text names their road or compound (the rule: packages/domain
 * checkAddressAgainstNearest). Warns, never blocks.
 */
import { useMemo } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Alert } from 'antd';
import { checkAddressAgainstNearest } from '@onegrid/domain/address-check';
import { api } from '../../api/client.ts';
import type { Schema } from '../../api/contract.ts';
import { useI18n } from '../../i18n/index.tsx';

export function useNearestAddress(point: { lon: number; lat: number } | null, publicApi = false) {
  return useQuery({
    queryKey: ['address-reverse', publicApi, point?.lon, point?.lat],
    queryFn: () =>
      api.get<Schema<'AddressReverse'>>(
        publicApi ? '/api/public/addresses/reverse' : '/api/addresses/reverse',
        {
          lon: point!.lon,
          lat: point!.lat,
        },
      ),
    enabled: !!point,
    staleTime: Infinity,
    retry: false,
  });
}

export function NearestAddressHint({
  address,
  point,
  publicApi,
}: {
  address: string | undefined;
  point: { lon: number; lat: number } | null;
  publicApi?: boolean;
}) {
  const { t } = useI18n();
  const near = useNearestAddress(point, publicApi);
  const names = useMemo(
    () => [near.data?.doorplate?.fullName, near.data?.building?.fullName].filter((n): n is string => !!n),
    [near.data],
  );
  const check = useMemo(() => checkAddressAgainstNearest(address, names), [address, names]);
  if (check.kind !== 'differs') return null;
  return (
    <Alert
      type="info"
      showIcon
      data-testid="address-nearest-warning"
      title={t('addrlib.differs', { nearest: check.nearest })}
      style={{ marginBottom: 8 }}
    />
  );
}
