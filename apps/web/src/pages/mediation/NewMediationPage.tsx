/**
 * 人民调解受理登记: a dispute from a case (?caseId=), a patrol, a walk-in or a referral, with its parties. A party is
 * typed, or picked from the base data (a person of the mediator's territory found by full name, shown masked per
 * the privacy classes); a grid worker chooses the grid from their own grids.
 */
import { useMemo, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { useQuery } from '@tanstack/react-query';
import { App, Button, Card, Col, Form, Input, List, Modal, Row, Select, Space, Tag, Typography } from 'antd';
import { MinusCircleOutlined, PlusOutlined, UserOutlined } from '@ant-design/icons';
import { api } from '../../api/client.ts';
import type { FieldBundle } from '../../api/field.ts';
import type { Schema } from '../../api/contract.ts';
import { readField } from '../../lib/fieldStore.ts';
import { partyBody, type PartyFormValue } from '../../lib/mediationParties.ts';
import { DisputeType, MediationSource, PartyRole } from '@onegrid/domain';
import { useCreateMediation, type NewMediationInput } from '../../api/mediation.ts';
import { useI18n, type MessageKey } from '../../i18n/index.tsx';
import { useShowError } from '../../lib/useApiError.ts';
import { useAuth } from '../../auth/AuthProvider.tsx';
import { RegionTreeSelect } from '../../components/pickers.tsx';

interface Values {
  source: NewMediationInput['source'];
  caseId?: string;
  gridCode?: string;
  communityCode?: string;
  disputeType: NewMediationInput['disputeType'];
  summary: string;
  request?: string;
  parties: PartyFormValue[];
}

const clean = (s: string | undefined) => (s && s.trim() ? s.trim() : undefined);

type PersonRow = Schema<'PersonRow'>;

/** The grid worker's own grids: from the bundle the phone keeps, else from the server. */
function useMyGrids(enabled: boolean) {
  return useQuery({
    queryKey: ['mediation', 'myGrids'],
    enabled,
    queryFn: async () => {
      const kept = await readField<FieldBundle>('bundle');
      const b = kept?.value ?? (await api.get<FieldBundle>('/api/field/bundle'));
      return b.grids.map((g) => ({ value: g.code, label: `${g.name}（${g.code}）` }));
    },
  });
}

/** A person of the base data, found by full name within the reader's territory (masked as the list masks). */
function PersonPicker({ onPick, onClose }: { onPick: (p: PersonRow) => void; onClose: () => void }) {
  const { t } = useI18n();
  const [name, setName] = useState('');
  const found = useQuery({
    queryKey: ['mediation', 'personPick', name],
    enabled: name.length > 0,
    queryFn: () => api.get<Schema<'PersonPage'>>('/api/basedata/persons', { name, pageSize: 10 }),
  });
  return (
    <Modal open title={t('med.pick.title')} footer={null} onCancel={onClose}>
      <Input.Search
        placeholder={t('med.pick.name')}
        enterButton
        onSearch={(v) => setName(v.trim())}
        data-testid="med-pick-name"
      />
      <Typography.Paragraph type="secondary" style={{ fontSize: 12, marginTop: 6 }}>
        {t('med.pick.hint')}
      </Typography.Paragraph>
      {name && (
        <List
          loading={found.isLoading}
          dataSource={found.data?.items ?? []}
          locale={{ emptyText: t('med.pick.none') }}
          renderItem={(p) => (
            <List.Item
              actions={[
                <Button key="pick" size="small" type="primary" onClick={() => onPick(p)}>
                  {t('med.pick.choose')}
                </Button>,
              ]}
            >
              <Space wrap>
                <Typography.Text strong>{p.name ?? '—'}</Typography.Text>
                {p.age !== null && (
                  <Typography.Text type="secondary">{t('med.pick.age', { n: p.age })}</Typography.Text>
                )}
                <Typography.Text type="secondary">
                  {[p.communityName, p.gridName].filter(Boolean).join(' · ')}
                </Typography.Text>
                {p.tags.map((x, i) => (
                  <Tag key={i} color="purple">
                    {x.tag ?? x.class}
                  </Tag>
                ))}
              </Space>
            </List.Item>
          )}
        />
      )}
    </Modal>
  );
}

export default function NewMediationPage() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const { hasRole } = useAuth();
  const navigate = useNavigate();
  const showError = useShowError();
  const [params] = useSearchParams();
  const caseId = params.get('caseId') ?? undefined;
  const create = useCreateMediation();
  const key = useMemo(() => crypto.randomUUID(), []);
  const [form] = Form.useForm<Values>();
  const source = Form.useWatch('source', form);
  const gridOnly = hasRole('grid_worker') && !hasRole('street_lead') && !hasRole('handler');
  const myGrids = useMyGrids(gridOnly);
  const [picking, setPicking] = useState<number | null>(null);
  const parties = Form.useWatch('parties', form);

  const submit = (v: Values) => {
    const body: NewMediationInput = {
      source: v.source,
      disputeType: v.disputeType,
      summary: v.summary,
      request: clean(v.request),
      caseId: v.source === 'case' ? clean(v.caseId) : undefined,
      gridCode: v.source === 'case' ? undefined : clean(v.gridCode),
      communityCode: v.source === 'case' ? undefined : v.communityCode,
      parties: v.parties.map(partyBody),
    };
    create.mutate(
      { body, key },
      {
        onSuccess: (f) => {
          void message.success(t('med.created', { no: f.fileNo }));
          void navigate(`/mediation/${f.id}`);
        },
        onError: showError,
      },
    );
  };

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%', maxWidth: 960 }}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('med.newTitle')}
      </Typography.Title>
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={{
          source: caseId ? 'case' : gridOnly ? 'patrol' : 'walk_in',
          caseId,
          disputeType: 'neighbour',
          parties: [{ role: 'applicant' }, { role: 'respondent' }],
        }}
      >
        <Card size="small">
          <Row gutter={16}>
            <Col xs={24} md={8}>
              <Form.Item name="source" label={t('med.form.source')} rules={[{ required: true }]}>
                <Select
                  options={MediationSource.options.map((s) => ({
                    value: s,
                    label: t(`med.source.${s}` as MessageKey),
                  }))}
                />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              {source === 'case' ? (
                <Form.Item name="caseId" label={t('med.caseId')} rules={[{ required: true }]}>
                  <Input />
                </Form.Item>
              ) : gridOnly ? (
                <Form.Item name="gridCode" label={t('med.form.grid')} rules={[{ required: true }]}>
                  <Select
                    options={myGrids.data ?? []}
                    loading={myGrids.isLoading}
                    placeholder={t('med.form.gridPick')}
                    data-testid="med-grid"
                  />
                </Form.Item>
              ) : (
                <Form.Item name="communityCode" label={t('med.place')}>
                  <RegionTreeSelect allowClear />
                </Form.Item>
              )}
            </Col>
            <Col xs={24} md={8}>
              <Form.Item name="disputeType" label={t('med.type')} rules={[{ required: true }]}>
                <Select
                  options={DisputeType.options.map((s) => ({
                    value: s,
                    label: t(`med.type.${s}` as MessageKey),
                  }))}
                />
              </Form.Item>
            </Col>
          </Row>
          <Form.Item name="summary" label={t('med.summary')} rules={[{ required: true, whitespace: true }]}>
            <Input.TextArea rows={3} maxLength={4000} />
          </Form.Item>
          <Form.Item name="request" label={t('med.request')}>
            <Input.TextArea rows={2} maxLength={2000} />
          </Form.Item>
        </Card>
        <Card
          size="small"
          title={t('med.parties')}
          style={{ marginTop: 16 }}
          extra={<Typography.Text type="secondary">{t('med.form.partiesHint')}</Typography.Text>}
        >
          <Form.List name="parties">
            {(fields, { add, remove }) => (
              <>
                {fields.map((f) => (
                  <Row gutter={8} key={f.key} align="top">
                    <Col xs={24} md={4}>
                      <Form.Item name={[f.name, 'role']} rules={[{ required: true }]}>
                        <Select
                          options={PartyRole.options.map((r) => ({
                            value: r,
                            label: t(`med.role.${r}` as MessageKey),
                          }))}
                        />
                      </Form.Item>
                    </Col>
                    {parties?.[f.name]?.personId ? (
                      <Col xs={22} md={15}>
                        <Form.Item name={[f.name, 'personId']} hidden>
                          <Input />
                        </Form.Item>
                        <Space style={{ marginTop: 5 }}>
                          <Tag icon={<UserOutlined />} color="blue" data-testid="med-picked">
                            {parties[f.name]?.picked}
                          </Tag>
                          <Typography.Text type="secondary">{t('med.pick.fromBase')}</Typography.Text>
                          <Button
                            size="small"
                            onClick={() =>
                              form.setFieldValue(['parties', f.name], { role: parties[f.name]?.role })
                            }
                          >
                            {t('med.pick.clear')}
                          </Button>
                        </Space>
                      </Col>
                    ) : (
                      <>
                        <Col xs={24} md={4}>
                          <Form.Item name={[f.name, 'name']} rules={[{ required: true, whitespace: true }]}>
                            <Input
                              placeholder={t('med.party.name')}
                              maxLength={50}
                              addonAfter={
                                <UserOutlined
                                  title={t('med.pick.title')}
                                  data-testid="med-pick"
                                  onClick={() => setPicking(f.name)}
                                />
                              }
                            />
                          </Form.Item>
                        </Col>
                        <Col xs={24} md={4}>
                          <Form.Item name={[f.name, 'phone']}>
                            <Input placeholder={t('med.party.phone')} maxLength={20} />
                          </Form.Item>
                        </Col>
                        <Col xs={24} md={5}>
                          <Form.Item name={[f.name, 'idNumber']}>
                            <Input placeholder={t('med.party.idNumber')} maxLength={20} />
                          </Form.Item>
                        </Col>
                        <Col xs={22} md={6}>
                          <Form.Item name={[f.name, 'address']}>
                            <Input placeholder={t('med.party.address')} maxLength={200} />
                          </Form.Item>
                        </Col>
                      </>
                    )}
                    <Col xs={2} md={1}>
                      <MinusCircleOutlined style={{ marginTop: 9 }} onClick={() => remove(f.name)} />
                    </Col>
                  </Row>
                ))}
                <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ role: 'third_party' })}>
                  {t('med.party.add')}
                </Button>
              </>
            )}
          </Form.List>
        </Card>
        {picking !== null && (
          <PersonPicker
            onClose={() => setPicking(null)}
            onPick={(p) => {
              const role = form.getFieldValue(['parties', picking, 'role']) as string | undefined;
              form.setFieldValue(['parties', picking], { role, personId: p.id, picked: p.name ?? '—' });
              setPicking(null);
            }}
          />
        )}
        <Button
          type="primary"
          htmlType="submit"
          data-testid="med-submit"
          loading={create.isPending}
          style={{ marginTop: 16 }}
        >
          {t('med.form.submit')}
        </Button>
      </Form>
    </Space>
  );
}
