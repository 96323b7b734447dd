import { Descriptions, Table, Tag } from 'antd';
import type { ServiceItemDetail, ServiceLight } from '../../api/services.ts';
import { LIGHT_COLOR } from '../../api/services.ts';
import { useI18n } from '../../i18n/index.tsx';
import type { MessageKey } from '../../i18n/index.tsx';

export function LightTag({ light }: { light: ServiceLight }) {
  const { t } = useI18n();
  return <Tag color={LIGHT_COLOR[light]}>{t(`svc.light.${light}` as MessageKey)}</Tag>;
}

type Guide = ServiceItemDetail['guide'];

/** The full guide (办事指南) of an item, as staff and residents read it. */
export function GuideView({ guide, departments }: { guide: Guide; departments: string[] }) {
  const { t } = useI18n();
  return (
    <>
      <Descriptions bordered size="small" column={1} style={{ marginBottom: 16 }}>
        <Descriptions.Item label={t('svc.conditions')}>{guide.conditions}</Descriptions.Item>
        <Descriptions.Item label={t('svc.days')}>
          {t('svc.daysN', { n: guide.promisedDays })}
        </Descriptions.Item>
        <Descriptions.Item label={t('svc.visits')}>{t('svc.visitsN', { n: guide.visits })}</Descriptions.Item>
        <Descriptions.Item label={t('svc.departments')}>{departments.join('、')}</Descriptions.Item>
        <Descriptions.Item label={t('svc.steps')}>{guide.steps.join(' → ')}</Descriptions.Item>
        <Descriptions.Item label={t('svc.fees')}>{guide.fees}</Descriptions.Item>
        <Descriptions.Item label={t('svc.basis')}>{guide.legalBasis}</Descriptions.Item>
        <Descriptions.Item label={t('svc.where')}>{guide.where}</Descriptions.Item>
        <Descriptions.Item label={t('svc.contact')}>{guide.contact}</Descriptions.Item>
        <Descriptions.Item label={t('svc.complaint')}>{guide.complaint}</Descriptions.Item>
      </Descriptions>
      <MaterialsTable materials={guide.materials} />
    </>
  );
}

export function MaterialsTable({ materials }: { materials: Guide['materials'] }) {
  const { t } = useI18n();
  return (
    <Table
      size="small"
      rowKey="code"
      pagination={false}
      dataSource={materials}
      data-testid="svc-materials"
      columns={[
        {
          title: t('svc.materials'),
          dataIndex: 'name',
          render: (n: string, m) => (
            <>
              {n}{' '}
              {m.key ? (
                <Tag color="red">{t('svc.material.key')}</Tag>
              ) : m.required ? (
                <Tag>{t('svc.material.required')}</Tag>
              ) : (
                <Tag color="default">{t('svc.material.optional')}</Tag>
              )}
            </>
          ),
        },
        { title: t('svc.material.copies'), dataIndex: 'copies', width: 70 },
        { title: t('svc.material.issuer'), dataIndex: 'issuer' },
        { title: t('svc.material.check'), dataIndex: 'checkPoints' },
      ]}
    />
  );
}
