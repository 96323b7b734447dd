/** Shared reference data used by several pages (cached by TanStack Query). */
import { useQuery } from '@tanstack/react-query';
import { api } from './client.ts';
import type { Category, Page, RegionNode, Unit } from './types.ts';

export const qk = {
  regionTree: ['regions', 'tree'] as const,
  region: (code: string) => ['regions', code] as const,
  regionMap: (code: string, grids: boolean) => ['regions', code, 'map', grids] as const,
  categories: ['categories'] as const,
  units: (params: object) => ['units', params] as const,
  users: (params: object) => ['users', params] as const,
  duties: (params: object) => ['duties', params] as const,
  deadlines: ['deadline-policies'] as const,
  calendar: (year: number) => ['calendar', year] as const,
  audit: (params: object) => ['audit', params] as const,
};

export function useRegionTree() {
  return useQuery({
    queryKey: qk.regionTree,
    queryFn: () => api.get<RegionNode>('/api/regions/tree'),
    staleTime: 5 * 60_000,
  });
}

export function useCategories() {
  return useQuery({
    queryKey: qk.categories,
    queryFn: async () => (await api.get<{ items: Category[] }>('/api/categories')).items,
    staleTime: 60_000,
  });
}

/**
 * Units for pickers: the first 200 matching `q` (the API's page maximum). `manageable` keeps only units inside the
 * caller's jurisdiction, leaving out the enclosing region's units (e.g. district departments seen from a street).
 */
export function useUnitOptions(q: string, manageable = false) {
  return useQuery({
    queryKey: qk.units({ picker: true, q, manageable }),
    queryFn: () =>
      api.get<Page<Unit>>('/api/units', {
        q,
        page: 1,
        pageSize: 200,
        manageable: manageable ? '1' : undefined,
      }),
    staleTime: 60_000,
    placeholderData: (prev) => prev,
  });
}
