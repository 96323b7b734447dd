/**
 * The dispatch form's suggested lead follows the category (issue 9, defect 6). When the dispatcher changes the
 * category, the duty list's lead and co-units for that category at the case's place are asked for
 * (GET /api/cases/:id/routing) and put into the form — unless the dispatcher picked the lead by hand: then the new
 * suggestion is shown beside the form, with a button to take it, and nothing is overwritten.
 */
import { useEffect, useRef } from 'react';
import { useQuery, type QueryClient } from '@tanstack/react-query';
import { Alert, Button, Form } from 'antd';
import { api } from '../../api/client.ts';
import type { CaseCategory, CaseDetail } from '../../api/cases.ts';
import { useI18n } from '../../i18n/index.tsx';
import { useCategoryName } from './CaseBits.tsx';

interface UnitRef {
  id: string;
  name: string;
  kind: string;
}
export interface RoutingAnswer {
  categoryCode: string;
  category: CaseCategory;
  source: 'duty' | 'local_fallback' | 'district_fallback';
  lead: UnitRef | null;
  assists: UnitRef[];
}

const routingKey = (caseId: string, categoryCode?: string) =>
  categoryCode ? ['case-routing', caseId, categoryCode] : ['case-routing', caseId];

/** Units named by the routing answers of this case: the pickers show their names, not their ids. */
export function routingUnitsOf(qc: QueryClient, caseId: string): UnitRef[] {
  return qc
    .getQueriesData<RoutingAnswer>({ queryKey: routingKey(caseId) })
    .flatMap(([, a]) => (a ? [...(a.lead ? [a.lead] : []), ...a.assists] : []));
}

export function DispatchLeadFollower({
  detail,
  initialPlan,
}: {
  detail: CaseDetail;
  /** the form's first lead and co-units (the intake suggestions), restored when the case's category is chosen again */
  initialPlan: { leadUnitId?: unknown; assistUnitIds?: unknown } | undefined;
}) {
  const { t } = useI18n();
  const categoryName = useCategoryName();
  const form = Form.useFormInstance();
  const category = Form.useWatch<string | undefined>('categoryCode', form);
  const lead = Form.useWatch<string | undefined>('leadUnitId', form);
  const initial = detail.category?.code;
  const changed = !!category && category !== initial;
  const routing = useQuery({
    queryKey: routingKey(detail.id, category),
    queryFn: () => api.get<RoutingAnswer>(`/api/cases/${detail.id}/routing`, { categoryCode: category! }),
    enabled: changed,
    staleTime: 60_000,
    retry: false,
  });
  const applied = useRef<string | undefined>(initial);

  const take = (a: RoutingAnswer) =>
    form.setFieldsValue({ leadUnitId: a.lead?.id, assistUnitIds: a.assists.map((u) => u.id) });

  useEffect(() => {
    if (category === applied.current) return;
    // A lead picked by hand is the dispatcher's decision: shown the new suggestion, never overwritten.
    if (form.isFieldTouched('leadUnitId')) return;
    if (category === initial) {
      applied.current = category;
      form.setFieldsValue({
        leadUnitId: initialPlan?.leadUnitId,
        assistUnitIds: initialPlan?.assistUnitIds ?? [],
      });
      return;
    }
    const a = routing.data;
    if (!a || a.categoryCode !== category || !a.lead) return;
    applied.current = category;
    take(a);
    // runs when the category changes or the answer for it arrives
  }, [category, routing.data]);

  if (!changed) return null;
  if (routing.isLoading)
    return <Alert type="info" showIcon title={t('dispatch.loading')} style={{ marginBottom: 12 }} />;
  const a = routing.data;
  if (!a || a.categoryCode !== category) return null;
  if (!a.lead)
    return (
      <Alert
        type="warning"
        showIcon
        title={t('dispatch.noLead')}
        style={{ marginBottom: 12 }}
        data-testid="dispatch-follow"
      />
    );
  const manual = form.isFieldTouched('leadUnitId') && lead !== a.lead.id;
  const assists = a.assists.map((u) => u.name).join(t('case.listSep'));
  return (
    <Alert
      type={manual ? 'warning' : 'success'}
      showIcon
      data-testid="dispatch-follow"
      data-manual={manual ? 'true' : 'false'}
      title={t('dispatch.followCategory', {
        category: categoryName(a.category),
        lead: a.lead.name,
      })}
      description={
        <span style={{ fontSize: 12 }}>
          {assists && `${t('dispatch.followAssists', { assists })} · `}
          {manual ? t('dispatch.keptManual') : t('dispatch.applied')}
        </span>
      }
      action={
        manual ? (
          <Button size="small" onClick={() => take(a)} data-testid="dispatch-use-suggested">
            {t('dispatch.useSuggested')}
          </Button>
        ) : undefined
      }
      style={{ marginBottom: 12 }}
    />
  );
}
