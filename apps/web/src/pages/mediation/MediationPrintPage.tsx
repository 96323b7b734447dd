/**
 * The printable documents of a file in the Ministry of Justice's layout (《人民调解文书格式》): the mediation
 * agreement (人民调解协议书) and the notice of rights and duties (权利义务告知书). The console's chrome is hidden
 * when printing; the read of the parties in full is audited by the server.
 */
import { useParams, useNavigate } from 'react-router-dom';
import { Alert, Button, Space, Spin } from 'antd';
import { ArrowLeftOutlined, PrinterOutlined } from '@ant-design/icons';
import { useMediationPrint } from '../../api/mediation.ts';
import { useI18n, type MessageKey } from '../../i18n/index.tsx';
import './print.css';

const dateZh = (iso: string | null | undefined) => {
  if (!iso) return '　　年　　月　　日';
  const d = new Date(new Date(iso).getTime() + 8 * 3_600_000);
  return `${d.getUTCFullYear()}年${d.getUTCMonth() + 1}月${d.getUTCDate()}日`;
};

export default function MediationPrintPage() {
  const { id, doc } = useParams<{ id: string; doc: string }>();
  const kind = doc === 'notice' ? 'notice' : 'agreement';
  const { t } = useI18n();
  const navigate = useNavigate();
  const q = useMediationPrint(id, kind);
  if (q.isLoading) return <Spin size="large" style={{ display: 'block', padding: 80 }} />;
  if (q.error) return <Alert type="error" showIcon title={q.error.message} />;
  const p = q.data;
  if (!p) return null;
  const a = p.agreement;
  return (
    <div>
      <Space className="med-no-print" style={{ marginBottom: 16 }}>
        <Button icon={<ArrowLeftOutlined />} onClick={() => void navigate(`/mediation/${id}`)}>
          {p.fileNo}
        </Button>
        <Button type="primary" icon={<PrinterOutlined />} onClick={() => window.print()}>
          {t('med.print.button')}
        </Button>
      </Space>
      <article className="med-paper" data-testid="med-print">
        <h1>{kind === 'agreement' ? t('med.print.agreementTitle') : t('med.print.noticeTitle')}</h1>
        <p className="med-no">{p.fileNo}</p>
        {kind === 'agreement' ? (
          <>
            <section>
              {p.parties.map((x, i) => (
                <p key={i}>
                  {t('med.print.party', {
                    role: t(`med.role.${x.role}` as MessageKey),
                    name: x.name,
                    address: x.address ?? '',
                  })}
                </p>
              ))}
            </section>
            <h2>{t('med.print.facts')}</h2>
            <p className="med-indent">{a?.facts ?? p.summary}</p>
            <h2>{t('med.print.terms')}</h2>
            <ol className="med-terms">
              {a?.terms.map((term, i) => (
                <li key={i}>{term}</li>
              ))}
            </ol>
            {a?.performanceManner && (
              <p className="med-indent">
                {t('med.print.performance', { manner: a.performanceManner, date: a.performBy ?? '' })}
              </p>
            )}
            <p className="med-indent">{t('med.print.copies')}</p>
            <p className="med-indent">{t('med.print.effective')}</p>
            <div className="med-signatures">
              <div>
                <p>{t('med.print.sign.party')}</p>
                {p.parties.map((x, i) => (
                  <p key={i} className="med-sign-line">
                    {t(`med.role.${x.role}` as MessageKey)}：
                  </p>
                ))}
              </div>
              <div>
                <p>{t('med.print.sign.mediator', { name: '' })}</p>
                <p className="med-sign-line">{p.mediator ?? ''}</p>
                <p className="med-seal">
                  {p.committee}
                  <br />
                  {t('med.print.sealOnly')}
                </p>
                <p>{dateZh(a?.effectiveAt)}</p>
              </div>
            </div>
          </>
        ) : (
          <>
            <p>
              {t('med.print.noticeTo')}
              {p.parties.map((x) => x.name).join('、')}
            </p>
            <p className="med-indent">{t('med.print.noticeBody')}</p>
            <p>{t('med.print.rights')}</p>
            {(['right1', 'right2', 'right3', 'right4', 'right5'] as const).map((k) => (
              <p key={k} className="med-indent">
                {t(`med.print.${k}`)}
              </p>
            ))}
            <p>{t('med.print.duties')}</p>
            {(['duty1', 'duty2', 'duty3'] as const).map((k) => (
              <p key={k} className="med-indent">
                {t(`med.print.${k}`)}
              </p>
            ))}
            <p style={{ marginTop: 32 }}>{t('med.print.noticeAck')}</p>
            <div className="med-signatures">
              <div />
              <div>
                <p className="med-seal">
                  {p.committee}
                  <br />
                  {t('med.print.sealOnly')}
                </p>
                <p>{dateZh(p.noticeGivenAt)}</p>
              </div>
            </div>
          </>
        )}
      </article>
    </div>
  );
}
