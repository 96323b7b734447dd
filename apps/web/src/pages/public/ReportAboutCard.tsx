/**
 * 我要反映 — what: the description, request type and category (grouped, searchable, with the classifier's
 * suggestions), and whether the case may be published once handled.
 */
import { useMemo } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Alert, Card, Form, Input, Radio, Select, Typography } from 'antd';
import { LockOutlined } from '@ant-design/icons';
import { api } from '../../api/client.ts';
import type { PublicCategory } from '../../api/cases.ts';
import { SuggestionTags, useClassify } from '../../components/cases/IntakeBits.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { REQUEST_TYPES, requestTypeKey } from '../../lib/caseOptions.ts';
import { options } from '../../lib/options.ts';

function usePublicCategories() {
  return useQuery({
    queryKey: ['public-categories'],
    queryFn: async () =>
      (await api.get<{ items: (PublicCategory & { isLeaf?: boolean })[] }>('/api/public/categories')).items,
    staleTime: 10 * 60_000,
  });
}

export function ReportAboutCard() {
  const { t, lang } = useI18n();
  const form = Form.useFormInstance();
  const description = Form.useWatch<string | undefined>('description', form);
  const categoryCode = Form.useWatch<string | undefined>('categoryCode', form);
  const requestType = Form.useWatch<string | undefined>('requestType', form);
  const keepPrivate = Form.useWatch<boolean | undefined>('keepPrivate', form);
  const classify = useClassify(description, '/api/public/classify');
  const categories = usePublicCategories();

  // Leaves grouped under their parent, for a phone-friendly searchable select.
  const categoryOptions = useMemo(() => {
    const items = categories.data ?? [];
    const name = (c: PublicCategory) => (lang === 'en-US' && c.nameEn ? c.nameEn : c.nameZh);
    const byCode = new Map(items.map((c) => [c.code, c]));
    const groups = new Map<string, { label: string; options: { value: string; label: string }[] }>();
    for (const c of items) {
      if (c.isLeaf === false) continue;
      const parent = c.parentCode ? byCode.get(c.parentCode) : undefined;
      const gk = parent?.code ?? '';
      if (!groups.has(gk)) groups.set(gk, { label: parent ? name(parent) : '', options: [] });
      groups.get(gk)!.options.push({ value: c.code, label: name(c) });
    }
    return [...groups.values()];
  }, [categories.data, lang]);
  // the same rule as the server's categoryPublishes: a public category, and never a 举报
  const chosen = categories.data?.find((c) => c.code === categoryCode);
  const published = !!chosen?.published && requestType !== 'report';

  return (
    <Card size="small" style={{ marginBottom: 12 }}>
      <Form.Item
        name="description"
        label={t('public.description')}
        rules={[
          { required: true, message: t('common.required', { field: t('public.description') }) },
          { min: 5, message: t('common.required', { field: t('public.description') }) },
        ]}
      >
        <Input.TextArea
          rows={5}
          maxLength={2000}
          showCount
          placeholder={t('public.descriptionPlaceholder')}
          data-testid="report-description"
        />
      </Form.Item>
      <Form.Item name="requestType" label={t('public.requestType')}>
        <Radio.Group
          size="middle"
          optionType="button"
          options={options(REQUEST_TYPES, requestTypeKey, t)}
          data-testid="report-type"
        />
      </Form.Item>
      <Form.Item
        name="categoryCode"
        label={t('public.category')}
        style={{ marginBottom: classify.data?.length ? 8 : 0 }}
      >
        <Select
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          placeholder={t('public.categoryPlaceholder')}
          options={categoryOptions}
          loading={categories.isLoading}
          data-testid="report-category"
        />
      </Form.Item>
      {classify.data && classify.data.length > 0 && (
        <div>
          <Typography.Text type="secondary" style={{ fontSize: 13, marginInlineEnd: 6 }}>
            {t('public.suggested')}
          </Typography.Text>
          <SuggestionTags
            items={classify.data.slice(0, 3)}
            value={categoryCode}
            showConfidence={false}
            onPick={(code) => form.setFieldValue('categoryCode', code)}
          />
        </div>
      )}
      {chosen && (
        <Alert
          type={published && !keepPrivate ? 'info' : 'success'}
          showIcon
          icon={published && !keepPrivate ? undefined : <LockOutlined />}
          title={published && !keepPrivate ? t('privacy.reportPublished') : t('privacy.reportNotPublished')}
          style={{ marginTop: 8 }}
          data-testid="report-publication"
        />
      )}
    </Card>
  );
}
