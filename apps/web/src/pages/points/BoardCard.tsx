import { Card, Col, Empty, List, Row, Tag, Typography } from 'antd';
import type { PointsBoard } from '../../api/points.ts';
import { useI18n } from '../../i18n/index.tsx';

/** One month's 红黑榜: households under their minimal label only. */
export function BoardCard({ board }: { board: PointsBoard | null }) {
  const { t } = useI18n();
  if (!board) return <Empty description={t('points.noBoard')} />;
  return (
    <Card size="small" title={t('points.boardOf', { month: board.month })} data-testid="points-board">
      <Row gutter={12}>
        <Col xs={24} sm={12}>
          <Typography.Text strong style={{ color: '#cf1322' }}>
            {t('points.red')}
          </Typography.Text>
          <List
            size="small"
            dataSource={board.red}
            locale={{ emptyText: '—' }}
            renderItem={(r, i) => (
              <List.Item extra={<Tag color="red">{t('points.pointsN', { n: r.points })}</Tag>}>
                {i + 1}. {r.label}
              </List.Item>
            )}
          />
        </Col>
        <Col xs={24} sm={12}>
          <Typography.Text strong>{t('points.black')}</Typography.Text>
          <List
            size="small"
            dataSource={board.black}
            locale={{ emptyText: '—' }}
            renderItem={(r) => (
              <List.Item extra={<Tag>{t('points.blackEntries', { n: r.entries })}</Tag>}>{r.label}</List.Item>
            )}
          />
        </Col>
      </Row>
    </Card>
  );
}
