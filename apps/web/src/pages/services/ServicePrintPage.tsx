/** 一次性告知单 of a service item, on an A4 sheet. */
import { useParams } from 'react-router-dom';
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Space, Spin } from 'antd';
import { PrinterOutlined } from '@ant-design/icons';
import { api } from '../../api/client.ts';
import type { ServiceItemDetail } from '../../api/services.ts';
import { useI18n } from '../../i18n/index.tsx';
import '../mediation/print.css';

const cell = { border: '1px solid #000', padding: '2px 6px' } as const;

export default function ServicePrintPage() {
  const { id = '' } = useParams<{ id: string }>();
  const { t } = useI18n();
  const q = useQuery({
    queryKey: ['services', 'item', id],
    queryFn: () => api.get<ServiceItemDetail>(`/api/services/items/${id}`),
  });
  if (q.isLoading) return <Spin size="large" style={{ display: 'block', padding: 80 }} />;
  if (q.error || !q.data) return <Alert type="error" showIcon title={q.error?.message} />;
  const d = q.data;
  const link = `${window.location.origin}${d.publicPath}`;
  return (
    <div>
      <Space className="med-no-print" style={{ marginBottom: 16 }}>
        <Button type="primary" icon={<PrinterOutlined />} onClick={() => window.print()}>
          {t('svc.print')}
        </Button>
      </Space>
      <article className="med-paper" data-testid="svc-sheet">
        <h1>{t('svc.sheet.title')}</h1>
        <p className="med-indent" style={{ marginTop: 16 }}>
          {t('svc.sheet.intro', { name: d.name })}
        </p>
        <p className="med-indent">
          {t('svc.conditions')}：{d.guide.conditions}
        </p>
        <table style={{ width: '100%', borderCollapse: 'collapse', margin: '12px 0' }}>
          <thead>
            <tr>
              {[
                '#',
                t('svc.materials'),
                t('svc.material.copies'),
                t('svc.material.issuer'),
                t('svc.material.check'),
              ].map((h) => (
                <th key={h} style={cell}>
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {d.guide.materials.map((m, i) => (
              <tr key={m.code}>
                <td style={{ ...cell, textAlign: 'center' }}>{i + 1}</td>
                <td style={cell}>
                  {m.name}
                  {m.key ? ' *' : ''}
                  {!m.required && `（${t('svc.material.optional')}）`}
                </td>
                <td style={{ ...cell, textAlign: 'center' }}>{m.copies}</td>
                <td style={cell}>{m.issuer ?? ''}</td>
                <td style={cell}>{m.checkPoints ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p className="med-indent">
          {t('svc.basis')}：{d.guide.legalBasis}
        </p>
        <p className="med-indent">
          {t('svc.where')}：{d.guide.where}；{t('svc.contact')}：{d.guide.contact}；{t('svc.complaint')}：
          {d.guide.complaint}
        </p>
        <p className="med-indent" style={{ marginTop: 12 }}>
          {t('svc.sheet.footer', { days: d.guide.promisedDays, visits: d.guide.visits, link })}
        </p>
        {d.demo && <p style={{ fontSize: 12, color: '#666' }}>{t('svc.demo')}</p>}
      </article>
    </div>
  );
}
