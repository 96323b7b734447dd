/**
 * A resident verified in person at the community office (issue 13 follow-up): staff enter the resident's account
 * (the phone or username they signed up with) and the name and ID number from the ID card they show; the server
 * links the account to that person of the base data (same rule as online) and answers with the person masked.
 */
import { useState } from 'react';
import { Alert, Button, Card, Descriptions, Form, Input, Typography } from 'antd';
import { useMutation } from '@tanstack/react-query';
import { api } from '../../api/client.ts';
import type { StaffVerification } from '../../api/participation.ts';
import { useI18n } from '../../i18n/index.tsx';
import { formatDateTime } from '../../lib/time.ts';
import { useShowError } from '../../lib/useApiError.ts';

interface Values {
  account: string;
  name: string;
  idNumber: string;
}

export function VerifyInPersonTab() {
  const { t } = useI18n();
  const showError = useShowError();
  const [form] = Form.useForm<Values>();
  const [done, setDone] = useState<StaffVerification | null>(null);
  const save = useMutation({
    mutationFn: (v: Values) => api.post<StaffVerification>('/api/participation/verifications', v),
    onSuccess: (r) => {
      setDone(r);
      form.resetFields();
    },
    onError: showError,
  });
  return (
    <Card size="small" style={{ maxWidth: 560 }}>
      <Typography.Paragraph type="secondary">{t('assembly.verify.hint')}</Typography.Paragraph>
      <Form
        form={form}
        layout="vertical"
        onFinish={(v) => {
          setDone(null);
          save.mutate(v);
        }}
        autoComplete="off"
      >
        <Form.Item
          name="account"
          label={t('assembly.verify.account')}
          extra={t('assembly.verify.accountHint')}
          rules={[
            { required: true, whitespace: true, min: 3, message: t('assembly.verify.accountRequired') },
          ]}
        >
          <Input data-testid="verify-account" maxLength={50} />
        </Form.Item>
        <Form.Item
          name="name"
          label={t('civic.name')}
          rules={[{ required: true, whitespace: true, message: t('assembly.verify.nameRequired') }]}
        >
          <Input data-testid="verify-name" maxLength={50} />
        </Form.Item>
        <Form.Item
          name="idNumber"
          label={t('civic.idNumber')}
          rules={[
            {
              required: true,
              pattern: /^\s*(\d{15}|\d{17}[\dXx])\s*$/,
              message: t('assembly.verify.idRequired'),
            },
          ]}
        >
          <Input data-testid="verify-id" maxLength={18} />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={save.isPending} data-testid="verify-submit">
          {t('assembly.verify.submit')}
        </Button>
      </Form>
      {done && (
        <Alert
          style={{ marginTop: 16 }}
          type="success"
          showIcon
          data-testid="verify-done"
          message={t('assembly.verify.done')}
          description={
            <Descriptions size="small" column={1}>
              <Descriptions.Item label={t('assembly.verify.account')}>{done.username}</Descriptions.Item>
              <Descriptions.Item label={t('civic.name')}>{done.nameMasked}</Descriptions.Item>
              <Descriptions.Item label={t('assembly.verify.community')}>
                {done.communityName}
              </Descriptions.Item>
              <Descriptions.Item label={t('assembly.verify.at')}>
                {formatDateTime(done.verifiedAt)}
              </Descriptions.Item>
            </Descriptions>
          }
        />
      )}
    </Card>
  );
}
