/**
 * 指挥大屏: the command room's full-screen view of the caller's jurisdiction (a district for its centre, a street
 * for the street), laid out for 1920×1080, dark, with type readable from across the room. It polls every 10 s.
 */
import { useMemo } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { api } from '../../api/client.ts';
import { qk } from '../../api/queries.ts';
import type { GeoJsonFeatureCollection } from '../../api/types.ts';
import { useDashboardAreas } from '../../api/cityRanking.ts';
import { useDashboardSummary, type DashboardSummary } from '../../api/dashboard.ts';
import { useAuth } from '../../auth/AuthProvider.tsx';
import { categoryName } from '../../components/pickers.tsx';
import { useI18n, type Lang, type Translate } from '../../i18n/index.tsx';
import { formatCount } from '../../lib/format.ts';
import { channelKey } from '../../lib/caseOptions.ts';
import { formatDateTime } from '../../lib/time.ts';
import { DataLag } from '../../components/DataLag.tsx';
import { useNow } from '../../lib/useNow.ts';
import { barsOption, DARK, DashChart, heatMapOption, trendOption } from './charts.tsx';
import { AreasTable } from './AreasPanel.tsx';
import { categoryRows, channelRows } from './rows.ts';
import { useHeatMap } from './useHeatMap.ts';
import './command.css';

const POLL_MS = 10_000;
const NO_FILTERS = {};

function Panel({
  title,
  extra,
  empty,
  children,
  testId,
}: {
  title: string;
  extra?: React.ReactNode;
  empty?: string | false;
  children: React.ReactNode;
  testId?: string;
}) {
  return (
    <section className="og-cmd-panel" data-testid={testId}>
      <h2>
        <span>{title}</span>
        {extra && <small>{extra}</small>}
      </h2>
      <div className="og-cmd-body">{empty ? <div className="og-cmd-empty">{empty}</div> : children}</div>
    </section>
  );
}

function Kpi({
  label,
  value,
  color,
  testId,
  hint,
  sub,
}: {
  label: string;
  value?: number;
  color: string;
  testId: string;
  /** what the figure counts, shown on hover */
  hint?: string;
  /** a second, smaller line under the figure */
  sub?: string;
}) {
  const { lang } = useI18n();
  return (
    <div className="og-cmd-kpi" title={hint}>
      <div className="og-cmd-kpi-label">{label}</div>
      <div className="og-cmd-kpi-value" style={{ color }} data-testid={testId}>
        {formatCount(value, lang)}
      </div>
      {sub && (
        <div className="og-cmd-kpi-label" data-testid={`${testId}-sub`}>
          {sub}
        </div>
      )}
    </div>
  );
}

function Latest({ s, t, lang }: { s: DashboardSummary; t: Translate; lang: Lang }) {
  const rows = (copy: string) =>
    s.latest.map((c) => {
      const at = formatDateTime(c.createdAt);
      const meta = [
        c.street?.name,
        c.category ? categoryName(c.category, lang) : t('dash.uncategorized'),
        t(channelKey(c.channel)),
      ];
      return (
        <div className="og-cmd-case" key={copy + c.id}>
          <div className="og-cmd-case-time">
            {at.startsWith(s.today) ? at.slice(11, 16) : at.slice(5, 10)}
          </div>
          <div className="og-cmd-case-title">{c.title}</div>
          <div className="og-cmd-case-meta">{meta.filter(Boolean).join(' · ')}</div>
        </div>
      );
    });
  // Scrolls only when the list is longer than the panel shows; the copy makes the loop seamless.
  const scroll = s.latest.length > 6;
  return (
    <div className="og-cmd-latest" style={{ height: '100%' }} data-testid="cmd-latest">
      <div
        className={scroll ? 'og-cmd-latest-track' : undefined}
        style={{ ['--og-scroll-seconds' as string]: `${s.latest.length * 4}s` }}
      >
        {rows('')}
        {scroll && <div aria-hidden>{rows('copy-')}</div>}
      </div>
    </div>
  );
}

export default function CommandDashboardPage() {
  const { t, lang } = useI18n();
  const { me } = useAuth();
  const navigate = useNavigate();
  const now = useNow(1000);
  // ?region=: a district opened from the city's screen (the server checks it lies in the caller's jurisdiction)
  const [params] = useSearchParams();
  const regionParam = params.get('region') ?? undefined;
  const filters = useMemo(() => (regionParam ? { regionCode: regionParam } : NO_FILTERS), [regionParam]);
  const summary = useDashboardSummary(filters, POLL_MS);
  const labels = useMemo(() => ({ cases: t('dash.mapCases') }), [t]);
  const s = summary.data;
  // A city: its districts are the next level (a table and a map of districts); grids city-wide are not drawn.
  const isCity = (s?.region.level ?? me?.scope.level) === 'city';
  const heat = useHeatMap(
    isCity ? undefined : (regionParam ?? me?.scope.code),
    filters,
    DARK,
    labels,
    POLL_MS * 3,
  );
  const areas = useDashboardAreas(regionParam, isCity, POLL_MS * 3);
  const cityCode = isCity ? (s?.region.code ?? me?.scope.code) : undefined;
  const districtShapes = useQuery({
    queryKey: qk.regionMap(cityCode ?? '', false),
    queryFn: () => api.get<GeoJsonFeatureCollection>(`/api/regions/${cityCode}/map`),
    enabled: !!cityCode,
    staleTime: 30 * 60_000,
  });
  const cityMap = useMemo(() => {
    const geo = districtShapes.data;
    if (!geo || geo.features.length === 0 || !areas.data) return null;
    const per = new Map(areas.data.areas.map((a) => [a.code, a.open + a.inProgress]));
    return heatMapOption(`og-city-${cityCode}`, geo, geo, per, per, DARK, labels);
  }, [districtShapes.data, areas.data, cityCode, labels]);
  const openDistrict = (code: string) => void navigate(`/command?region=${code}`);

  const charts = useMemo(() => {
    if (!s) return null;
    return {
      channels: barsOption(channelRows(s.todayByChannel, t), DARK),
      categories: barsOption(categoryRows(s, t, lang, 7), DARK, '#36c2c8'),
      trend: trendOption(s.intake.trend, DARK),
      topIntake: barsOption(
        s.intake.topStreets.slice(0, 5).map((r) => ({ label: r.street.name, value: r.cases })),
        DARK,
        '#5b8ff9',
      ),
      topOverdue: barsOption(
        s.topStreetsByOverdue.slice(0, 5).map((r) => ({ label: r.street.name, value: r.overdue })),
        DARK,
        DARK.warn,
      ),
    };
  }, [s, t, lang]);

  const clock = formatDateTime(new Date(now).toISOString());
  const updated = summary.dataUpdatedAt ? formatDateTime(new Date(summary.dataUpdatedAt).toISOString()) : '';
  const noData = t('dash.noData');

  return (
    <div className="og-cmd" data-testid="command-dashboard">
      <header className="og-cmd-head">
        <div className="og-cmd-clock">{clock}</div>
        <div className="og-cmd-title" data-testid="cmd-title">
          {t('dash.title', { region: s?.region.name ?? me?.scope.name ?? '' })}
        </div>
        <div className="og-cmd-meta">
          {summary.isError && updated ? (
            <span className="og-cmd-stale">{t('dash.stale', { time: updated.slice(11) })}</span>
          ) : (
            updated && <span>{t('dash.updated', { time: updated.slice(11) })}</span>
          )}
          <DataLag lag={s?.dataLag} dark />
          {regionParam && (
            <button type="button" onClick={() => void navigate('/command')} data-testid="cmd-back">
              {t('crk.backToCity')}
            </button>
          )}
          <button type="button" onClick={() => void navigate('/analytics')}>
            {t('dash.exit')}
          </button>
        </div>
      </header>

      <div className="og-cmd-kpis">
        <Kpi label={t('dash.todayIntake')} value={s?.todayTotal} color="#ffffff" testId="kpi-today" />
        <Kpi label={t('dash.open')} value={s?.status.open} color="#36c2c8" testId="kpi-open" />
        <Kpi
          label={t('dash.inProgress')}
          value={s?.status.inProgress}
          color="#5b9bff"
          testId="kpi-in-progress"
        />
        <Kpi
          label={t('dash.overdue')}
          value={s?.status.overdue}
          color="#ff5b5b"
          testId="kpi-overdue"
          hint={t('dash.overdueHint')}
          sub={s && t('dash.overdueAssignmentsLine', { n: s.status.overdueAssignments })}
        />
        <Kpi label={t('dash.openWhistles')} value={s?.openWhistles} color="#f5b400" testId="kpi-whistles" />
      </div>

      <div className="og-cmd-main">
        <div className="og-cmd-col" style={{ gridTemplateRows: '1fr 1.15fr 1fr' }}>
          <Panel
            title={t('dash.todayByChannel')}
            extra={s ? `${s.todayTotal} ${t('dash.cases')}` : undefined}
          >
            {charts && <DashChart option={charts.channels} />}
          </Panel>
          <Panel title={t('dash.byCategory')} empty={s && s.intake.byCategory.length === 0 && noData}>
            {charts && <DashChart option={charts.categories} />}
          </Panel>
          <Panel title={t('dash.trend')} extra={s ? `${s.intake.total} ${t('dash.cases')}` : undefined}>
            {charts && <DashChart option={charts.trend} />}
          </Panel>
        </div>

        {isCity ? (
          <Panel
            title={t('crk.mapTitle')}
            extra={t('crk.drillHint')}
            empty={!districtShapes.isLoading && !cityMap && noData}
            testId="cmd-map"
          >
            {cityMap && <DashChart option={cityMap} onClick={openDistrict} testId="cmd-city-map" />}
          </Panel>
        ) : (
          <Panel
            title={t('dash.map')}
            extra={heat.data ? t('dash.mapTotal', { n: heat.data.total }) : undefined}
            empty={!heat.loading && !heat.option && noData}
            testId="cmd-map"
          >
            {heat.option && <DashChart option={heat.option} />}
          </Panel>
        )}

        {isCity ? (
          <div className="og-cmd-col" style={{ gridTemplateRows: '2.2fr 1fr' }}>
            <Panel
              title={t('crk.areasTitle')}
              extra={
                areas.data && (
                  <>
                    {areas.data.month.from.slice(0, 7)} <DataLag lag={areas.data.dataLag} dark />
                  </>
                )
              }
              empty={areas.data && areas.data.areas.length === 0 && noData}
            >
              {areas.data && <AreasTable data={areas.data} onOpen={openDistrict} />}
            </Panel>
            <Panel title={t('dash.latest')} empty={s && s.latest.length === 0 && noData}>
              {s && <Latest s={s} t={t} lang={lang} />}
            </Panel>
          </div>
        ) : (
          <div className="og-cmd-col" style={{ gridTemplateRows: '1fr 1fr 1.5fr' }}>
            <Panel title={t('dash.topIntake')} empty={s && s.intake.topStreets.length === 0 && noData}>
              {charts && <DashChart option={charts.topIntake} />}
            </Panel>
            <Panel title={t('dash.topOverdue')} empty={s && s.topStreetsByOverdue.length === 0 && noData}>
              {charts && <DashChart option={charts.topOverdue} />}
            </Panel>
            <Panel title={t('dash.latest')} empty={s && s.latest.length === 0 && noData}>
              {s && <Latest s={s} t={t} lang={lang} />}
            </Panel>
          </div>
        )}
      </div>
    </div>
  );
}
