/** Export downloads and all-or-nothing imports (422 IMPORT_INVALID lists every bad row). */
import { useState } from 'react';
import { Alert, App, Button, Dropdown, Modal, Table, Upload } from 'antd';
import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { api, isApiError, type ApiErrorDetail } from '../api/client.ts';
import type { ImportResult } from '../api/types.ts';
import { useI18n } from '../i18n/index.tsx';

export type ImportEntity = 'units' | 'users' | 'categories' | 'duties';

/** Triggers a same-origin download: the session cookie goes with it, the server names the file. */
export function download(href: string): void {
  const a = document.createElement('a');
  a.href = href;
  a.download = '';
  document.body.appendChild(a);
  a.click();
  a.remove();
}

export function ExportButton({ entity }: { entity: ImportEntity }) {
  const { t } = useI18n();
  return (
    <Dropdown
      menu={{
        items: [
          { key: 'xlsx', label: t('io.exportXlsx') },
          { key: 'csv', label: t('io.exportCsv') },
        ],
        onClick: ({ key }) => download(`/api/export/${entity}.${key}`),
      }}
    >
      <Button icon={<DownloadOutlined />} data-testid={`export-${entity}`}>
        {t('io.export')}
      </Button>
    </Dropdown>
  );
}

export function ImportErrorsModal({
  errors,
  onClose,
}: {
  errors: ApiErrorDetail[] | null;
  onClose: () => void;
}) {
  const { t } = useI18n();
  return (
    <Modal
      open={errors !== null}
      title={t('io.invalidTitle')}
      onCancel={onClose}
      footer={<Button onClick={onClose}>{t('common.close')}</Button>}
      width={720}
      destroyOnHidden
    >
      <Alert
        type="error"
        showIcon
        title={t('io.invalidHint', { count: errors?.length ?? 0 })}
        style={{ marginBottom: 12 }}
      />
      <Table<Omit<ApiErrorDetail, 'key'> & { key: number }>
        size="small"
        data-testid="import-errors"
        dataSource={(errors ?? []).map((e, i) => ({ ...e, key: i }))}
        pagination={(errors?.length ?? 0) > 10 ? { pageSize: 10, showSizeChanger: false } : false}
        columns={[
          { title: t('io.row'), dataIndex: 'row', width: 80 },
          {
            title: t('io.column'),
            dataIndex: 'column',
            width: 160,
            render: (v: string | undefined, r) => v ?? r.path,
          },
          { title: t('io.reason'), dataIndex: 'message' },
        ]}
      />
    </Modal>
  );
}

/**
 * Upload one file to `path` (POST multipart). On success shows `successText(result)` and invalidates `invalidate`
 * query keys; on 422 shows every bad row.
 */
export function ImportButton<R = ImportResult>({
  path,
  accept,
  invalidate,
  successText,
  label,
  testId,
}: {
  path: string;
  accept: string;
  invalidate: readonly (readonly unknown[])[];
  successText: (result: R) => string;
  label?: string;
  testId?: string;
}) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const [busy, setBusy] = useState(false);
  const [errors, setErrors] = useState<ApiErrorDetail[] | null>(null);

  const upload = async (file: File) => {
    setBusy(true);
    try {
      const result = await api.upload<R>(path, file);
      void message.success(successText(result));
      for (const key of invalidate) void qc.invalidateQueries({ queryKey: key });
    } catch (e) {
      if (isApiError(e, 'IMPORT_INVALID')) setErrors(e.details);
      else void message.error(isApiError(e) ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <Upload
        accept={accept}
        showUploadList={false}
        beforeUpload={(file) => {
          void upload(file);
          return false;
        }}
      >
        <Button icon={<UploadOutlined />} loading={busy} title={t('io.fileHint')} data-testid={testId}>
          {label ?? t('io.import')}
        </Button>
      </Upload>
      <ImportErrorsModal errors={errors} onClose={() => setErrors(null)} />
    </>
  );
}

export function ImportExport({
  entity,
  invalidate,
  canImport = true,
}: {
  entity: ImportEntity;
  invalidate: readonly (readonly unknown[])[];
  /** False hides the import button where the server would refuse it (export stays available). */
  canImport?: boolean;
}) {
  const { t } = useI18n();
  return (
    <>
      {canImport && (
        <ImportButton
          path={`/api/import/${entity}`}
          accept=".xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv"
          invalidate={invalidate}
          successText={(r: ImportResult) => t('io.imported', { ...r })}
          testId={`import-${entity}`}
        />
      )}
      <ExportButton entity={entity} />
    </>
  );
}
