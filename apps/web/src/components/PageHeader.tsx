import type { ReactNode } from 'react';
import { Alert, Space, Typography } from 'antd';
import { useI18n } from '../i18n/index.tsx';

export function PageHeader({ title, extra, sub }: { title: ReactNode; extra?: ReactNode; sub?: ReactNode }) {
  return (
    <div
      style={{
        display: 'flex',
        flexWrap: 'wrap',
        alignItems: 'center',
        justifyContent: 'space-between',
        gap: 12,
        marginBottom: 16,
      }}
    >
      <div>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {title}
        </Typography.Title>
        {sub && (
          <Typography.Text type="secondary" style={{ fontSize: 13 }}>
            {sub}
          </Typography.Text>
        )}
      </div>
      {extra && <Space wrap>{extra}</Space>}
    </div>
  );
}

export function FilterBar({ children }: { children: ReactNode }) {
  return (
    <Space wrap style={{ marginBottom: 12 }}>
      {children}
    </Space>
  );
}

/** Shown on the global settings pages to an admin below district level, who may read them but not change them. */
export function GlobalReadOnlyNote() {
  const { t } = useI18n();
  return (
    <Alert
      type="info"
      showIcon
      title={t('common.setByDistrict')}
      style={{ marginBottom: 16 }}
      data-testid="global-read-only"
    />
  );
}
