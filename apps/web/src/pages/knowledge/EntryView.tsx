/** One entry as staff read it: the version shown, its materials, counts, versions, and the owner's actions. */
import { useState } from 'react';
import { Alert, App, Button, Card, Descriptions, Empty, Space, Spin, Tag, Timeline, Typography } from 'antd';
import { CheckOutlined, EditOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client.ts';
import { knowledgeKeys, useKnowledgeEntry, type KnowledgeDetail } from '../../api/knowledge.ts';
import { useI18n } from '../../i18n/index.tsx';
import { formatDateTime } from '../../lib/time.ts';
import { useShowError } from '../../lib/useApiError.ts';
import { EditEntryModal } from './EditEntryModal.tsx';
import { FeedbackButtons, KindTag, MaterialsTable, NoticeButtons, ReviewTag } from './kbBits.tsx';

export function EntryView({ id }: { id: string | undefined }) {
  const { t, lang } = useI18n();
  const [version, setVersion] = useState<number | undefined>();
  const [editing, setEditing] = useState(false);
  const q = useKnowledgeEntry(id, version);
  const qc = useQueryClient();
  const { message } = App.useApp();
  const showError = useShowError();
  if (!id) return <Empty description={t('kb.select')} />;
  if (q.isLoading) return <Spin style={{ display: 'block', padding: 40 }} />;
  if (q.error) return <Alert type="error" showIcon title={q.error.message} />;
  const d = q.data;
  if (!d) return null;
  const s = d.shown;
  const reviewed = async () => {
    try {
      const r = await api.post<KnowledgeDetail>(`/api/knowledge/entries/${d.id}/review`, {});
      void message.success(t('kb.reviewed', { day: r.reviewDue }));
      void qc.invalidateQueries({ queryKey: knowledgeKeys.all });
    } catch (e) {
      showError(e);
    }
  };
  const c = d.counts;
  return (
    <Card
      size="small"
      data-testid="kb-entry"
      title={
        <Space wrap>
          <KindTag kind={d.kind} />
          <span>{s.title}</span>
          <Tag>{t('kb.version', { n: s.version })}</Tag>
          <ReviewTag state={d.reviewState} />
          {d.demo && <Tag color="gold">{t('kb.demo')}</Tag>}
        </Space>
      }
      extra={
        d.canEdit && (
          <Space>
            <Button size="small" icon={<CheckOutlined />} onClick={() => void reviewed()}>
              {t('kb.markReviewed')}
            </Button>
            <Button
              size="small"
              type="primary"
              icon={<EditOutlined />}
              disabled={s.version !== d.currentVersion}
              onClick={() => setEditing(true)}
              data-testid="kb-edit"
            >
              {t('kb.edit')}
            </Button>
          </Space>
        )
      }
    >
      {s.version !== d.currentVersion && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 12 }}
          title={t('kb.versionOld', { n: s.version, current: d.currentVersion })}
        />
      )}
      {/* one item a line below 1600 px: the entry sits in the page's narrow third column, where two items a line broke
      an English catalogue name letter by letter and pushed the categories out of the card */}
      <Descriptions
        size="small"
        column={{ xs: 1, xxl: 2 }}
        style={{ marginBottom: 12 }}
        data-testid="kb-entry-facts"
      >
        <Descriptions.Item label={t('kb.owner')}>{d.ownerUnit.name}</Descriptions.Item>
        <Descriptions.Item label={t('kb.reviewDue')}>{d.reviewDue}</Descriptions.Item>
        <Descriptions.Item label={t('kb.catalog')}>
          {lang === 'en-US' ? d.catalog.nameEn : d.catalog.nameZh}
        </Descriptions.Item>
        <Descriptions.Item label={t('kb.categories')}>
          {d.categories.map((x) => (
            <Tag key={x.code} style={{ whiteSpace: 'normal' }}>
              {lang === 'en-US' ? x.nameEn : x.nameZh}
            </Tag>
          ))}
        </Descriptions.Item>
      </Descriptions>
      <Typography.Title level={5}>{t('kb.answer')}</Typography.Title>
      <Typography.Paragraph data-testid="kb-answer">{s.answer}</Typography.Paragraph>
      {s.body && (
        <>
          <Typography.Title level={5}>{t('kb.body')}</Typography.Title>
          <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>{s.body}</Typography.Paragraph>
        </>
      )}
      {s.materials.length > 0 && (
        <>
          <Typography.Title level={5}>{t('kb.materials')}</Typography.Title>
          <MaterialsTable materials={s.materials} />
        </>
      )}
      <Space wrap style={{ marginTop: 12 }}>
        <NoticeButtons id={d.id} version={s.version} />
        <FeedbackButtons id={d.id} version={s.version} />
        <Button size="small" type="link" href={`/public/knowledge/${d.id}`} target="_blank">
          {t('kb.publicLink')}
        </Button>
      </Space>
      <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 4 }}>
        {t('kb.counts', { answers: c.answers, prints: c.prints, sends: c.sends })}
        {c.helpedShare !== null &&
          ` · ${t('kb.helpedShare', { share: `${Math.round(c.helpedShare * 100)}%` })}`}
      </Typography.Paragraph>
      <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
        {t('kb.helpedCounts', {
          ho: c.helpedOperator,
          no: c.notHelpedOperator,
          hp: c.helpedPublic,
          np: c.notHelpedPublic,
        })}
      </Typography.Paragraph>
      <Typography.Title level={5}>{t('kb.versions')}</Typography.Title>
      <Timeline
        items={d.versions.map((v) => ({
          color: v.version === s.version ? 'blue' : 'gray',
          content: (
            <a onClick={() => setVersion(v.version === d.currentVersion ? undefined : v.version)}>
              {t('kb.version', { n: v.version })} ·{' '}
              {t('kb.editedBy', { name: v.editedBy, at: formatDateTime(v.editedAt) })}
              {v.note ? ` · ${v.note}` : ''}
            </a>
          ),
        }))}
      />
      {editing && <EditEntryModal entry={d} onClose={() => setEditing(false)} />}
    </Card>
  );
}
