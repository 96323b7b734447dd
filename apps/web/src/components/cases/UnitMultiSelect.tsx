import { useMemo, useState } from 'react';
import { Select } from 'antd';
import { useUnitOptions } from '../../api/queries.ts';

/** Server-searched picker of several units; `known` names values that are not in the current result page. */
export function UnitMultiSelect({
  id,
  value,
  onChange,
  known,
  excludeIds,
  placeholder,
}: {
  id?: string;
  value?: string[];
  onChange?: (v: string[]) => void;
  known?: { id: string; name: string }[];
  excludeIds?: string[];
  placeholder?: string;
}) {
  const [q, setQ] = useState('');
  const { data, isFetching } = useUnitOptions(q);
  const options = useMemo(() => {
    const seen = new Set<string>(excludeIds ?? []);
    const out: { value: string; label: string }[] = [];
    for (const u of [...(known ?? []), ...(data?.items ?? [])]) {
      if (seen.has(u.id)) continue;
      seen.add(u.id);
      out.push({ value: u.id, label: u.name });
    }
    return out;
  }, [data, known, excludeIds]);
  return (
    <Select
      id={id}
      mode="multiple"
      value={value}
      onChange={(v: string[]) => onChange?.(v)}
      placeholder={placeholder}
      loading={isFetching}
      options={options}
      style={{ width: '100%' }}
      showSearch={{ filterOption: false, onSearch: setQ }}
      onOpenChange={(open) => {
        if (!open) setQ('');
      }}
    />
  );
}
