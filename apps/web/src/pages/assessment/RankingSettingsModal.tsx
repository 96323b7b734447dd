/** The assessment settings in a dialog (the weights of the rates and their thresholds); the server decides who may save them. */
import { App, Divider, Form, InputNumber, Modal } from 'antd';
import {
  useAssessmentSettings,
  useSaveAssessmentSettings,
  type AssessmentSettings,
} from '../../api/assessment.ts';
import { useI18n } from '../../i18n/index.tsx';
import { useShowError } from '../../lib/useApiError.ts';

export function SettingsModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const showError = useShowError();
  const settings = useAssessmentSettings(open);
  const save = useSaveAssessmentSettings();
  const [form] = Form.useForm<AssessmentSettings>();
  const weight = (name: [string, string], label: string) => (
    <Form.Item name={name} label={label} rules={[{ required: true }]} style={{ marginBottom: 8 }}>
      <InputNumber min={0} max={1} step={0.05} style={{ width: 110 }} />
    </Form.Item>
  );
  return (
    <Modal
      open={open}
      title={t('asm.settingsTitle')}
      onCancel={onClose}
      okButtonProps={{ loading: save.isPending }}
      onOk={() =>
        void form.validateFields().then((v) =>
          save.mutate(v, {
            onSuccess: () => {
              void message.success(t('asm.settingsSaved'));
              onClose();
            },
            onError: showError,
          }),
        )
      }
      destroyOnHidden
    >
      {settings.data && (
        <Form form={form} layout="inline" initialValues={settings.data} preserve={false}>
          <Divider titlePlacement="start" plain>
            {t('asm.weightsTitle')}
          </Divider>
          {weight(['weights', 'response'], t('asm.response'))}
          {weight(['weights', 'resolution'], t('asm.resolution'))}
          {weight(['weights', 'satisfaction'], t('asm.satisfaction'))}
          <Divider titlePlacement="start" plain>
            {t('asm.scoresTitle')}
          </Divider>
          {(['satisfied', 'basically_satisfied', 'unsatisfied'] as const).map((k) => (
            <Form.Item
              key={k}
              name={['ratingScores', k]}
              label={t(`asm.rating.${k}`)}
              style={{ marginBottom: 8 }}
            >
              <InputNumber min={0} max={100} style={{ width: 90 }} />
            </Form.Item>
          ))}
          <Divider titlePlacement="start" plain>
            {t('asm.addOnsTitle')}
          </Divider>
          {weight(['departmentAddOns', 'reportInPunctuality'], t('asm.reportIn'))}
          {weight(['departmentAddOns', 'streetRatings'], t('asm.streetRating'))}
        </Form>
      )}
    </Modal>
  );
}
