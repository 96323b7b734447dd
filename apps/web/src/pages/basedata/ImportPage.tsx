/** 导入名单: the template, the upload, and every row's problems in a table (nothing imported from a bad file). */
import { useState } from 'react';
import { PERSON_IMPORT_COLUMNS } from '@onegrid/domain';
import { Alert, Button, Card, Space, Table, Upload } from 'antd';
import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { api, isApiError, type ApiErrorDetail } from '../../api/client.ts';
import { PageHeader } from '../../components/PageHeader.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { useShowError } from '../../lib/useApiError.ts';

interface Outcome {
  rows: number;
  created: number;
  matched: number;
}

export default function ImportPage() {
  const { t, lang } = useI18n();
  const showError = useShowError();
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<Outcome | null>(null);
  const [problems, setProblems] = useState<ApiErrorDetail[]>([]);
  const upload = async (file: File) => {
    setBusy(true);
    setDone(null);
    setProblems([]);
    try {
      setDone(await api.upload<Outcome>('/api/basedata/import/persons', file));
    } catch (e) {
      if (isApiError(e, 'IMPORT_INVALID')) setProblems(e.details);
      else showError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <PageHeader title={t('bd.import')} sub={t('bd.importSub')} />
      <Card>
        <Space wrap style={{ marginBottom: 16 }}>
          <Button icon={<DownloadOutlined />} href="/api/basedata/import/persons/template.xlsx">
            {t('bd.template')} (.xlsx)
          </Button>
          <Button icon={<DownloadOutlined />} href="/api/basedata/import/persons/template.csv">
            {t('bd.template')} (.csv)
          </Button>
          <Upload
            accept=".xlsx,.csv"
            showUploadList={false}
            beforeUpload={(f) => {
              void upload(f);
              return false;
            }}
          >
            <Button type="primary" icon={<UploadOutlined />} loading={busy} data-testid="bd-import-upload">
              {t('bd.upload')}
            </Button>
          </Upload>
        </Space>
        {done && (
          <Alert
            type="success"
            showIcon
            title={t('bd.importDone', { ...done })}
            data-testid="bd-import-done"
          />
        )}
        {problems.length > 0 && (
          <>
            <Alert
              type="error"
              showIcon
              style={{ marginBottom: 12 }}
              title={t('bd.importFailed', { count: problems.length })}
              data-testid="bd-import-failed"
            />
            <Table
              size="small"
              rowKey={(r, i) => `${r.row}-${r.column}-${i}`}
              dataSource={problems}
              pagination={{ pageSize: 50 }}
              columns={[
                { title: t('bd.row'), dataIndex: 'row', width: 80 },
                {
                  title: t('bd.column'),
                  dataIndex: 'column',
                  width: 160,
                  render: (v: string | undefined) => {
                    const c = PERSON_IMPORT_COLUMNS.find((x) => x.key === v);
                    return c ? (lang === 'en-US' ? c.en : c.zh) : (v ?? '—');
                  },
                },
                { title: t('bd.problem'), dataIndex: 'message' },
              ]}
              data-testid="bd-import-problems"
            />
          </>
        )}
      </Card>
    </>
  );
}
