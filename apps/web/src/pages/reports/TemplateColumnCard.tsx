import { Button, Card, Checkbox, Input, InputNumber, Select, Space } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { QUERY_FIELDS, SUM_FIELDS, AGE_ENTITIES, QueryEntity, type TemplateInput } from '@onegrid/domain';
import { useI18n } from '../../i18n/index.tsx';
import { codeLabel } from './labels.ts';

export type Col = TemplateInput['columns'][number];
type Filter = { field: string; op: 'eq' | 'in'; values: (string | boolean)[] };

/** The column builder: query columns from dropdowns of the whitelisted fields and code tables — never SQL. */
export function ColumnCard({
  col,
  onChange,
  onRemove,
}: {
  col: Col;
  onChange: (c: Col) => void;
  onRemove: () => void;
}) {
  const { t } = useI18n();
  const isQuery = col.kind === 'query';
  const entity = isQuery ? col.query.entity : 'person';
  const fields = QUERY_FIELDS[entity];
  const filters: Filter[] = isQuery ? col.query.filters : [];
  const setQuery = (patch: Partial<Extract<Col, { kind: 'query' }>['query']>) =>
    isQuery && onChange({ ...col, query: { ...col.query, ...patch } });
  return (
    <Card size="small" style={{ marginBottom: 12 }} data-testid={`col-${col.key}`}>
      <Space wrap>
        <Input
          style={{ width: 120 }}
          value={col.key}
          placeholder={t('rpt.col.key')}
          onChange={(e) => onChange({ ...col, key: e.target.value })}
        />
        <Input
          style={{ width: 220 }}
          value={col.label}
          placeholder={t('rpt.col.label')}
          onChange={(e) => onChange({ ...col, label: e.target.value })}
        />
        <Select
          style={{ width: 170 }}
          value={col.kind}
          options={[
            { value: 'query', label: t('rpt.col.query') },
            { value: 'manual', label: t('rpt.col.manual') },
          ]}
          onChange={(k) =>
            onChange(
              k === 'query'
                ? {
                    key: col.key,
                    label: col.label,
                    kind: 'query',
                    query: {
                      entity: 'person',
                      filters: [],
                      aggregate: { fn: 'count' },
                      groupBy: 'community',
                    },
                  }
                : { key: col.key, label: col.label, kind: 'manual', type: 'number', required: true },
            )
          }
        />
        <Button icon={<DeleteOutlined />} onClick={onRemove} aria-label={t('rpt.col.remove')} />
      </Space>
      {isQuery ? (
        <div style={{ marginTop: 8 }}>
          <Space wrap>
            <span>{t('rpt.col.entity')}</span>
            <Select
              style={{ width: 260 }}
              value={entity}
              options={QueryEntity.options.map((e) => ({ value: e, label: codeLabel(t, 'rpt.entity', e) }))}
              onChange={(e) =>
                setQuery({ entity: e, filters: [], ageBand: undefined, aggregate: { fn: 'count' } })
              }
            />
            <span>{t('rpt.col.aggregate')}</span>
            <Select
              style={{ width: 200 }}
              value={col.query.aggregate.fn === 'sum' ? col.query.aggregate.field : 'count'}
              options={[
                { value: 'count', label: t('rpt.col.count') },
                ...SUM_FIELDS[entity].map((f) => ({
                  value: f,
                  label: t('rpt.col.sum', { field: codeLabel(t, 'rpt.field', f) }),
                })),
              ]}
              onChange={(v) =>
                setQuery({ aggregate: v === 'count' ? { fn: 'count' } : { fn: 'sum', field: v } })
              }
            />
            <span>{t('rpt.col.groupBy')}</span>
            <Select
              style={{ width: 200 }}
              value={col.query.groupBy}
              options={[
                { value: 'community', label: t('rpt.col.byCommunity') },
                { value: 'grid', label: t('rpt.col.byGrid') },
              ]}
              onChange={(g) => setQuery({ groupBy: g })}
            />
          </Space>
          {filters.map((f, i) => {
            const spec = fields[f.field];
            const options =
              spec?.kind === 'boolean'
                ? [true, false].map((v) => ({ value: String(v), label: codeLabel(t, 'rpt.v', String(v)) }))
                : (spec?.values ?? []).map((v) => ({ value: v, label: codeLabel(t, 'rpt.v', v) }));
            return (
              <Space key={i} wrap style={{ marginTop: 8 }}>
                <Select
                  style={{ width: 180 }}
                  value={f.field}
                  options={Object.keys(fields).map((k) => ({
                    value: k,
                    label: codeLabel(t, 'rpt.field', k),
                  }))}
                  onChange={(field) =>
                    setQuery({
                      filters: filters.map((g, j) =>
                        j === i ? { field, op: 'in', values: [] } : g,
                      ) as never,
                    })
                  }
                />
                <Select
                  mode="multiple"
                  style={{ minWidth: 240 }}
                  value={f.values.map(String)}
                  options={options}
                  placeholder={t('rpt.col.values')}
                  onChange={(vals: string[]) => {
                    const values = spec?.kind === 'boolean' ? vals.map((v) => v === 'true') : vals;
                    setQuery({
                      filters: filters.map((g, j) =>
                        j === i ? { field: g.field, op: values.length === 1 ? 'eq' : 'in', values } : g,
                      ) as never,
                    });
                  }}
                />
                <Button
                  icon={<DeleteOutlined />}
                  onClick={() => setQuery({ filters: filters.filter((_, j) => j !== i) })}
                />
              </Space>
            );
          })}
          <div style={{ marginTop: 8 }}>
            <Space wrap>
              <Button
                size="small"
                icon={<PlusOutlined />}
                onClick={() => {
                  const free = Object.keys(fields).find((k) => !filters.some((f) => f.field === k));
                  if (free)
                    setQuery({ filters: [...filters, { field: free, op: 'in', values: [] }] as never });
                }}
              >
                {t('rpt.col.addFilter')}
              </Button>
              {AGE_ENTITIES.includes(entity) ? (
                <>
                  <span>{t('rpt.col.age')}</span>
                  <InputNumber
                    min={0}
                    max={150}
                    placeholder={t('rpt.col.ageMin')}
                    value={col.query.ageBand?.min}
                    onChange={(v) => {
                      const band = { ...col.query.ageBand, min: v ?? undefined };
                      setQuery({
                        ageBand: band.min === undefined && band.max === undefined ? undefined : band,
                      });
                    }}
                  />
                  <InputNumber
                    min={0}
                    max={150}
                    placeholder={t('rpt.col.ageMax')}
                    value={col.query.ageBand?.max}
                    onChange={(v) => {
                      const band = { ...col.query.ageBand, max: v ?? undefined };
                      setQuery({
                        ageBand: band.min === undefined && band.max === undefined ? undefined : band,
                      });
                    }}
                  />
                </>
              ) : null}
            </Space>
          </div>
        </div>
      ) : (
        <Space wrap style={{ marginTop: 8 }}>
          <span>{t('rpt.col.type')}</span>
          <Select
            style={{ width: 120 }}
            value={col.type}
            options={(['number', 'text', 'boolean'] as const).map((v) => ({
              value: v,
              label: t(`rpt.type.${v}`),
            }))}
            onChange={(type) => onChange({ ...col, type })}
          />
          <Checkbox checked={col.required} onChange={(e) => onChange({ ...col, required: e.target.checked })}>
            {t('rpt.col.required')}
          </Checkbox>
        </Space>
      )}
    </Card>
  );
}
