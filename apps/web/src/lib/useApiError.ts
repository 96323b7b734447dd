import { useCallback } from 'react';
import { App, type FormInstance } from 'antd';
import { isApiError } from '../api/client.ts';
import type { ApiErrorDetail } from '../api/client.ts';
import { hasMessage, useI18n, type Translate } from '../i18n/index.tsx';

/**
 * A validation detail as a reader sees it away from its form: the field's name (when the web knows it) and the
 * server's text, already in the reader's language — never the raw path ("body.lon").
 */
export function describeDetail(d: ApiErrorDetail, t: Translate): string {
  const field = (d.path ?? '')
    .split('.')
    .filter((s) => s && !/^\d+$/.test(s) && !['body', 'querystring', 'params', 'headers'].includes(s))
    .pop();
  const key = field ? `field.${field}` : '';
  return hasMessage(key) ? `${t(key)}：${d.message}` : d.message;
}

/** Shows an error from a mutation: the server's translated message, or a generic one. */
export function useShowError(): (e: unknown) => void {
  const { message } = App.useApp();
  const { t } = useI18n();
  return useCallback(
    (e: unknown) => {
      if (isApiError(e)) {
        const text = e.code === 'NETWORK' ? t('common.networkError') : e.message;
        const extra = e.details.map((d) => describeDetail(d, t)).join('；');
        void message.error(extra ? `${text}（${extra}）` : text);
      } else void message.error(String(e));
    },
    [message, t],
  );
}

/** Puts server validation details on the matching form fields; returns whether any matched. */
export function setFieldErrors<T>(form: FormInstance<T>, e: unknown): boolean {
  if (!isApiError(e) || !e.details.length) return false;
  const values = (form.getFieldsValue() ?? {}) as Record<string, unknown>;
  const fields = e.details
    .filter((d): d is typeof d & { path: string } => !!d.path && d.path.split('.')[0]! in values)
    .map((d) => ({ name: d.path.split('.')[0]!, errors: [d.message] }));
  if (fields.length) form.setFields(fields as Parameters<FormInstance<T>['setFields']>[0]);
  return fields.length > 0;
}
