import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig, mapTilesOf } from '../../config.ts';
import { createTestEnv, type TestEnv } from '../../test/harness.ts';

let env: TestEnv;
beforeAll(async () => {
  env = await createTestEnv();
});
afterAll(async () => env.close());

const tiles = async () => {
  const r = await env.app.inject({ method: 'GET', url: '/api/public/map/tiles' });
  expect(r.statusCode).toBe(200);
  return r.json<{
    tiles: { urls: string[]; subdomains: string[]; attribution: string; maxZoom: number } | null;
  }>().tiles;
};

describe('the optional tile layer', () => {
  it('is off by default: the endpoint answers null, to anyone', async () => {
    expect(await tiles()).toBeNull();
  });

  it('is served as configured: an XYZ template with its subdomains and attribution', async () => {
    env.ctx.config.mapTiles = loadConfig({
      MAP_TILE_URL: 'https://{s}.tiles.example.cn/{z}/{x}/{y}.png',
      MAP_TILE_SUBDOMAINS: 'a, b',
      MAP_TILE_ATTRIBUTION: '© 示例地图',
    }).mapTiles;
    expect(await tiles()).toEqual({
      urls: ['https://{s}.tiles.example.cn/{z}/{x}/{y}.png'],
      subdomains: ['a', 'b'],
      attribution: '© 示例地图',
      maxZoom: 18,
    });
    env.ctx.config.mapTiles = null;
    expect(await tiles()).toBeNull();
  });

  it('TIANDITU_KEY gives 天地图’s WMTS vector map and labels; MAP_TILE_URL wins over it', () => {
    const t = mapTilesOf({ TIANDITU_KEY: 'abc123def456', MAP_TILE_MAX_ZOOM: 20 })!;
    expect(t.urls).toHaveLength(2);
    expect(t.urls[0]).toContain('https://t{s}.tianditu.gov.cn/vec_w/wmts?');
    expect(t.urls[1]).toContain('/cva_w/wmts?');
    expect(t.urls[0]).toContain('TILEMATRIX={z}&TILEROW={y}&TILECOL={x}&tk=abc123def456');
    expect(t.maxZoom).toBe(18);
    const both = mapTilesOf({
      TIANDITU_KEY: 'abc123def456',
      MAP_TILE_URL: '/tiles/{z}/{x}/{y}.png',
      MAP_TILE_MAX_ZOOM: 18,
    });
    expect(both?.urls).toEqual(['/tiles/{z}/{x}/{y}.png']);
  });

  it('refuses a template the browser may not load (plain http) or without {z}/{x}/{y}', () => {
    expect(() => loadConfig({ MAP_TILE_URL: 'http://tiles.example.cn/{z}/{x}/{y}.png' })).toThrow(
      /MAP_TILE_URL/,
    );
    expect(() => loadConfig({ MAP_TILE_URL: 'https://tiles.example.cn/{z}/{x}.png' })).toThrow(
      /MAP_TILE_URL/,
    );
    expect(loadConfig({}).mapTiles).toBeNull();
  });
});
