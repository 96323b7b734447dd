/** Small shared pieces of the base-data pages: code labels, tags, source states. */
import { Tag, Tooltip } from 'antd';
import { LockOutlined } from '@ant-design/icons';
import type { Schema } from '../../api/contract.ts';
import { hasMessage, useI18n } from '../../i18n/index.tsx';

export type PersonRow = Schema<'PersonRow'>;
export type PersonDetail = Schema<'PersonDetail'>;
export type PersonTagView = Schema<'PersonTagView'>;
export type HouseView = Schema<'HouseView'>;
export type OrganisationView = Schema<'OrganisationView'>;

export const SPECIAL_TAGS = [
  'community_correction',
  'released_prisoner',
  'severe_mental',
  'drug_user',
  'key_youth',
  'key_petitioner',
] as const;
export const CARE_TAGS = [
  'elderly_alone',
  'elderly_empty_nest',
  'elderly_advanced',
  'disabled',
  'dibao',
  'tekun',
  'left_behind_child',
  'entitled_group',
] as const;

/** The text of a code (`bd.<table>.<value>`), the code itself when it has none. */
export function useCode() {
  const { t } = useI18n();
  return (table: string, value: string | null | undefined) => {
    if (value === null || value === undefined) return '—';
    const key = `bd.${table}.${value}`;
    return hasMessage(key) ? t(key) : value;
  };
}

const STATE_COLOR = { entered: 'default', claimed: 'blue', verified: 'green' } as const;
export function SourceStateTag({ state }: { state: 'entered' | 'claimed' | 'verified' }) {
  const code = useCode();
  return <Tag color={STATE_COLOR[state]}>{code('state', state)}</Tag>;
}

/** A tag on a person: its type when the viewer sees it, else only its privacy class (masked). */
export function PersonTag({ cls, tag }: { cls: string; tag: string | null }) {
  const { t } = useI18n();
  const code = useCode();
  const color = cls === 'P3' ? 'red' : 'orange';
  if (tag) return <Tag color={color}>{code('tagType', tag)}</Tag>;
  return (
    <Tooltip title={t('bd.maskedTag', { class: code('class', cls) })}>
      <Tag color={color} icon={<LockOutlined />}>
        {code('class', cls)}
      </Tag>
    </Tooltip>
  );
}
