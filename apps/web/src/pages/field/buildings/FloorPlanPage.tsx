/**
 * 楼盘表 of one building on the phone: units → floors (top down) → rooms. A room opens its house and residents
 * (names masked); the worker adds a room, registers a resident and verifies (已核实) a house or a person — every
 * write through the base data's own routes. On the phone each write goes through the send queue (待发送): made
 * offline, sent once by its instance id (the routes answer a resend with the first answer); the plans opened are
 * kept on the phone. In the console (/buildings, street and community staff) writes are sent at once.
 */
import { useEffect, useState } from 'react';
import { App, Button, Drawer, Empty, Form, Input, Select, Space, Spin, Tabs, Tag, Typography } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { Link, useParams } from 'react-router-dom';
import { api } from '../../../api/client.ts';
import { useFloorPlan, type FloorPlan } from '../../../api/fieldtasks.ts';
import { useI18n, type MessageKey } from '../../../i18n/index.tsx';
import { useShowError } from '../../../lib/useApiError.ts';
import { enqueueField, newInstanceId, SYNCED } from '../../../lib/fieldQueue.ts';
import { readField, writeField } from '../../../lib/fieldStore.ts';
import { useBuildingsBase } from './FieldBuildingsPage.tsx';

/**
 * A 楼盘表 write: queued on the phone (kind `collect`, label for 待发送), posted at once in the console. Resolves
 * when the write is kept (phone) or done (console); `queued` tells which.
 */
function useCollect() {
  const qc = useQueryClient();
  const phone = useBuildingsBase() === '/field/buildings';
  return async (url: string, body: Record<string, unknown>, label: string): Promise<{ queued: boolean }> => {
    if (phone) {
      await enqueueField('collect', url, { instanceId: newInstanceId(), ...body }, [], label);
      return { queued: true };
    }
    await api.post(url, body);
    await qc.invalidateQueries({ queryKey: ['fieldtasks', 'plan'] });
    return { queued: false };
  };
}

type Room = FloorPlan['units'][number]['floors'][number]['rooms'][number];
type Floor = FloorPlan['units'][number]['floors'][number];
const STATE_COLOR: Record<string, string> = { verified: 'green', claimed: 'blue', entered: 'default' };

function RoomDrawer({ room, onClose }: { room: Room; onClose: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const showError = useShowError();
  const collect = useCollect();
  const [form] = Form.useForm<{ name: string; idNumber?: string; populationType: string }>();
  const run = (p: Promise<{ queued: boolean }>) =>
    p.then((r) => {
      void message.success(
        !r.queued ? t('fb.saved') : navigator.onLine ? t('field.saved') : t('field.savedOffline'),
      );
      onClose();
    }, showError);
  const h = room.house;
  return (
    <Drawer open placement="bottom" height="80%" title={room.name} onClose={onClose}>
      {h && (
        <Space direction="vertical" style={{ width: '100%' }}>
          <Space wrap>
            <Tag>{t(`bd.houseUse.${h.use}` as MessageKey)}</Tag>
            {h.rented && <Tag color="orange">{t('fb.rented')}</Tag>}
            {h.dangerous && <Tag color="red">{t('fb.dangerous')}</Tag>}
            <Tag color={STATE_COLOR[h.sourceState]}>{t(`bd.state.${h.sourceState}` as MessageKey)}</Tag>
            {h.stateBy && (
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t('bd.stateBy', { name: h.stateBy, at: new Date(h.stateAt).toLocaleDateString() })}
              </Typography.Text>
            )}
          </Space>
          {h.sourceState !== 'verified' && (
            <Button
              block
              onClick={() =>
                void run(
                  collect(
                    `/api/basedata/houses/${h.id}/verify`,
                    { version: h.version },
                    `${t('fb.verifyHouse')} · ${room.name}`,
                  ),
                )
              }
            >
              {t('fb.verifyHouse')}
            </Button>
          )}
          {room.residents.length === 0 && <Typography.Text type="secondary">{t('fb.empty')}</Typography.Text>}
          {room.residents.map((p) => (
            <Space key={p.id} style={{ justifyContent: 'space-between', width: '100%' }}>
              <Space>
                <Typography.Text strong>{p.name ?? '—'}</Typography.Text>
                {p.populationType && <Tag>{t(`bd.pop.${p.populationType}` as MessageKey)}</Tag>}
                {p.tags.map((x, i) => (
                  <Tag key={i} color="purple">
                    {x.tag ? x.tag : x.class}
                  </Tag>
                ))}
              </Space>
              {p.sourceState === 'verified' ? (
                <Tag color="green">{t('fb.verified')}</Tag>
              ) : (
                <Button
                  size="small"
                  onClick={() =>
                    void run(
                      collect(
                        `/api/basedata/persons/${p.id}/verify`,
                        { version: p.version },
                        `${t('fb.verifyPerson')} · ${room.name} · ${p.name ?? ''}`,
                      ),
                    )
                  }
                >
                  {t('fb.verifyPerson')}
                </Button>
              )}
            </Space>
          ))}
          {room.hiddenResidents > 0 && (
            <Typography.Text type="secondary">{t('fb.hidden', { n: room.hiddenResidents })}</Typography.Text>
          )}
          <Typography.Title level={5}>{t('fb.addResident')}</Typography.Title>
          <Form form={form} layout="vertical" initialValues={{ populationType: 'registered' }}>
            <Form.Item name="name" label={t('fb.residentName')} rules={[{ required: true, max: 50 }]}>
              <Input />
            </Form.Item>
            <Form.Item name="idNumber" label={t('fb.idNumber')}>
              <Input />
            </Form.Item>
            <Form.Item name="populationType" label={t('bd.populationType')}>
              <Select
                options={(['registered', 'floating', 'unsettled', 'overseas'] as const).map((v) => ({
                  value: v,
                  label: t(`bd.pop.${v}`),
                }))}
              />
            </Form.Item>
            <Button
              type="primary"
              block
              onClick={() =>
                void form.validateFields().then((v) =>
                  run(
                    collect(
                      '/api/basedata/persons',
                      {
                        name: v.name,
                        ...(v.idNumber ? { idNumber: v.idNumber } : {}),
                        residence: { houseId: h.id, populationType: v.populationType },
                      },
                      `${t('fb.addResident')} · ${room.name}`,
                    ),
                  ),
                )
              }
            >
              {t('fb.addResident')}
            </Button>
          </Form>
        </Space>
      )}
    </Drawer>
  );
}

function FloorRow({
  floor,
  buildingId,
  onRoom,
}: {
  floor: Floor;
  buildingId: string;
  onRoom: (r: Room) => void;
}) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const showError = useShowError();
  const collect = useCollect();
  const [adding, setAdding] = useState(false);
  const [name, setName] = useState('');
  return (
    <div style={{ display: 'flex', gap: 8, alignItems: 'flex-start', marginBottom: 8 }}>
      <div style={{ width: 44, flex: 'none', paddingTop: 6, color: '#888', fontSize: 12 }}>
        {floor.name ?? t('fb.noFloor')}
      </div>
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: 6, flex: 1 }}>
        {floor.rooms.map((r) => (
          <button
            key={r.id}
            type="button"
            onClick={() => onRoom(r)}
            data-testid="fb-room"
            style={{
              minWidth: 64,
              padding: '4px 6px',
              borderRadius: 6,
              border: '1px solid #d9d9d9',
              background:
                r.house?.sourceState === 'verified' ? '#f6ffed' : r.residents.length ? '#e6f4ff' : '#fff',
              textAlign: 'left',
            }}
          >
            <div style={{ fontWeight: 600 }}>{r.name}</div>
            <div style={{ fontSize: 11, color: '#666' }}>
              {r.residents.length ? r.residents.map((p) => p.name).join('、') : '—'}
              {r.house?.rented ? ` · ${t('fb.rented')}` : ''}
            </div>
          </button>
        ))}
        {floor.id &&
          (adding ? (
            <Space.Compact>
              <Input
                size="small"
                style={{ width: 80 }}
                placeholder={t('fb.roomName')}
                value={name}
                onChange={(e) => setName(e.target.value)}
              />
              <Button
                size="small"
                type="primary"
                disabled={!name.trim()}
                onClick={() =>
                  collect(
                    `/api/field/buildings/${buildingId}/rooms`,
                    { parentId: floor.id, name },
                    `${t('fb.addRoom')} · ${floor.name ?? ''} ${name}`,
                  ).then((r) => {
                    void message.success(
                      !r.queued
                        ? t('fb.roomAdded')
                        : navigator.onLine
                          ? t('field.saved')
                          : t('field.savedOffline'),
                    );
                    setAdding(false);
                    setName('');
                  }, showError)
                }
              >
                +
              </Button>
            </Space.Compact>
          ) : (
            <Button size="small" type="dashed" onClick={() => setAdding(true)}>
              + {t('fb.addRoom')}
            </Button>
          ))}
      </div>
    </div>
  );
}

export default function FloorPlanPage() {
  const { t } = useI18n();
  const { addressId = '' } = useParams();
  const plan = useFloorPlan(addressId);
  const base = useBuildingsBase();
  const qc = useQueryClient();
  const [room, setRoom] = useState<Room | null>(null);
  // plans opened on the phone are kept there: the building opens again without a network
  const [kept, setKept] = useState<FloorPlan | null | undefined>(undefined);
  useEffect(() => {
    void readField<Record<string, FloorPlan>>('floorPlans').then((v) => setKept(v?.value[addressId] ?? null));
  }, [addressId]);
  useEffect(() => {
    if (!plan.data || base !== '/field/buildings') return;
    const data = plan.data;
    void readField<Record<string, FloorPlan>>('floorPlans').then((v) =>
      writeField('floorPlans', { ...(v?.value ?? {}), [addressId]: data }),
    );
  }, [plan.data, addressId, base]);
  useEffect(() => {
    const on = () => void qc.invalidateQueries({ queryKey: ['fieldtasks', 'plan'] });
    window.addEventListener(SYNCED, on);
    return () => window.removeEventListener(SYNCED, on);
  }, [qc]);
  const data = plan.data ?? (base === '/field/buildings' ? kept : null);
  if (!data && (plan.isLoading || kept === undefined)) return <Spin style={{ margin: 24 }} />;
  if (!data) return <Empty style={{ margin: 24 }} />;
  const p = data;
  const current = room
    ? (p.units.flatMap((u) => u.floors.flatMap((f) => f.rooms)).find((r) => r.id === room.id) ?? room)
    : null;
  return (
    <div style={{ maxWidth: 480, margin: '0 auto', padding: 12 }}>
      <Link to={base}>‹ {t('fb.back')}</Link>
      <Typography.Title level={4} style={{ margin: '8px 0 0' }}>
        {p.building.fullName}
      </Typography.Title>
      <Typography.Text type="secondary">{t('fb.counts', p.counts)}</Typography.Text>
      <Tabs
        items={p.units.map((u) => ({
          key: u.id ?? '-',
          label: u.name ?? t('fb.noUnit'),
          children: u.floors.map((f) => (
            <FloorRow key={f.id ?? '-'} floor={f} buildingId={p.building.id} onRoom={setRoom} />
          )),
        }))}
      />
      {current && <RoomDrawer room={current} onClose={() => setRoom(null)} />}
    </div>
  );
}
