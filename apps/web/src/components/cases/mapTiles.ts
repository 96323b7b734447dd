/**
 * The optional raster tile layer under the maps (GET /api/public/map/tiles: an XYZ template such as 天地图's WMTS,
 * configured on the server, none by default). Pure: which web-mercator tiles cover the view, and the ECharts
 * series that draws them as images under the regions, roads and buildings of the geo component.
 */
export interface TileConfig {
  urls: string[];
  subdomains: string[];
  attribution: string;
  maxZoom: number;
}

export interface Tile {
  url: string;
  /** the tile's north-west and south-east corners, [lon, lat] */
  nw: [number, number];
  se: [number, number];
}

/** Beyond this many tiles a view (a whole district at a low zoom) draws none rather than flood the tile server. */
export const MAX_TILES = 64;
const MIN_ZOOM = 3;

const lonToX = (lon: number, z: number) => Math.floor(((lon + 180) / 360) * 2 ** z);
const latToY = (lat: number, z: number) => {
  const r = (Math.max(-85.05, Math.min(85.05, lat)) * Math.PI) / 180;
  return Math.floor(((1 - Math.log(Math.tan(r) + 1 / Math.cos(r)) / Math.PI) / 2) * 2 ** z);
};
const xToLon = (x: number, z: number) => (x / 2 ** z) * 360 - 180;
const yToLat = (y: number, z: number) =>
  (Math.atan(Math.sinh(Math.PI * (1 - (2 * y) / 2 ** z))) * 180) / Math.PI;

/** A template's URL for one tile ({s} from the subdomains, spread by position). */
export function tileUrl(
  template: string,
  subdomains: readonly string[],
  z: number,
  x: number,
  y: number,
): string {
  const s = subdomains.length ? subdomains[(x + y) % subdomains.length]! : '';
  return template
    .replaceAll('{s}', s)
    .replaceAll('{z}', String(z))
    .replaceAll('{x}', String(x))
    .replaceAll('{y}', String(y));
}

/** The tiles covering the view's box [minLon, minLat, maxLon, maxLat] at the view's web zoom, every layer. */
export function tilesFor(cfg: TileConfig, bbox: readonly number[], zoom: number): Tile[] {
  const [minLon, minLat, maxLon, maxLat] = bbox as [number, number, number, number];
  const z = Math.max(MIN_ZOOM, Math.min(cfg.maxZoom, Math.round(zoom)));
  const [x0, x1] = [lonToX(minLon, z), lonToX(maxLon, z)];
  const [y0, y1] = [latToY(maxLat, z), latToY(minLat, z)];
  if ((x1 - x0 + 1) * (y1 - y0 + 1) > MAX_TILES) return [];
  const out: Tile[] = [];
  for (const template of cfg.urls)
    for (let x = x0; x <= x1; x++)
      for (let y = y0; y <= y1; y++)
        out.push({
          url: tileUrl(template, cfg.subdomains, z, x, y),
          nw: [xToLon(x, z), yToLat(y, z)],
          se: [xToLon(x + 1, z), yToLat(y + 1, z)],
        });
  return out;
}

/** The custom series drawing the tiles as images, below the geo component (z −1) and silent. */
export function tileLayerSeries(tiles: readonly Tile[]) {
  if (tiles.length === 0) return [];
  return [
    {
      type: 'custom' as const,
      id: 'tiles',
      coordinateSystem: 'geo' as const,
      silent: true,
      z: -1,
      data: tiles.map((t) => ({ value: t.nw })),
      renderItem: (params: { dataIndex: number }, api: { coord: (p: number[]) => number[] }) => {
        const t = tiles[params.dataIndex]!;
        const [ax, ay] = api.coord(t.nw) as [number, number];
        const [bx, by] = api.coord(t.se) as [number, number];
        return { type: 'image', style: { image: t.url, x: ax, y: ay, width: bx - ax, height: by - ay } };
      },
    },
  ];
}
