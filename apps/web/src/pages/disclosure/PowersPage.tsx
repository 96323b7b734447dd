/**
 * 小微权力清单 (issue 13): the district's micro-power items, each with its flowchart drawn as steps — the responsible
 * role under each, the disclosure points marked — and, for a community's staff, adoption for their community; the
 * district's administrators add items with the form (PowerModal).
 */
import { useState } from 'react';
import { App, Button, Card, Col, Row, Space, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client.ts';
import type { PowerItem } from '../../api/disclosure.ts';
import { useAuth } from '../../auth/AuthProvider.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { useShowError } from '../../lib/useApiError.ts';
import { DisclosureNav } from './DisclosureNav.tsx';
import { Flowchart, k } from './parts.tsx';
import { PowerModal } from './PowerModal.tsx';

export default function PowersPage() {
  const { t } = useI18n();
  const { me, hasRole } = useAuth();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const showError = useShowError();
  const powers = useQuery({
    queryKey: ['disclosure', 'powers'],
    queryFn: () => api.get<{ items: PowerItem[] }>('/api/disclosure/powers'),
  });
  const community =
    me?.scope.level === 'community' && (hasRole('street_lead') || hasRole('admin')) ? me.scope.code : null;
  // the district's (or city's) administrators write the items; a community's staff adopt them
  const author = hasRole('admin') && (me?.scope.level === 'district' || me?.scope.level === 'city');
  const [creating, setCreating] = useState(false);
  const adopt = useMutation({
    mutationFn: (id: string) => api.post(`/api/disclosure/powers/${id}/adopt`, { communityCode: community }),
    onSuccess: () => {
      void message.success(t('disclosure.powers.adopted'));
      void qc.invalidateQueries({ queryKey: ['disclosure', 'powers'] });
    },
    onError: showError,
  });
  return (
    <div>
      <DisclosureNav />
      <Space style={{ width: '100%', justifyContent: 'space-between' }} align="center">
        <Typography.Title level={4}>{t('disclosure.powers.title')}</Typography.Title>
        {author && (
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setCreating(true)}
            data-testid="power-new"
          >
            {t('disclosure.powers.new')}
          </Button>
        )}
      </Space>
      <Typography.Paragraph type="secondary">{t('disclosure.powers.sub')}</Typography.Paragraph>
      <Row gutter={[16, 16]}>
        {(powers.data?.items ?? []).map((p) => (
          <Col key={p.id} xs={24} md={12} xl={8}>
            <Card
              size="small"
              data-testid="power-item"
              title={
                <Space size={6} wrap>
                  <span>{p.title}</span>
                  <Tag color="blue">{t(k(`disclosure.cat.${p.category}`))}</Tag>
                </Space>
              }
              extra={
                community &&
                (p.adoptedBy.includes(community) ? (
                  <Tag color="green">{t('disclosure.powers.adopted')}</Tag>
                ) : (
                  <Button size="small" onClick={() => adopt.mutate(p.id)} loading={adopt.isPending}>
                    {t('disclosure.powers.adopt')}
                  </Button>
                ))
              }
            >
              <Typography.Paragraph type="secondary" style={{ fontSize: 12, marginBottom: 8 }}>
                {t('disclosure.powers.basis')}：{p.basis}
              </Typography.Paragraph>
              <Flowchart item={p} />
              <Space size={6} wrap>
                <Tag color="volcano">{t('disclosure.powers.points', { n: p.disclosurePoints.length })}</Tag>
                {!community && <Tag>{t('disclosure.powers.adoptedBy', { n: p.adoptedBy.length })}</Tag>}
              </Space>
            </Card>
          </Col>
        ))}
      </Row>
      {creating && <PowerModal onClose={() => setCreating(false)} />}
    </div>
  );
}
