/** 一次性告知单: the materials list of one version on an A4 sheet; opening it counts a print. */
import { useParams } from 'react-router-dom';
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Space, Spin } from 'antd';
import { PrinterOutlined } from '@ant-design/icons';
import { api } from '../../api/client.ts';
import type { KnowledgeSheet } from '../../api/knowledge.ts';
import { useI18n } from '../../i18n/index.tsx';
import { formatDateTime } from '../../lib/time.ts';
import '../mediation/print.css';

export default function KnowledgePrintPage() {
  const { id, version } = useParams<{ id: string; version: string }>();
  const { t } = useI18n();
  const q = useQuery({
    queryKey: ['knowledge', 'sheet', id, version],
    queryFn: () =>
      api.post<KnowledgeSheet>(`/api/knowledge/entries/${id}/print`, { version: Number(version) }),
    staleTime: Infinity,
    gcTime: Infinity,
    retry: false,
  });
  if (q.isLoading) return <Spin size="large" style={{ display: 'block', padding: 80 }} />;
  if (q.error) return <Alert type="error" showIcon title={q.error.message} />;
  const s = q.data;
  if (!s) return null;
  const link = `${window.location.origin}${s.publicPath}`;
  return (
    <div>
      <Space className="med-no-print" style={{ marginBottom: 16 }}>
        <Button type="primary" icon={<PrinterOutlined />} onClick={() => window.print()}>
          {t('kb.print')}
        </Button>
      </Space>
      <article className="med-paper" data-testid="kb-sheet">
        <h1>{t('kb.sheet.title')}</h1>
        <p className="med-indent" style={{ marginTop: 16 }}>
          {t('kb.sheet.intro', { title: s.title })}
        </p>
        <table style={{ width: '100%', borderCollapse: 'collapse', margin: '12px 0' }}>
          <thead>
            <tr>
              {[
                t('kb.sheet.no'),
                t('kb.material.name'),
                t('kb.material.copies'),
                t('kb.material.issuer'),
                t('kb.material.notes'),
              ].map((h) => (
                <th key={h} style={{ border: '1px solid #000', padding: '2px 6px' }}>
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {s.materials.map((m, i) => (
              <tr key={i}>
                <td style={{ border: '1px solid #000', padding: '2px 6px', textAlign: 'center' }}>{i + 1}</td>
                <td style={{ border: '1px solid #000', padding: '2px 6px' }}>
                  {m.name}
                  {!m.required && `（${t('kb.material.optional')}）`}
                </td>
                <td style={{ border: '1px solid #000', padding: '2px 6px', textAlign: 'center' }}>
                  {m.copies}
                </td>
                <td style={{ border: '1px solid #000', padding: '2px 6px' }}>{m.issuer ?? ''}</td>
                <td style={{ border: '1px solid #000', padding: '2px 6px' }}>{m.notes ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p className="med-indent">{s.answer}</p>
        <p className="med-indent" style={{ marginTop: 12 }}>
          {t('kb.sheet.footer', { unit: s.ownerUnitName, link })}
        </p>
        <p style={{ textAlign: 'right', marginTop: 24 }}>
          {t('kb.sheet.printed', { at: formatDateTime(s.printedAt), v: s.version })}
        </p>
        {s.demo && <p style={{ fontSize: 12, color: '#666' }}>{t('kb.demo')}</p>}
      </article>
    </div>
  );
}
