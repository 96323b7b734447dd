/**
 * The printable 志愿服务证明: the volunteer's full name (the server audits the read), the organisation that kept the
 * record, the hours per period and the code anyone can check at /public/volunteers/certificates. Opened by the
 * keeping organisation's staff and by the volunteer; printing leaves the sheet alone.
 */
import { Link, useParams } from 'react-router-dom';
import { Alert, Button, Space, Spin } from 'antd';
import { PrinterOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client.ts';
import type { Certificate } from '../../api/volunteers.ts';
import { useI18n } from '../../i18n/index.tsx';
import '../mediation/print.css';

const dateOf = (iso: string) => new Date(new Date(iso).getTime() + 8 * 3_600_000).toISOString().slice(0, 10);

export default function CertificatePage() {
  const { id } = useParams<{ id: string }>();
  const { t } = useI18n();
  const q = useQuery({
    queryKey: ['vol', 'certificate', id],
    queryFn: () => api.get<Certificate>(`/api/volunteers/certificates/${id}`),
  });
  if (q.isLoading) return <Spin size="large" style={{ display: 'block', padding: 80 }} />;
  if (q.error) return <Alert type="error" showIcon message={q.error.message} />;
  const c = q.data;
  if (!c) return null;
  const url = `${window.location.origin}/public/volunteers/certificates`;
  return (
    <div style={{ padding: 16, background: '#f0f2f5', minHeight: '100vh' }}>
      <Space className="med-no-print" style={{ marginBottom: 16 }}>
        <Link to="/my/volunteering">←</Link>
        <Button type="primary" icon={<PrinterOutlined />} onClick={() => window.print()}>
          {t('vol.print')}
        </Button>
      </Space>
      <article className="med-paper" data-testid="vol-cert-print">
        <h1>{t('vol.cert.title')}</h1>
        <p className="med-no">
          {t('vol.code')}：{c.code}
        </p>
        <p className="med-indent" style={{ marginTop: 24 }}>
          {t('vol.cert.body', {
            name: c.name,
            from: c.periodFrom,
            to: c.periodTo,
            org: c.keeper.name,
            hours: c.totalHours,
          })}
        </p>
        <table style={{ width: '100%', borderCollapse: 'collapse', margin: '16px 0' }}>
          <thead>
            <tr>
              <th style={{ border: '1px solid #000' }}>{t('vol.cert.period')}</th>
              <th style={{ border: '1px solid #000' }}>{t('vol.cert.hours')}</th>
            </tr>
          </thead>
          <tbody>
            {c.periods.map((p) => (
              <tr key={p.period}>
                <td style={{ border: '1px solid #000', textAlign: 'center' }}>{p.period}</td>
                <td style={{ border: '1px solid #000', textAlign: 'center' }}>{p.hours}</td>
              </tr>
            ))}
            <tr>
              <td style={{ border: '1px solid #000', textAlign: 'center' }}>{t('vol.cert.total')}</td>
              <td style={{ border: '1px solid #000', textAlign: 'center' }}>{c.totalHours}</td>
            </tr>
          </tbody>
        </table>
        <p style={{ textAlign: 'right', marginTop: 48 }}>{t('vol.cert.issuer', { org: c.keeper.name })}</p>
        <p style={{ textAlign: 'right' }}>{t('vol.cert.issuedAt', { date: dateOf(c.issuedAt) })}</p>
        <p style={{ fontSize: 12, marginTop: 48 }}>{t('vol.cert.verify', { url, code: c.code })}</p>
        <p style={{ fontSize: 12 }}>{t('vol.cert.free')}</p>
      </article>
    </div>
  );
}
