/**
 * Live counts of the base for a grid, community, street or district (replacing the stored households figure):
 * population by type, households, houses by use, rentals, organisations, tagged persons as the viewer may count.
 */
import { Card, Col, Row, Space, Statistic, Tag, Typography } from 'antd';
import { useBaseCounts } from '../../api/baseview.ts';
import { useI18n } from '../../i18n/index.tsx';
import { formatCount } from '../../lib/format.ts';

export function BaseCountsCard({
  region,
  grid,
  bordered = true,
}: {
  region?: string;
  grid?: string;
  bordered?: boolean;
}) {
  const { t, lang } = useI18n();
  const q = useBaseCounts(grid ? { grid } : region ? { region } : null);
  if (!q.data) return null;
  const c = q.data;
  const n = (v: number) => formatCount(v, lang);
  const uses = Object.entries(c.houses.byUse).filter(([, v]) => v > 0);
  const care = c.tags.filter((x) => x.group === 'care' && x.count > 0);
  const special = c.tags.filter((x) => x.group === 'special');
  const body = (
    <Space orientation="vertical" size={10} style={{ width: '100%' }} data-testid="bv-counts">
      <Row gutter={[12, 8]}>
        <Col span={8}>
          <Statistic title={t('bv.counts.population')} value={n(c.population.total)} />
        </Col>
        <Col span={8}>
          <Statistic title={t('bv.counts.households')} value={n(c.households)} />
        </Col>
        <Col span={8}>
          <Statistic title={t('bv.counts.houses')} value={n(c.houses.total)} />
        </Col>
      </Row>
      <Space size={4} wrap>
        <Tag>{`${t('bv.counts.registered')} ${n(c.population.registered)}`}</Tag>
        <Tag>{`${t('bv.counts.floating')} ${n(c.population.floating)}`}</Tag>
        <Tag>{`${t('bv.counts.unsettled')} ${n(c.population.unsettled)}`}</Tag>
        <Tag>{`${t('bv.counts.overseas')} ${n(c.population.overseas)}`}</Tag>
      </Space>
      {uses.length > 0 && (
        <Space size={4} wrap>
          {uses.map(([u, v]) => (
            <Tag key={u} color="blue">{`${t(`bv.use.${u as 'residence'}`)} ${n(v)}`}</Tag>
          ))}
          {c.houses.dangerous > 0 && (
            <Tag color="red">{t('bv.counts.dangerous', { n: n(c.houses.dangerous) })}</Tag>
          )}
        </Space>
      )}
      <Row gutter={[12, 8]}>
        <Col span={12}>
          <Typography.Text type="secondary">{t('bv.counts.rentals')}</Typography.Text>{' '}
          <Typography.Text strong>{n(c.rentals.total)}</Typography.Text>
          <div>
            <Typography.Text type={c.rentals.serious ? 'danger' : 'secondary'} style={{ fontSize: 12 }}>
              {t('bv.counts.rentalHazards', {
                n: n(c.rentals.serious + c.rentals.general),
                serious: n(c.rentals.serious),
              })}
            </Typography.Text>
          </div>
        </Col>
        <Col span={12}>
          <Typography.Text type="secondary">{t('bv.counts.organisations')}</Typography.Text>{' '}
          <Typography.Text strong>{n(c.organisations.total)}</Typography.Text>
          <div>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('bv.counts.keyUnits', { n: n(c.organisations.keyAny) })}
            </Typography.Text>
          </div>
        </Col>
      </Row>
      {care.length > 0 && (
        <div>
          <Typography.Text type="secondary">{t('bv.counts.care')}</Typography.Text>
          <div style={{ marginTop: 4 }}>
            <Space size={4} wrap>
              {care.map((x) => (
                <Tag key={x.tag} color="gold">{`${t(`bv.tag.${x.tag}`)} ${n(x.count)}`}</Tag>
              ))}
            </Space>
          </div>
        </div>
      )}
      {special.length > 0 && (
        <div>
          <Typography.Text type="secondary">{t('bv.counts.special')}</Typography.Text>
          <div style={{ marginTop: 4 }}>
            <Space size={4} wrap>
              {special.map((x) => (
                <Tag key={x.tag} color="volcano">{`${t(`bv.tag.${x.tag}`)} ${n(x.count)}`}</Tag>
              ))}
            </Space>
          </div>
        </div>
      )}
      <Typography.Text type="secondary" style={{ fontSize: 11 }}>
        {t('bv.counts.p3Note')}
      </Typography.Text>
    </Space>
  );
  return bordered ? (
    <Card size="small" title={t('bv.counts.title')}>
      {body}
    </Card>
  ) : (
    body
  );
}
