/** 谁来办？ — asks the server who would handle a matter at a point, and shows the reasoning. */
import { useEffect, useMemo, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import {
  Alert,
  Button,
  Card,
  Col,
  Descriptions,
  Empty,
  Form,
  InputNumber,
  Row,
  Select,
  Space,
  Spin,
  Tag,
  Typography,
} from 'antd';
import { QuestionCircleOutlined } from '@ant-design/icons';
import { api } from '../../api/client.ts';
import { qk, useRegionTree } from '../../api/queries.ts';
import type { DutyResolution, GeoJsonFeatureCollection, RegionNode, ResolvedUnit } from '../../api/types.ts';
import { EChart, type EChartsInstance } from '../../components/EChart.tsx';
import { CategoryTreeSelect } from '../../components/pickers.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { registerGeoJson, type MapChartOption } from '../../lib/echarts.ts';
import { escapeHtml } from '../../lib/html.ts';
import { useShowError } from '../../lib/useApiError.ts';
import { walkRegions } from '../../lib/tree.ts';

const SOURCE_COLOR: Record<DutyResolution['source'], string> = {
  duty: 'success',
  local_fallback: 'warning',
  district_fallback: 'error',
};

/** The districts in the caller's scope; a scope below district level (a street admin) maps its own root. */
function districtsOf(root: RegionNode | undefined): RegionNode[] {
  const out: RegionNode[] = [];
  walkRegions(root, (n) => {
    if (n.level === 'district') out.push(n);
  });
  return out.length || !root ? out : [root];
}

function round6(n: number): number {
  return Math.round(n * 1e6) / 1e6;
}

export function DutyResolver() {
  const { t } = useI18n();
  const showError = useShowError();
  const tree = useRegionTree();
  const districts = useMemo(() => districtsOf(tree.data), [tree.data]);
  const [district, setDistrict] = useState<string | undefined>();
  const [categoryCode, setCategoryCode] = useState<string | undefined>();
  const [lon, setLon] = useState<number | null>(null);
  const [lat, setLat] = useState<number | null>(null);
  const [result, setResult] = useState<DutyResolution | null>(null);
  const [loading, setLoading] = useState(false);

  useEffect(() => {
    if (!district && districts[0]) setDistrict(districts[0].code);
  }, [district, districts]);

  const map = useQuery({
    queryKey: qk.regionMap(district ?? '', false),
    queryFn: () => api.get<GeoJsonFeatureCollection>(`/api/regions/${district}/map`),
    enabled: !!district,
    staleTime: 5 * 60_000,
  });

  const option = useMemo<MapChartOption | null>(() => {
    if (!map.data || !district || map.data.features.length === 0) return null;
    const name = registerGeoJson(`og-${district}-r`, map.data);
    const byCode = new Map(map.data.features.map((f) => [f.properties.code, f.properties.name]));
    return {
      tooltip: {
        trigger: 'item',
        formatter: (p) => escapeHtml(byCode.get((p as { name: string }).name)),
      },
      series: [
        {
          type: 'map',
          map: name,
          nameProperty: 'code',
          roam: true,
          selectedMode: false,
          aspectScale: 0.78,
          label: {
            show: true,
            fontSize: 10,
            color: '#51607a',
            formatter: (p: { name: string }) => byCode.get(p.name) ?? '',
          },
          itemStyle: { areaColor: '#e8eef8', borderColor: '#fff' },
          emphasis: { itemStyle: { areaColor: '#cfdcf2' }, label: { show: true } },
          markPoint:
            lon !== null && lat !== null
              ? {
                  symbol: 'pin',
                  symbolSize: 30,
                  itemStyle: { color: '#d4380d' },
                  label: { show: false },
                  data: [{ name: 'point', coord: [lon, lat] }],
                }
              : undefined,
        },
      ],
    };
  }, [map.data, district, lon, lat]);

  const onReady = (chart: EChartsInstance) => {
    const handler = (e: { offsetX: number; offsetY: number }) => {
      const p = chart.convertFromPixel({ seriesIndex: 0 }, [e.offsetX, e.offsetY]) as number[] | undefined;
      // state setters are stable, so binding once on mount is enough
      if (p && Number.isFinite(p[0]) && Number.isFinite(p[1])) {
        setLon(round6(p[0]!));
        setLat(round6(p[1]!));
      }
    };
    chart.getZr().on('click', handler);
    return () => chart.getZr().off('click', handler);
  };

  const resolve = async () => {
    if (!categoryCode) return;
    setLoading(true);
    try {
      setResult(
        await api.get<DutyResolution>('/api/duties/resolve', {
          categoryCode,
          lon: lon ?? undefined,
          lat: lat ?? undefined,
        }),
      );
    } catch (e) {
      setResult(null);
      showError(e);
    } finally {
      setLoading(false);
    }
  };

  const unitTag = (u: ResolvedUnit) => (
    <Tag key={u.unit.id} style={{ marginBottom: 4 }}>
      {u.unit.name}
      {u.via === 'local_street' && (
        <Typography.Text type="secondary" style={{ fontSize: 11, marginInlineStart: 4 }}>
          ({t('duties.via.local_street')})
        </Typography.Text>
      )}
    </Tag>
  );

  /** One sentence in the reader's language; the server's machine-oriented explanation stays folded away. */
  const summary = (r: DutyResolution): string => {
    const lead = r.lead?.unit.name ?? t('duties.noLead');
    switch (r.source) {
      case 'duty':
        return t('duties.summary.duty', { region: r.duty?.region.name ?? '', lead });
      case 'local_fallback':
        return t('duties.summary.local_fallback', { lead });
      case 'district_fallback':
        return t('duties.summary.district_fallback', { lead });
    }
  };

  const loc = result?.location;
  const chain = loc ? [loc.district, loc.street, loc.community, loc.grid].filter((x) => x !== null) : [];

  return (
    <Card
      title={
        <Space>
          <QuestionCircleOutlined />
          {t('duties.tester')}
        </Space>
      }
      extra={<Typography.Text type="secondary">{t('duties.testerHint')}</Typography.Text>}
      data-testid="duty-resolver"
    >
      <Row gutter={[24, 16]}>
        <Col xs={24} lg={10}>
          <Form layout="vertical" onFinish={() => void resolve()}>
            <Form.Item label={t('duties.category')} required>
              <CategoryTreeSelect
                leafOnly
                value={categoryCode}
                onChange={setCategoryCode}
                placeholder={t('duties.pickLeaf')}
              />
            </Form.Item>
            <Form.Item label={t('duties.location')} extra={t('duties.pickPoint')}>
              <Space.Compact block>
                <InputNumber
                  placeholder={t('common.lon')}
                  value={lon}
                  onChange={(v) => setLon(v)}
                  min={-180}
                  max={180}
                  step={0.001}
                  style={{ width: '50%' }}
                  data-testid="resolve-lon"
                />
                <InputNumber
                  placeholder={t('common.lat')}
                  value={lat}
                  onChange={(v) => setLat(v)}
                  min={-90}
                  max={90}
                  step={0.001}
                  style={{ width: '50%' }}
                  data-testid="resolve-lat"
                />
              </Space.Compact>
            </Form.Item>
            <Button
              type="primary"
              htmlType="submit"
              loading={loading}
              disabled={!categoryCode}
              data-testid="resolve-submit"
            >
              {t('duties.resolve')}
            </Button>
          </Form>
          {result && (
            <div style={{ marginTop: 20 }} data-testid="resolve-result">
              <Descriptions
                column={1}
                size="small"
                bordered
                items={[
                  {
                    key: 'loc',
                    label: t('duties.location'),
                    children: chain.length ? chain.map((c) => c.name).join(' › ') : '—',
                  },
                  {
                    key: 'source',
                    label: t('duties.matched'),
                    children: (
                      <Space orientation="vertical" size={2}>
                        <Tag color={SOURCE_COLOR[result.source]}>{t(`duties.source.${result.source}`)}</Tag>
                        {result.duty && <span>{result.duty.region.name}</span>}
                      </Space>
                    ),
                  },
                  {
                    key: 'lead',
                    label: t('duties.lead'),
                    children: result.lead ? (
                      <b>{unitTag(result.lead)}</b>
                    ) : (
                      <Typography.Text type="danger">{t('duties.noLead')}</Typography.Text>
                    ),
                  },
                  {
                    key: 'coord',
                    label: t('duties.coordinators'),
                    children: result.coordinators.length ? result.coordinators.map(unitTag) : '—',
                  },
                  {
                    key: 'assist',
                    label: t('duties.assists'),
                    children: result.assists.length ? result.assists.map(unitTag) : '—',
                  },
                ]}
              />
              <Alert
                type={result.source === 'duty' ? 'success' : 'warning'}
                showIcon
                style={{ marginTop: 12 }}
                title={<span data-testid="resolve-summary">{summary(result)}</span>}
              />
              {result.explanation && (
                <details style={{ marginTop: 8 }} data-testid="resolve-explanation">
                  <summary style={{ cursor: 'pointer' }}>
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {t('duties.explanation')}
                    </Typography.Text>
                  </summary>
                  <Typography.Text
                    type="secondary"
                    style={{ fontSize: 12, fontFamily: 'monospace', wordBreak: 'break-all' }}
                  >
                    {result.explanation}
                  </Typography.Text>
                </details>
              )}
            </div>
          )}
        </Col>
        <Col xs={24} lg={14}>
          {districts.length > 1 && (
            <Select
              value={district}
              onChange={setDistrict}
              options={districts.map((d) => ({ value: d.code, label: d.name }))}
              style={{ width: 200, marginBottom: 8 }}
              prefix={t('duties.district')}
            />
          )}
          <div
            style={{
              border: '1px solid #f0f0f0',
              borderRadius: 8,
              minHeight: 380,
              position: 'relative',
              cursor: 'crosshair',
            }}
          >
            {map.isLoading ? (
              <Spin style={{ position: 'absolute', inset: 0, margin: 'auto', height: 32 }} />
            ) : option ? (
              <EChart option={option} onReady={onReady} style={{ height: 380 }} testId="resolver-map" />
            ) : (
              <Empty style={{ paddingTop: 120 }} description={t('map.noFeatures')} />
            )}
          </div>
        </Col>
      </Row>
    </Card>
  );
}
