import { hasMessage, type Translate } from '../../i18n/index.tsx';

/** A code's label (fields, values), the code itself when no text exists. */
export function codeLabel(t: Translate, prefix: 'rpt.v' | 'rpt.field' | 'rpt.entity', code: string): string {
  const key = `${prefix}.${code}`;
  return hasMessage(key) ? t(key) : code;
}
