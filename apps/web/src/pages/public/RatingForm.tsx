/** The case as its tracking link shows it, and the resident's rating of a closed case. */
import { useState } from 'react';
import { useMutation } from '@tanstack/react-query';
import { Alert, Button, Card, Form, Input, Radio } from 'antd';
import { api, isApiError } from '../../api/client.ts';
import { type PublicCaseView, type Rating } from '../../api/cases.ts';
import { useI18n } from '../../i18n/index.tsx';
import { RATINGS, ratingKey } from '../../lib/caseOptions.ts';
import { caseUrl, type CaseDoor } from './caseDoor.ts';

export type TrackedCase = PublicCaseView & {
  /** the resident's own words and address, as reported */
  description: string;
  address: string | null;
  handledBy?: string | null;
  timeline: (PublicCaseView['timeline'][number] & { unitName?: string | null })[];
};

export function RatingForm({ door, onRated }: { door: CaseDoor; onRated: (v: TrackedCase) => void }) {
  const { t } = useI18n();
  const [form] = Form.useForm<{ resolved: boolean; rating: Rating; comment?: string }>();
  const [error, setError] = useState<string | null>(null);
  const rate = useMutation({
    mutationFn: (body: { resolved: boolean; rating: Rating; comment?: string }) =>
      api.post<TrackedCase>(caseUrl(door, '/rating'), body),
    onSuccess: onRated,
    onError: (e) => setError(isApiError(e) ? e.message : String(e)),
  });
  return (
    <Card size="small" title={t('public.rateTitle')} data-testid="rating-form">
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} />}
      <Form
        form={form}
        layout="vertical"
        size="large"
        onFinish={(v) => rate.mutate({ ...v, comment: v.comment?.trim() || undefined })}
      >
        <Form.Item
          name="resolved"
          label={t('form.resolved')}
          rules={[{ required: true, message: t('common.required', { field: t('form.resolved') }) }]}
        >
          <Radio.Group
            optionType="button"
            options={[
              { value: true, label: t('common.yes') },
              { value: false, label: t('common.no') },
            ]}
            data-testid="rate-resolved"
          />
        </Form.Item>
        <Form.Item
          name="rating"
          label={t('form.rating')}
          rules={[{ required: true, message: t('common.required', { field: t('form.rating') }) }]}
        >
          <Radio.Group
            optionType="button"
            buttonStyle="solid"
            options={RATINGS.map((r) => ({ value: r, label: t(ratingKey(r)) }))}
            data-testid="rate-rating"
          />
        </Form.Item>
        <Form.Item name="comment" label={t('form.comment')}>
          <Input.TextArea rows={3} maxLength={500} data-testid="rate-comment" />
        </Form.Item>
        <Button type="primary" htmlType="submit" block loading={rate.isPending} data-testid="rate-submit">
          {t('public.rateSubmit')}
        </Button>
      </Form>
    </Card>
  );
}
