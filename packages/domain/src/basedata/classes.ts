import { SPECIAL_TAGS, type TagType } from './codes.ts';

/**
 * Privacy classes of base data (DESIGN.md §7): P0 public (places, buildings); P1 internal (names, phones,
 * households: staff with the jurisdiction); P2 sensitive (PIPL art. 28: ID numbers, health and disability, 低保
 * finances, minors, religion, tracks — masked, every read audited); P3 restricted (criminal, drug, mental-illness
 * tags — only the responsible department and the assigned grid worker, every read audited).
 */
export type PrivacyClass = 'P0' | 'P1' | 'P2' | 'P3';

const SPECIAL = new Set<string>(SPECIAL_TAGS);

export function tagClass(tag: TagType): PrivacyClass {
  // Care groups (CARE_TAGS: health, disability, finances, minors) are sensitive.
  return SPECIAL.has(tag) ? 'P3' : 'P2';
}

/** Class of each field of a person record; fields not listed are P1. */
export const PERSON_FIELD_CLASS: Readonly<Record<string, PrivacyClass>> = {
  idNumber: 'P2',
  photo: 'P2',
  permitNumber: 'P2',
  religion: 'P2',
  name: 'P1',
  phone: 'P1',
  gender: 'P1',
  birthDate: 'P1',
  ethnicity: 'P1',
  hukouAddress: 'P1',
};
