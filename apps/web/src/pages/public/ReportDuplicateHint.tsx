/**
 * 已有人反映: published open cases like the one being written, so a resident can follow one instead — its public
 * page (/public/cases/:publicId) with 我也遇到 (+1).
 */
import { Alert, Form, Space, Tag, Typography } from 'antd';
import { usePublicDuplicates } from '../../api/duplicates.ts';
import { useI18n } from '../../i18n/index.tsx';
import { formatDateTime } from '../../lib/time.ts';
import { useCategoryName } from '../../components/cases/CaseBits.tsx';

export function ReportDuplicateHint({ point }: { point: { lon: number; lat: number } | null }) {
  const { t } = useI18n();
  const name = useCategoryName();
  const form = Form.useFormInstance();
  const description = Form.useWatch('description', form) as string | undefined;
  const categoryCode = Form.useWatch('categoryCode', form) as string | undefined;
  const dups = usePublicDuplicates({
    text: (description ?? '').trim(),
    ...(categoryCode ? { categoryCode } : {}),
    ...(point ? { lon: point.lon, lat: point.lat } : {}),
  });
  const items = dups.data ?? [];
  if (!items.length) return null;
  return (
    <Alert
      type="info"
      showIcon
      style={{ marginBottom: 12 }}
      data-testid="report-duplicates"
      title={t('dup.public.title')}
      description={
        <Space orientation="vertical" size={8} style={{ width: '100%' }}>
          <span>{t('dup.public.hint')}</span>
          {items.map((d) => (
            <div key={d.publicId} data-testid="report-duplicate">
              <Space wrap size={6}>
                {d.category && <Tag>{name(d.category)}</Tag>}
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {t('dup.public.reported', { date: formatDateTime(d.createdAt) })}
                  {d.address ? ` · ${d.address}` : ''}
                </Typography.Text>
              </Space>
              <Typography.Paragraph style={{ margin: '2px 0' }} ellipsis={{ rows: 2 }}>
                {d.description}
              </Typography.Paragraph>
              <a
                href={`/public/cases/${d.publicId}`}
                target="_blank"
                rel="noreferrer"
                data-testid="report-duplicate-follow"
              >
                {t('dup.public.follow')}
              </a>
            </div>
          ))}
        </Space>
      }
    />
  );
}
