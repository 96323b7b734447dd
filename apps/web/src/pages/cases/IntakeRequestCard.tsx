/**
 * 受理 — what the call is about: request type, title, description, category (with the classifier's suggestions),
 * urgency, and for a consultation the answer that closes it at once.
 */
import { Card, Col, Form, Input, Radio, Row, Select, Switch, Typography } from 'antd';
import { SuggestionTags, useClassify } from '../../components/cases/IntakeBits.tsx';
import { CategoryTreeSelect } from '../../components/pickers.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { REQUEST_TYPES, requestTypeKey } from '../../lib/caseOptions.ts';
import { options, URGENCIES, urgencyKey } from '../../lib/options.ts';

export function IntakeRequestCard({ closeDirect }: { closeDirect: boolean }) {
  const { t } = useI18n();
  const form = Form.useFormInstance();
  const description = Form.useWatch<string | undefined>('description', form);
  const categoryCode = Form.useWatch<string | undefined>('categoryCode', form);
  const requestType = Form.useWatch<string | undefined>('requestType', form);
  const classify = useClassify(description);
  return (
    <Card size="small" title={t('intake.request')}>
      <Form.Item name="requestType" label={t('case.requestType')} rules={[{ required: true }]}>
        <Radio.Group
          optionType="button"
          buttonStyle="solid"
          options={options(REQUEST_TYPES, requestTypeKey, t)}
          data-testid="intake-type"
        />
      </Form.Item>
      <Form.Item name="title" label={t('intake.title2')}>
        <Input maxLength={100} data-testid="intake-title" />
      </Form.Item>
      <Form.Item
        name="description"
        label={t('case.description')}
        rules={[
          { required: true, message: t('common.required', { field: t('case.description') }) },
          { min: 5, message: t('common.required', { field: t('case.description') }) },
        ]}
      >
        <Input.TextArea
          rows={5}
          maxLength={2000}
          showCount
          placeholder={t('intake.descriptionPlaceholder')}
          data-testid="intake-description"
        />
      </Form.Item>
      <Row gutter={12}>
        <Col xs={24} md={15}>
          <Form.Item
            name="categoryCode"
            label={t('case.category')}
            extra={
              classify.data?.length ? (
                <div style={{ marginTop: 6 }}>
                  <Typography.Text type="secondary" style={{ fontSize: 12, marginInlineEnd: 6 }}>
                    {t('intake.suggestions')}
                  </Typography.Text>
                  <SuggestionTags
                    items={classify.data}
                    value={categoryCode}
                    onPick={(code) => form.setFieldValue('categoryCode', code)}
                  />
                </div>
              ) : (
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {t('intake.noSuggestions')}
                </Typography.Text>
              )
            }
          >
            <CategoryTreeSelect leafOnly allowClear placeholder={t('intake.categoryPlaceholder')} />
          </Form.Item>
        </Col>
        <Col xs={24} md={9}>
          <Form.Item name="urgency" label={t('case.urgency')}>
            <Select
              allowClear
              placeholder={t('intake.urgencyDefault')}
              options={options(URGENCIES, urgencyKey, t)}
              data-testid="intake-urgency"
            />
          </Form.Item>
        </Col>
      </Row>
      {requestType === 'consult' && (
        <>
          <Form.Item
            name="closeDirect"
            valuePropName="checked"
            label={t('intake.closeDirect')}
            extra={t('intake.closeDirectHint')}
          >
            <Switch data-testid="intake-close-direct" />
          </Form.Item>
          {closeDirect && (
            <Form.Item
              name="answer"
              label={t('case.answer')}
              rules={[
                { required: true, message: t('common.required', { field: t('case.answer') }) },
                { min: 2, message: t('common.required', { field: t('case.answer') }) },
              ]}
            >
              <Input.TextArea
                rows={4}
                maxLength={2000}
                placeholder={t('intake.answerPlaceholder')}
                data-testid="intake-answer"
              />
            </Form.Item>
          )}
        </>
      )}
    </Card>
  );
}
