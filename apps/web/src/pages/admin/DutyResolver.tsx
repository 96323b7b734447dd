/** 谁来办？ — asks the server who would handle a matter at a point, and shows the reasoning. */
import { useState } from 'react';
import { Alert, Button, Card, Col, Descriptions, Form, InputNumber, Row, Space, Tag, Typography } from 'antd';
import { QuestionCircleOutlined } from '@ant-design/icons';
import { api } from '../../api/client.ts';
import type { DutyResolution, ResolvedUnit } from '../../api/types.ts';
import { CategoryTreeSelect } from '../../components/pickers.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { useShowError } from '../../lib/useApiError.ts';
import { ResolverMap } from './ResolverMap.tsx';
import { AddressSearch } from '../../components/address/AddressSearch.tsx';

const SOURCE_COLOR: Record<DutyResolution['source'], string> = {
  duty: 'success',
  local_fallback: 'warning',
  district_fallback: 'error',
};

export function DutyResolver() {
  const { t } = useI18n();
  const showError = useShowError();
  const [categoryCode, setCategoryCode] = useState<string | undefined>();
  const [lon, setLon] = useState<number | null>(null);
  const [lat, setLat] = useState<number | null>(null);
  const [addressText, setAddressText] = useState('');
  const [result, setResult] = useState<DutyResolution | null>(null);
  const [loading, setLoading] = useState(false);

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
              <div style={{ marginBottom: 8 }}>
                <AddressSearch
                  value={addressText}
                  onChange={setAddressText}
                  testId="resolve-address"
                  onPick={(c) => {
                    if (c.lon === null || c.lat === null) return;
                    setLon(c.lon);
                    setLat(c.lat);
                  }}
                />
              </div>
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
          <ResolverMap
            lon={lon}
            lat={lat}
            onPick={(x, y) => {
              setLon(x);
              setLat(y);
            }}
          />
        </Col>
      </Row>
    </Card>
  );
}
