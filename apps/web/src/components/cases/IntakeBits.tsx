/** Pieces of the intake forms shared by the operator's intake page and the resident report page. */
import { Link } from 'react-router-dom';
import { useMemo } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Space, Tag, Typography } from 'antd';
import { AimOutlined, LinkOutlined } from '@ant-design/icons';
import { checkAddressAgainstPlace } from '@onegrid/domain/address-match';
import { api } from '../../api/client.ts';
import type { CaseSummary, ClassifySuggestion } from '../../api/cases.ts';
import type { LocateResult, RegionNode } from '../../api/types.ts';
import { useI18n } from '../../i18n/index.tsx';
import { formatDateTime } from '../../lib/time.ts';
import { useDebounced } from '../../lib/useNow.ts';
import { StatusTag, useCategoryName } from './CaseBits.tsx';

/** The same rule as the server: a mainland mobile or a landline. */
export const PHONE_RE = /^(\+?86)?1\d{10}$|^0\d{2,3}-?\d{7,8}$/;

export function useClassify(text: string | undefined, path = '/api/classify') {
  const q = useDebounced((text ?? '').trim(), 400);
  return useQuery({
    queryKey: ['classify', path, q],
    queryFn: async () =>
      (await api.get<{ suggestions: ClassifySuggestion[] }>(path, { text: q })).suggestions,
    enabled: q.length >= 4,
    staleTime: 60_000,
    placeholderData: (prev) => prev,
    retry: false,
  });
}

/** Clickable category suggestions with their confidence. */
export function SuggestionTags({
  items,
  value,
  onPick,
  showConfidence = true,
}: {
  items: ClassifySuggestion[] | undefined;
  value: string | undefined;
  onPick: (code: string) => void;
  showConfidence?: boolean;
}) {
  const { t } = useI18n();
  const name = useCategoryName();
  // Near-zero guesses only add noise; the best one is always offered.
  const shown = (items ?? []).filter((s, i) => i === 0 || s.confidence >= 0.05);
  if (!shown.length) return null;
  return (
    <Space size={[4, 6]} wrap data-testid="classify-suggestions">
      {shown.map((s) => (
        <Tag.CheckableTag
          key={s.code}
          checked={s.code === value}
          onChange={() => onPick(s.code)}
          data-testid="classify-suggestion"
          style={{ border: '1px solid #d6e0f0' }}
        >
          {name(s)}
          {showConfidence && (
            <span style={{ marginInlineStart: 6, opacity: 0.7 }}>
              {t('intake.confidence', { p: Math.round(s.confidence * 100) })}
            </span>
          )}
        </Tag.CheckableTag>
      ))}
    </Space>
  );
}

/**
 * Open cases of the same category nearby. With `onAttach` each offers 并入此件: the call joins that case instead of
 * opening a duplicate. Rendered in the page and in the submit prompt (a hook-based modal, inside the router).
 */
export function NearbyAlert({
  items,
  onAttach,
  attaching,
  inPrompt = false,
}: {
  items: CaseSummary[];
  /** inside the submit prompt, whose title already says it */
  inPrompt?: boolean;
  onAttach?: (c: CaseSummary) => void;
  /** the case an attach is being sent to */
  attaching?: string | null;
}) {
  const { t } = useI18n();
  const name = useCategoryName();
  if (!items.length) return null;
  return (
    <Alert
      type="warning"
      showIcon
      data-testid="intake-nearby"
      title={inPrompt ? undefined : t(onAttach ? 'intake.duplicateTitle' : 'intake.nearby')}
      description={
        <Space orientation="vertical" size={6} style={{ width: '100%' }}>
          <span>{t(onAttach ? 'intake.duplicateHint' : 'intake.nearbyHint', { n: items.length })}</span>
          {items.slice(0, 5).map((c) => (
            <Space key={c.id} wrap size={6}>
              <StatusTag status={c.status} />
              <span style={{ fontVariantNumeric: 'tabular-nums' }}>{c.id}</span>
              <span>{name(c.category)}</span>
              <Typography.Text type="secondary" ellipsis style={{ maxWidth: 240 }}>
                {c.title || c.address}
              </Typography.Text>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {formatDateTime(c.createdAt)}
              </Typography.Text>
              <Link to={`/cases/${c.id}`} target="_blank" data-testid="merge-instead">
                {t(onAttach ? 'intake.viewCase' : 'intake.mergeInstead')}
              </Link>
              {onAttach && (
                <Button
                  size="small"
                  type="primary"
                  ghost
                  icon={<LinkOutlined />}
                  loading={attaching === c.id}
                  disabled={!!attaching && attaching !== c.id}
                  onClick={() => onAttach(c)}
                  data-testid="attach-to"
                  data-case-id={c.id}
                >
                  {t('intake.attach')}
                </Button>
              )}
            </Space>
          ))}
        </Space>
      }
    />
  );
}

export function LocatedText({ r }: { r: LocateResult | undefined }) {
  const { t } = useI18n();
  if (!r) return null;
  const path = [r.district, r.street, r.community, r.grid].filter(Boolean).map((x) => x!.name);
  if (path.length === 0) return <Typography.Text type="warning">{t('intake.outside')}</Typography.Text>;
  return (
    <Typography.Text data-testid="located">
      <AimOutlined style={{ color: '#d4380d', marginInlineEnd: 4 }} />
      {t('intake.located', { path: path.join(' / ') })}
    </Typography.Text>
  );
}

/**
 * Warns — never blocks — when the typed address and the point disagree: the address names another known place, or
 * not the point's street or community (the rule: packages/domain checkAddressAgainstPlace).
 */
export function AddressPlaceWarning({
  address,
  place,
  otherPlaces,
}: {
  address: string | undefined;
  place: { street?: string | null; community?: string | null } | undefined;
  otherPlaces?: readonly string[];
}) {
  const { t } = useI18n();
  const check = useMemo(
    () => (place ? checkAddressAgainstPlace(address, place, otherPlaces) : undefined),
    [address, place, otherPlaces],
  );
  if (!check || check.kind === 'none' || check.kind === 'match') return null;
  const expected = check.expected.join(t('case.listSep'));
  return (
    <Alert
      type={check.kind === 'contradicts' ? 'warning' : 'info'}
      showIcon
      data-testid="address-warning"
      data-kind={check.kind}
      title={
        check.kind === 'contradicts'
          ? t('address.contradicts', { named: check.named, expected })
          : t('address.missing', { expected })
      }
      description={<span style={{ fontSize: 12 }}>{t('address.hint')}</span>}
      style={{ marginBottom: 8 }}
    />
  );
}

/** Names of streets and communities (and towns) in a region tree: what an address may name instead of the point's own. */
export function placeNamesOf(node: RegionNode | undefined): string[] {
  if (!node) return [];
  const out: string[] = [];
  const walk = (n: RegionNode) => {
    if (n.level === 'street' || n.level === 'community') out.push(n.name);
    n.children.forEach(walk);
  };
  walk(node);
  return out;
}
