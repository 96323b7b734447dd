/**
 * The worker's grid drawn from the offline bundle, without tiles: grid boundary, roads, building footprints, key
 * places, the worker's own position and the patrol's track — a plain projection, so it works with no network.
 */
import { useMemo } from 'react';
import type { FieldBundle } from '../../api/field.ts';
import { useI18n } from '../../i18n/index.tsx';
import { bundlePositions, fitProjection, linesOf, ringsOf } from '../../lib/fieldRules.ts';

type Position = [number, number];

export function FieldMap({
  bundle,
  me,
  track = [],
  width = 366,
}: {
  bundle: FieldBundle;
  me?: Position | null;
  track?: Position[];
  width?: number;
}) {
  const { t } = useI18n();
  const proj = useMemo(() => fitProjection(bundlePositions(bundle), width), [bundle, width]);
  if (!proj) return null;
  const path = (ring: Position[], close: boolean) =>
    ring
      .map(
        (p, i) =>
          `${i ? 'L' : 'M'}${proj
            .project(p)
            .map((v) => v.toFixed(1))
            .join(',')}`,
      )
      .join('') + (close ? 'Z' : '');
  const dot = (p: Position) => proj.project(p);
  return (
    <svg
      role="img"
      aria-label={t('field.map.label')}
      data-testid="field-map"
      width="100%"
      viewBox={`0 0 ${proj.width} ${proj.height}`}
      style={{ background: '#eef3ea', borderRadius: 8, display: 'block' }}
    >
      {bundle.grids.map((g) =>
        ringsOf(g.boundary).map((r, i) => (
          <path
            key={`${g.code}-${i}`}
            d={path(r, true)}
            fill="rgba(31,78,156,.06)"
            stroke="#1f4e9c"
            strokeWidth={2}
            strokeDasharray="6 3"
          />
        )),
      )}
      {bundle.roads.map((r) =>
        linesOf(r.line).map((l, i) => (
          <path
            key={`${r.id}-${i}`}
            d={path(l, false)}
            fill="none"
            stroke="#fff"
            strokeWidth={5}
            strokeLinecap="round"
          />
        )),
      )}
      {bundle.roads.map((r) =>
        linesOf(r.line).map((l, i) => (
          <path key={`${r.id}-${i}-c`} d={path(l, false)} fill="none" stroke="#c9ced6" strokeWidth={1} />
        )),
      )}
      {bundle.buildings.map((b) =>
        b.footprint ? (
          ringsOf(b.footprint).map((r, i) => (
            <path key={`${b.id}-${i}`} d={path(r, true)} fill="#d9d3c7" stroke="#a89f8f" strokeWidth={0.8} />
          ))
        ) : b.point ? (
          <rect
            key={b.id}
            x={dot(b.point)[0] - 3}
            y={dot(b.point)[1] - 3}
            width={6}
            height={6}
            fill="#a89f8f"
          />
        ) : null,
      )}
      {bundle.keyPlaces.map((k) =>
        k.point ? (
          <circle
            key={k.id}
            cx={dot(k.point)[0]}
            cy={dot(k.point)[1]}
            r={4.5}
            fill="#fa8c16"
            stroke="#fff"
            strokeWidth={1.5}
          >
            <title>{k.name}</title>
          </circle>
        ) : null,
      )}
      {track.length > 1 && (
        <path d={path(track, false)} fill="none" stroke="#722ed1" strokeWidth={2.5} strokeLinejoin="round" />
      )}
      {me && (
        <g data-testid="field-map-me">
          <circle cx={dot(me)[0]} cy={dot(me)[1]} r={10} fill="rgba(22,119,255,.2)" />
          <circle cx={dot(me)[0]} cy={dot(me)[1]} r={5} fill="#1677ff" stroke="#fff" strokeWidth={2} />
        </g>
      )}
    </svg>
  );
}
