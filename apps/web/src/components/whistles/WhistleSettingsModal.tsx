/** 吹哨设置: the default report-in deadline and whether communities may blow (district or city admins). */
import { Alert, App, Form, InputNumber, Modal, Spin, Switch } from 'antd';
import { useSaveWhistleSettings, useWhistleSettings, type WhistleSettings } from '../../api/whistles.ts';
import { useI18n } from '../../i18n/index.tsx';
import { useShowError } from '../../lib/useApiError.ts';

export function WhistleSettingsModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const showError = useShowError();
  const settings = useWhistleSettings(open);
  const save = useSaveWhistleSettings();
  const [form] = Form.useForm<WhistleSettings>();
  return (
    <Modal
      open={open}
      title={t('whistle.settings')}
      onCancel={onClose}
      okButtonProps={{
        loading: save.isPending,
        disabled: !settings.data,
        'data-testid': 'whistle-settings-ok',
      }}
      onOk={() =>
        void form.validateFields().then((v) =>
          save.mutate(v, {
            onSuccess: () => {
              void message.success(t('whistle.settingsSaved'));
              onClose();
            },
            onError: showError,
          }),
        )
      }
      destroyOnHidden
    >
      {settings.error && <Alert type="error" showIcon title={settings.error.message} />}
      {settings.isLoading && <Spin />}
      {settings.data && (
        <Form<WhistleSettings>
          form={form}
          layout="vertical"
          initialValues={settings.data}
          preserve={false}
          data-testid="whistle-settings"
        >
          <Form.Item
            name="reportInMinutes"
            label={t('whistle.settingsMinutes')}
            extra={t('whistle.settingsMinutesHint')}
            rules={[
              { required: true, message: t('whistle.minutesRange') },
              { type: 'integer', min: 5, max: 240, message: t('whistle.minutesRange') },
            ]}
          >
            <InputNumber min={5} max={240} precision={0} style={{ width: 160 }} />
          </Form.Item>
          <Form.Item
            name="communityMayWhistle"
            label={t('whistle.settingsCommunity')}
            extra={t('whistle.settingsCommunityHint')}
            valuePropName="checked"
          >
            <Switch />
          </Form.Item>
        </Form>
      )}
    </Modal>
  );
}
