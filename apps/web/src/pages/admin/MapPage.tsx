import { useEffect, useMemo, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import {
  Alert,
  Breadcrumb,
  Button,
  Card,
  Col,
  Descriptions,
  Drawer,
  Dropdown,
  Empty,
  Grid,
  Input,
  Row,
  Space,
  Spin,
  Statistic,
  Switch,
  Table,
  Tag,
  Tree,
  Typography,
} from 'antd';
import { AimOutlined, DownloadOutlined } from '@ant-design/icons';
import { api, isApiError } from '../../api/client.ts';
import { qk, useRegionTree } from '../../api/queries.ts';
import type {
  GeoJsonFeatureCollection,
  GridDetail,
  LocateResult,
  RegionInfo,
  RegionNode,
} from '../../api/types.ts';
import { EChart, type ChartEventParams } from '../../components/EChart.tsx';
import { download, ImportButton } from '../../components/ImportExport.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { useI18n, type Translate } from '../../i18n/index.tsx';
import { registerGeoJson, type MapChartOption } from '../../lib/echarts.ts';
import { safeHtml } from '../../lib/html.ts';
import { levelKey } from '../../lib/options.ts';
import { findRegion, regionPath } from '../../lib/tree.ts';

interface TreeItem {
  key: string;
  title: React.ReactNode;
  children?: TreeItem[];
}

const LEVEL_COLOR: Record<string, string> = {
  city: 'magenta',
  district: 'geekblue',
  street: 'cyan',
  community: 'green',
};

/** The region tree as Tree data, keeping only branches that match `q` (by name or code). */
function toTreeData(node: RegionNode, q: string, t: Translate): TreeItem | null {
  const children = node.children.map((c) => toTreeData(c, q, t)).filter((c): c is TreeItem => c !== null);
  const hit = !q || node.name.includes(q) || node.code.startsWith(q);
  if (!hit && children.length === 0) return null;
  return {
    key: node.code,
    title: (
      <span>
        {node.name}
        {(node.level === 'city' || node.level === 'district') && (
          <Tag
            color={LEVEL_COLOR[node.level]}
            style={{ marginInlineStart: 6, fontSize: 11, lineHeight: '16px' }}
          >
            {t(levelKey(node.level))}
          </Tag>
        )}
      </span>
    ),
    children: children.length ? children : undefined,
  };
}

function parseLonLat(text: string): { lon: number; lat: number } | null {
  const parts = text
    .trim()
    .split(/[\s,，]+/)
    .map(Number);
  if (parts.length !== 2 || parts.some((n) => !Number.isFinite(n))) return null;
  const [lon, lat] = parts as [number, number];
  if (lon < -180 || lon > 180 || lat < -90 || lat > 90) return null;
  return { lon, lat };
}

export default function MapPage() {
  const { t } = useI18n();
  const tree = useRegionTree();
  const narrow = !Grid.useBreakpoint().lg;
  const [selected, setSelected] = useState<string | null>(null);
  const [expanded, setExpanded] = useState<string[]>([]);
  const [search, setSearch] = useState('');
  const [allGrids, setAllGrids] = useState(false);
  const [gridCode, setGridCode] = useState<string | null>(null);
  const [located, setLocated] = useState<LocateResult | null>(null);
  const [locateText, setLocateText] = useState('');
  const [locateError, setLocateError] = useState<string | null>(null);

  // Land on the root of the caller's scope.
  useEffect(() => {
    if (tree.data && selected === null) {
      setSelected(tree.data.code);
      setExpanded([tree.data.code]);
    }
  }, [tree.data, selected]);

  const selectRegion = (code: string) => {
    setSelected(code);
    const path = regionPath(tree.data, code);
    setExpanded((prev) => Array.from(new Set([...prev, ...path.slice(0, -1)])));
  };

  const selectedNode = selected ? findRegion(tree.data, selected) : undefined;
  const isCommunity = selectedNode?.level === 'community';
  const wantGrids = allGrids && !isCommunity;

  const info = useQuery({
    queryKey: qk.region(selected ?? ''),
    queryFn: () => api.get<RegionInfo>(`/api/regions/${selected}`),
    enabled: !!selected,
  });

  const map = useQuery({
    queryKey: qk.regionMap(selected ?? '', wantGrids),
    queryFn: () =>
      api.get<GeoJsonFeatureCollection>(`/api/regions/${selected}/map`, wantGrids ? { grids: 1 } : undefined),
    enabled: !!selected,
    staleTime: 5 * 60_000,
  });

  const grid = useQuery({
    queryKey: ['grids', gridCode],
    queryFn: () => api.get<GridDetail>(`/api/grids/${gridCode}`),
    enabled: !!gridCode,
  });

  const treeData = useMemo(() => {
    if (!tree.data) return [];
    const root = toTreeData(tree.data, search.trim(), t);
    return root ? [root] : [];
  }, [tree.data, search, t]);

  // When filtering, show every matching branch opened.
  const searchExpanded = useMemo(() => {
    if (!search.trim() || !tree.data) return null;
    const keys: string[] = [];
    const walk = (n: TreeItem) => {
      if (n.children) {
        keys.push(n.key);
        n.children.forEach(walk);
      }
    };
    treeData.forEach(walk);
    return keys;
  }, [search, tree.data, treeData]);

  const option = useMemo<MapChartOption | null>(() => {
    if (!map.data || !selected || map.data.features.length === 0) return null;
    const fc = map.data;
    const name = registerGeoJson(`og-${selected}-${wantGrids ? 'g' : 'r'}`, fc);
    const byCode = new Map(fc.features.map((f) => [f.properties.code, f.properties]));
    const households = fc.features.map((f) => f.properties.households ?? 0);
    const max = Math.max(1, ...households);
    // Start the scale a little below the smallest value so that neighbours differ visibly.
    const lowest = Math.min(...households);
    const min = lowest < max ? Math.floor(lowest * 0.8) : 0;
    const many = fc.features.length > 60;
    return {
      tooltip: {
        trigger: 'item',
        formatter: (p) => {
          const code = (p as { name?: string }).name ?? '';
          const f = byCode.get(code);
          if (!f) return '';
          const kind = f.kind === 'grid' ? t('level.grid') : f.level ? t(levelKey(f.level)) : '';
          const hh =
            f.households !== undefined
              ? safeHtml`<br/>${t('map.households')} <b>${f.households.toLocaleString()}</b>`
              : '';
          return safeHtml`<b>${f.name}</b> <span style="color:#888">${kind}</span><br/><span style="color:#888">${f.code}</span>${hh}`
            .markup;
        },
      },
      visualMap: {
        type: 'continuous',
        min,
        max,
        left: 12,
        bottom: 12,
        calculable: false,
        itemHeight: 100,
        text: [t('map.households'), ''],
        textStyle: { fontSize: 11, color: '#666' },
        inRange: { color: ['#eaf1fb', '#9dbbe6', '#3d6fc0'] },
      },
      series: [
        {
          type: 'map',
          map: name,
          nameProperty: 'code',
          roam: true,
          selectedMode: false,
          aspectScale: 0.78,
          layoutCenter: ['50%', '50%'],
          layoutSize: '95%',
          label: {
            show: !many,
            fontSize: 11,
            color: '#1d2b44',
            formatter: (p: { name: string }) => byCode.get(p.name)?.name ?? '',
          },
          itemStyle: { borderColor: '#ffffff', borderWidth: many ? 0.5 : 1, areaColor: '#dfe7f3' },
          emphasis: {
            label: {
              show: true,
              fontWeight: 'bold',
              formatter: (p: { name: string }) => byCode.get(p.name)?.name ?? '',
            },
            itemStyle: { areaColor: '#f5b400' },
          },
          data: fc.features.map((f) => ({ name: f.properties.code, value: f.properties.households ?? 0 })),
          markPoint: located
            ? {
                symbol: 'pin',
                symbolSize: 36,
                itemStyle: { color: '#d4380d' },
                label: { show: false },
                data: [{ name: 'located', coord: [located.point.lon, located.point.lat] }],
              }
            : undefined,
        },
      ],
    };
  }, [map.data, selected, wantGrids, located, t]);

  const onMapClick = (p: ChartEventParams) => {
    if (p.seriesType !== 'map' || !p.name || !map.data) return;
    const f = map.data.features.find((x) => x.properties.code === p.name);
    if (!f) return;
    if (f.properties.kind === 'grid') setGridCode(f.properties.code);
    else selectRegion(f.properties.code);
  };

  const locate = async () => {
    const pt = parseLonLat(locateText);
    if (!pt) {
      setLocateError(t('map.locateInvalid'));
      return;
    }
    setLocateError(null);
    try {
      const r = await api.get<LocateResult>('/api/geo/locate', pt);
      setLocated(r);
      // Show the point in its context: the most specific region that contains it.
      const region = r.community ?? r.street ?? r.district;
      if (region) selectRegion(region.code);
    } catch (e) {
      setLocated(null);
      setLocateError(isApiError(e) ? e.message : String(e));
    }
  };

  const regionInfo = info.data;
  const locatedNothing =
    located && !located.district && !located.street && !located.community && !located.grid;

  return (
    <div>
      <PageHeader
        title={t('map.title')}
        sub={t('map.hoverHint')}
        extra={
          <>
            <Dropdown
              menu={{
                items: (['street', 'community', 'grid'] as const).map((level) => ({
                  key: level,
                  label: t(levelKey(level)),
                })),
                onClick: ({ key }) => download(`/api/export/boundaries.geojson?level=${key}`),
              }}
            >
              <Button icon={<DownloadOutlined />}>{t('map.exportBoundaries')}</Button>
            </Dropdown>
            <ImportButton<{ updated: number }>
              path="/api/import/boundaries"
              accept=".geojson,.json,application/geo+json,application/json"
              invalidate={[['regions'], ['grids']]}
              successText={(r) => t('map.importedBoundaries', { updated: r.updated })}
              label={t('map.importBoundaries')}
              testId="import-boundaries"
            />
          </>
        }
      />
      <Row gutter={[16, 16]}>
        <Col xs={{ span: 24, order: 2 }} lg={{ span: 7, order: 1 }} xl={{ span: 6, order: 1 }}>
          <Card title={t('map.regions')} size="small" styles={{ body: { padding: 8 } }}>
            <Input.Search
              allowClear
              placeholder={t('map.searchRegion')}
              onChange={(e) => setSearch(e.target.value)}
              style={{ marginBottom: 8 }}
            />
            {tree.isLoading ? (
              <Spin style={{ display: 'block', padding: 24 }} />
            ) : tree.error ? (
              <Alert type="error" title={t('common.loadFailed', { message: tree.error.message })} />
            ) : (
              <Tree
                height={narrow ? 320 : 560}
                blockNode
                treeData={treeData}
                selectedKeys={selected ? [selected] : []}
                expandedKeys={searchExpanded ?? expanded}
                onExpand={(keys) => setExpanded(keys.map(String))}
                onSelect={(keys) => {
                  const k = keys[0];
                  if (k !== undefined) selectRegion(String(k));
                }}
              />
            )}
          </Card>
        </Col>
        <Col xs={{ span: 24, order: 1 }} lg={{ span: 17, order: 2 }} xl={{ span: 18, order: 2 }}>
          <Space orientation="vertical" size={16} style={{ width: '100%' }}>
            <Card size="small" loading={info.isLoading}>
              {regionInfo && (
                <Row gutter={[16, 12]} align="middle">
                  <Col xs={24} md={10}>
                    <Breadcrumb
                      items={regionInfo.path.map((p) => ({
                        key: p.code,
                        title:
                          p.code === regionInfo.code ? (
                            <b>{p.name}</b>
                          ) : (
                            <a onClick={() => selectRegion(p.code)}>{p.name}</a>
                          ),
                      }))}
                    />
                    <Space style={{ marginTop: 6 }}>
                      <Tag color={LEVEL_COLOR[regionInfo.level]}>{t(levelKey(regionInfo.level))}</Tag>
                      <Typography.Text type="secondary" copyable style={{ fontFamily: 'monospace' }}>
                        {regionInfo.code}
                      </Typography.Text>
                    </Space>
                  </Col>
                  <Col xs={8} md={4}>
                    <Statistic title={t('map.childCount')} value={regionInfo.childCount} />
                  </Col>
                  <Col xs={8} md={4}>
                    <Statistic title={t('map.gridCount')} value={regionInfo.gridCount} />
                  </Col>
                  <Col xs={8} md={6}>
                    <Statistic title={t('map.households')} value={regionInfo.households} />
                  </Col>
                </Row>
              )}
            </Card>
            <Card
              size="small"
              title={
                <Space wrap>
                  <Switch
                    checked={allGrids}
                    disabled={isCommunity}
                    onChange={setAllGrids}
                    data-testid="toggle-grids"
                  />
                  <span style={{ fontWeight: 'normal' }}>{t('map.showAllGrids')}</span>
                </Space>
              }
              extra={
                <Space.Compact style={{ width: 300, maxWidth: '60vw' }}>
                  <Input
                    allowClear
                    prefix={<AimOutlined />}
                    placeholder={t('map.locatePlaceholder')}
                    value={locateText}
                    onChange={(e) => setLocateText(e.target.value)}
                    onPressEnter={() => void locate()}
                    data-testid="locate-input"
                  />
                  <Button type="primary" onClick={() => void locate()}>
                    {t('map.locate')}
                  </Button>
                </Space.Compact>
              }
              styles={{ body: { padding: 0, position: 'relative' } }}
            >
              {(locateError || located) && (
                <div style={{ padding: '8px 12px', borderBottom: '1px solid #f0f0f0' }}>
                  {locateError ? (
                    <Alert type="warning" showIcon title={locateError} />
                  ) : locatedNothing ? (
                    <Alert
                      type="info"
                      showIcon
                      title={t('map.locateOutside')}
                      closable={{ onClose: () => setLocated(null) }}
                    />
                  ) : (
                    located && (
                      <Space wrap size={[16, 4]} data-testid="locate-result">
                        <Typography.Text strong>{t('map.locateResult')}</Typography.Text>
                        {(['district', 'street', 'community', 'grid'] as const).map((k) => {
                          const v = located[k];
                          return (
                            <span key={k}>
                              <Typography.Text type="secondary" style={{ marginInlineEnd: 6 }}>
                                {t(`map.${k}`)}
                              </Typography.Text>
                              {v ? (
                                k === 'grid' ? (
                                  <a onClick={() => setGridCode(v.code)}>{v.name}</a>
                                ) : (
                                  <a onClick={() => selectRegion(v.code)}>{v.name}</a>
                                )
                              ) : (
                                '—'
                              )}
                            </span>
                          );
                        })}
                        <Button size="small" type="link" onClick={() => setLocated(null)}>
                          {t('common.close')}
                        </Button>
                      </Space>
                    )
                  )}
                </div>
              )}
              <div data-testid="region-map" style={{ position: 'relative', minHeight: 520 }}>
                {map.isLoading ? (
                  <Spin style={{ position: 'absolute', inset: 0, margin: 'auto', height: 32 }} />
                ) : map.error ? (
                  <Alert
                    type="error"
                    title={t('common.loadFailed', { message: map.error.message })}
                    style={{ margin: 16 }}
                  />
                ) : option ? (
                  <EChart
                    option={option}
                    onClick={onMapClick}
                    style={{ height: 'min(68vh, 640px)', minHeight: 420 }}
                  />
                ) : (
                  <Empty style={{ paddingTop: 120 }} description={t('map.noFeatures')} />
                )}
              </div>
            </Card>
          </Space>
        </Col>
      </Row>
      <Drawer
        open={!!gridCode}
        onClose={() => setGridCode(null)}
        title={t('map.gridDetail')}
        size={440}
        destroyOnHidden
      >
        {grid.isLoading && <Spin />}
        {grid.error && <Alert type="error" title={grid.error.message} />}
        {grid.data && (
          <Space orientation="vertical" size={16} style={{ width: '100%' }} data-testid="grid-detail">
            <Descriptions
              column={1}
              size="small"
              bordered
              items={[
                { key: 'name', label: t('common.name'), children: grid.data.name },
                {
                  key: 'code',
                  label: t('map.gridCode'),
                  children: (
                    <Typography.Text copyable style={{ fontFamily: 'monospace' }}>
                      {grid.data.code}
                    </Typography.Text>
                  ),
                },
                { key: 'community', label: t('map.community'), children: grid.data.community?.name ?? '—' },
                { key: 'street', label: t('map.street'), children: grid.data.street?.name ?? '—' },
                {
                  key: 'households',
                  label: t('map.households'),
                  children: grid.data.households.toLocaleString(),
                },
              ]}
            />
            <div>
              <Typography.Title level={5}>{t('map.workers')}</Typography.Title>
              <Table
                size="small"
                rowKey="id"
                pagination={false}
                dataSource={grid.data.workers}
                locale={{ emptyText: t('map.noWorkers') }}
                columns={[
                  { title: t('users.name'), dataIndex: 'name' },
                  { title: t('users.username'), dataIndex: 'username' },
                  {
                    title: t('users.phone'),
                    dataIndex: 'phoneMasked',
                    render: (v: string | null) => v ?? '—',
                  },
                ]}
              />
            </div>
          </Space>
        )}
      </Drawer>
    </div>
  );
}
