/** 知识库: the catalogue tree, search as you type, an entry with its versions; the owner's review-due list. */
import { useMemo, useState } from 'react';
import { useSearchParams, Link } from 'react-router-dom';
import { Card, Col, Input, List, Row, Space, Tabs, Tree, Typography } from 'antd';
import type { DataNode } from 'antd/es/tree';
import {
  useKnowledgeCatalog,
  useKnowledgeDue,
  useKnowledgeEntries,
  useKnowledgeSearch,
  type KnowledgeSummary,
} from '../../api/knowledge.ts';
import { PageHeader } from '../../components/PageHeader.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { useDebounced } from './useDebounced.ts';
import { EntryView } from './EntryView.tsx';
import { Highlight, KindTag, ReviewTag } from './kbBits.tsx';

export default function KnowledgePage() {
  const { t, lang } = useI18n();
  const [params, setParams] = useSearchParams();
  const selected = params.get('entry') ?? undefined;
  const [catalogId, setCatalogId] = useState<string | undefined>();
  const [text, setText] = useState('');
  const q = useDebounced(text, 250);
  const catalog = useKnowledgeCatalog();
  const entries = useKnowledgeEntries({ catalogId, pageSize: 200 });
  const search = useKnowledgeSearch(q);
  const due = useKnowledgeDue();
  const pick = (id: string) => setParams({ entry: id });

  const tree = useMemo<DataNode[]>(() => {
    const nodes = catalog.data?.nodes ?? [];
    const make = (parent: string | null): DataNode[] =>
      nodes
        .filter((n) => n.parentId === parent)
        .map((n) => ({
          key: n.id,
          title: `${lang === 'en-US' ? n.nameEn : n.nameZh} (${n.entries})`,
          children: make(n.id),
        }));
    return [{ key: '', title: t('kb.all'), children: make(null) }];
  }, [catalog.data, lang, t]);

  const summaryItem = (e: KnowledgeSummary) => (
    <List.Item
      key={e.id}
      onClick={() => pick(e.id)}
      style={{ cursor: 'pointer', background: e.id === selected ? '#e6f4ff' : undefined, paddingInline: 8 }}
    >
      <Space wrap size={4}>
        <KindTag kind={e.kind} />
        <span>{e.title}</span>
        <ReviewTag state={e.reviewState} />
      </Space>
    </List.Item>
  );

  const searching = q.trim().length >= 2;
  return (
    <div>
      <PageHeader
        title={t('kb.title')}
        sub={t('kb.sub')}
        extra={<Link to="/knowledge/usage">{t('kb.usage')}</Link>}
      />
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={6}>
          <Card size="small">
            <Tabs
              size="small"
              items={[
                {
                  key: 'catalog',
                  label: t('kb.catalog'),
                  children: (
                    <Tree
                      // mounted again once the catalogue arrives, so that it opens expanded
                      key={catalog.data?.nodes.length ?? 0}
                      treeData={tree}
                      defaultExpandAll
                      selectedKeys={[catalogId ?? '']}
                      onSelect={(keys) => {
                        setCatalogId((keys[0] as string) || undefined);
                        setText('');
                      }}
                    />
                  ),
                },
                {
                  key: 'due',
                  label: `${t('kb.due')} (${due.data?.total ?? 0})`,
                  children: (
                    <>
                      <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
                        {t('kb.dueSub')}
                      </Typography.Paragraph>
                      <List
                        size="small"
                        dataSource={due.data?.items ?? []}
                        renderItem={(e) => (
                          <List.Item key={e.id} onClick={() => pick(e.id)} style={{ cursor: 'pointer' }}>
                            <Space direction="vertical" size={0}>
                              <span>{e.title}</span>
                              <Space size={4}>
                                <ReviewTag state={e.reviewState} />
                                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                                  {e.reviewDue} · {e.ownerUnit.name}
                                </Typography.Text>
                              </Space>
                            </Space>
                          </List.Item>
                        )}
                      />
                    </>
                  ),
                },
              ]}
            />
          </Card>
        </Col>
        <Col xs={24} lg={7}>
          <Card size="small">
            <Input.Search
              allowClear
              value={text}
              onChange={(e) => setText(e.target.value)}
              placeholder={t('kb.search')}
              data-testid="kb-search"
              style={{ marginBottom: 8 }}
            />
            {searching ? (
              <List
                size="small"
                loading={search.isFetching}
                locale={{ emptyText: t('kb.empty') }}
                dataSource={search.data?.hits ?? []}
                renderItem={(h) => (
                  <List.Item
                    key={h.id}
                    onClick={() => pick(h.id)}
                    data-testid="kb-hit"
                    style={{
                      cursor: 'pointer',
                      background: h.id === selected ? '#e6f4ff' : undefined,
                      paddingInline: 8,
                    }}
                  >
                    <Space direction="vertical" size={2}>
                      <Space wrap size={4}>
                        <KindTag kind={h.kind} />
                        <strong>
                          <Highlight text={h.title} terms={h.terms} />
                        </strong>
                        <ReviewTag state={h.reviewState} />
                      </Space>
                      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                        <Highlight text={h.snippet} terms={h.terms} />
                      </Typography.Text>
                    </Space>
                  </List.Item>
                )}
              />
            ) : (
              <List
                size="small"
                loading={entries.isFetching}
                dataSource={entries.data?.items ?? []}
                renderItem={summaryItem}
                style={{ maxHeight: '70vh', overflow: 'auto' }}
              />
            )}
          </Card>
        </Col>
        <Col xs={24} lg={11}>
          <EntryView key={selected} id={selected} />
        </Col>
      </Row>
    </div>
  );
}
