/**
 * The address search box of every location picker (issue 10): typing shows the address library's ranked
 * candidates; picking one gives its point (the map moves to the building) and puts its full name in the field.
 * Used as a form field (value/onChange), free text stays allowed: an address not in the library is typed as before.
 */
import { useEffect, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { AutoComplete, Input, Tag, Typography } from 'antd';
import { api } from '../../api/client.ts';
import type { Schema } from '../../api/contract.ts';
import { useI18n } from '../../i18n/index.tsx';
import type { MessageKey } from '../../i18n/index.tsx';

export type AddressCandidate = Schema<'AddressCandidate'>;

/** The text after the user stopped typing for a moment. */
function useSettled(text: string, ms = 200): string {
  const [settled, setSettled] = useState(text);
  useEffect(() => {
    const t = setTimeout(() => setSettled(text), ms);
    return () => clearTimeout(t);
  }, [text, ms]);
  return settled;
}

export function useAddressSearch(text: string, opts: { publicApi?: boolean; within?: string | null } = {}) {
  const q = useSettled(text.trim());
  return useQuery({
    queryKey: ['address-search', opts.publicApi ? 'public' : 'staff', opts.within ?? '', q],
    queryFn: async () =>
      (
        await api.get<{ items: AddressCandidate[] }>(
          opts.publicApi ? '/api/public/addresses/search' : '/api/addresses/search',
          { q, limit: 8, ...(opts.within ? { within: opts.within } : {}) },
        )
      ).items,
    enabled: q.length >= 2,
    staleTime: 60_000,
    retry: false,
  });
}

export function AddressSearch({
  value,
  onChange,
  onPick,
  publicApi,
  within,
  maxLength = 200,
  placeholder,
  testId,
}: {
  value?: string;
  onChange?: (text: string) => void;
  /** a candidate chosen: its point and where it lies */
  onPick: (c: AddressCandidate) => void;
  /** the resident's form: the public, rate-limited search */
  publicApi?: boolean;
  /** only candidates within this region code */
  within?: string | null;
  maxLength?: number;
  placeholder?: string;
  testId?: string;
}) {
  const { t } = useI18n();
  const text = value ?? '';
  const [typing, setTyping] = useState(false);
  const found = useAddressSearch(typing ? text : '', { publicApi: !!publicApi, within: within ?? null });
  const items = found.data ?? [];
  const options = items.map((c) => ({
    value: c.id,
    label: (
      <div data-testid="address-option" style={{ display: 'flex', gap: 8, alignItems: 'center' }}>
        <Tag style={{ marginInlineEnd: 0 }}>{t(`addrlib.kind.${c.kind}` as MessageKey)}</Tag>
        <span style={{ overflow: 'hidden', textOverflow: 'ellipsis' }}>{c.fullName}</span>
      </div>
    ),
  }));
  const empty =
    typing && text.trim().length >= 2 && found.isSuccess && items.length === 0 ? (
      <Typography.Text type="secondary" style={{ fontSize: 12, padding: '4px 8px', display: 'block' }}>
        {t('addrlib.none')}
      </Typography.Text>
    ) : undefined;
  return (
    <AutoComplete
      value={text}
      options={options}
      notFoundContent={empty}
      popupMatchSelectWidth
      defaultActiveFirstOption={false}
      onSearch={(s) => {
        setTyping(true);
        onChange?.(s);
      }}
      onSelect={(id: string) => {
        const c = items.find((x) => x.id === id);
        setTyping(false);
        if (!c) return;
        onChange?.(c.fullName);
        onPick(c);
      }}
      style={{ width: '100%' }}
    >
      <Input
        maxLength={maxLength}
        placeholder={placeholder ?? t('addrlib.placeholder')}
        data-testid={testId}
        allowClear
      />
    </AutoComplete>
  );
}
