import { useEffect, useMemo, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import {
  Alert,
  Breadcrumb,
  Button,
  Card,
  Col,
  Dropdown,
  Empty,
  Grid,
  Input,
  Row,
  Space,
  Spin,
  Statistic,
  Switch,
  Tag,
  Typography,
} from 'antd';
import { AimOutlined, DownloadOutlined } from '@ant-design/icons';
import { api, isApiError } from '../../api/client.ts';
import { qk, useRegionTree } from '../../api/queries.ts';
import type { GeoJsonFeatureCollection, LocateResult, RegionInfo } from '../../api/types.ts';
import { EChart, type ChartEventParams } from '../../components/EChart.tsx';
import { download, ImportButton } from '../../components/ImportExport.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { useI18n } from '../../i18n/index.tsx';
import type { MapChartOption } from '../../lib/echarts.ts';
import { levelKey } from '../../lib/options.ts';
import { findRegion, regionPath } from '../../lib/tree.ts';
import { GridDrawer } from './GridDrawer.tsx';
import { parseLonLat } from './lonLat.ts';
import { regionMapOption } from './regionMapOption.ts';
import { useBasePopulation } from '../../api/baseview.ts';
import { BaseCountsCard } from '../../components/baseview/BaseCountsCard.tsx';
import { LEVEL_COLOR, RegionTreePanel } from './RegionTreePanel.tsx';
import { LocateFeedback } from './LocateFeedback.tsx';

export default function MapPage() {
  const { t, lang } = useI18n();
  const tree = useRegionTree();
  const narrow = !Grid.useBreakpoint().lg;
  const [selected, setSelected] = useState<string | null>(null);
  const [expanded, setExpanded] = useState<string[]>([]);
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

  // Shading and tooltips from the base's live population, not the stored households figure.
  const population = useBasePopulation(selected ?? null, wantGrids || isCommunity);
  const option = useMemo<MapChartOption | null>(
    () =>
      map.data && selected && map.data.features.length > 0
        ? regionMapOption(
            map.data,
            `og-${selected}-${wantGrids ? 'g' : 'r'}`,
            located,
            t,
            lang,
            population.data,
          )
        : null,
    [map.data, selected, wantGrids, located, t, lang, population.data],
  );

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
          <RegionTreePanel
            root={tree.data}
            loading={tree.isLoading}
            error={tree.error}
            height={narrow ? 320 : 560}
            selected={selected}
            expanded={expanded}
            onExpand={setExpanded}
            onSelect={selectRegion}
          />
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
                </Row>
              )}
            </Card>
            {regionInfo && <BaseCountsCard region={regionInfo.code} />}
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
              <LocateFeedback
                error={locateError}
                located={located}
                onClear={() => setLocated(null)}
                onRegion={selectRegion}
                onGrid={setGridCode}
              />
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
      <GridDrawer gridCode={gridCode} onClose={() => setGridCode(null)} />
    </div>
  );
}
