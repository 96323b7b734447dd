import { describe, expect, it } from 'vitest';
import { MAX_TILES, tileLayerSeries, tilesFor, tileUrl, type TileConfig } from './mapTiles.ts';

const cfg: TileConfig = {
  urls: ['https://{s}.tiles.example.cn/{z}/{x}/{y}.png'],
  subdomains: ['a', 'b'],
  attribution: '© 示例',
  maxZoom: 18,
};
// a few hundred metres in 平谷 (the demo's district)
const BOX = [117.12, 40.14, 117.13, 40.147];

describe('the optional tile layer of the maps', () => {
  it('fills a template: {s} spread over the subdomains, {z}/{x}/{y}', () => {
    expect(tileUrl(cfg.urls[0]!, cfg.subdomains, 16, 54089, 24790)).toBe(
      'https://b.tiles.example.cn/16/54089/24790.png',
    );
    expect(tileUrl('/t/{z}/{x}/{y}', [], 3, 1, 2)).toBe('/t/3/1/2');
  });

  it('covers the view with the tiles of its zoom, each placed at its corners', () => {
    const tiles = tilesFor(cfg, BOX, 16);
    expect(tiles.length).toBeGreaterThan(0);
    expect(tiles.length).toBeLessThanOrEqual(6);
    for (const t of tiles) {
      expect(t.url).toMatch(/^https:\/\/[ab]\.tiles\.example\.cn\/16\/\d+\/\d+\.png$/);
      expect(t.nw[0]).toBeLessThan(t.se[0]);
      expect(t.nw[1]).toBeGreaterThan(t.se[1]);
    }
    // the tiles together hold the box
    expect(Math.min(...tiles.map((t) => t.nw[0]))).toBeLessThanOrEqual(BOX[0]!);
    expect(Math.max(...tiles.map((t) => t.se[0]))).toBeGreaterThanOrEqual(BOX[2]!);
    expect(Math.max(...tiles.map((t) => t.nw[1]))).toBeGreaterThanOrEqual(BOX[3]!);
    expect(Math.min(...tiles.map((t) => t.se[1]))).toBeLessThanOrEqual(BOX[1]!);
  });

  it('draws every layer (天地图: map and labels), no deeper than the source goes, and none for a huge view', () => {
    const two = { ...cfg, urls: ['https://x/{z}/{x}/{y}', 'https://labels/{z}/{x}/{y}'], maxZoom: 14 };
    const tiles = tilesFor(two, BOX, 17);
    expect(tiles.every((t) => /\/14\//.test(t.url))).toBe(true);
    expect(tiles.filter((t) => t.url.startsWith('https://labels/'))).toHaveLength(tiles.length / 2);
    expect(tilesFor(cfg, [116, 39, 118, 41], 14)).toEqual([]);
    expect(MAX_TILES).toBeGreaterThanOrEqual(16);
  });

  it('the map adds a custom image series under the geo component when tiles are configured, nothing otherwise', () => {
    expect(tileLayerSeries([])).toEqual([]);
    const tiles = tilesFor(cfg, BOX, 16);
    const [series] = tileLayerSeries(tiles);
    expect(series).toMatchObject({
      type: 'custom',
      id: 'tiles',
      coordinateSystem: 'geo',
      z: -1,
      silent: true,
    });
    // the element of a tile: its image stretched between its corners in screen coordinates
    const api = { coord: (p: number[]) => [p[0]! * 1000, -p[1]! * 1000] };
    const el = series!.renderItem({ dataIndex: 0 }, api);
    expect(el.type).toBe('image');
    expect(el.style.image).toBe(tiles[0]!.url);
    expect(el.style.width).toBeGreaterThan(0);
    expect(el.style.height).toBeGreaterThan(0);
  });
});
