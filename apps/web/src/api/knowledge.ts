/** Shapes and queries of the knowledge base API (知识库, 一次性告知). */
import { useQuery } from '@tanstack/react-query';
import { api } from './client.ts';
import type { RequestOf, ResponseOf, Schema } from './contract.ts';

export type KnowledgeHit = Schema<'KnowledgeSearchHit'>;
export type KnowledgeDetail = Schema<'KnowledgeEntryDetail'>;
export type KnowledgeSummary = Schema<'KnowledgeEntrySummary'>;
export type KnowledgeCatalogNode = Schema<'KnowledgeCatalogNode'>;
export type KnowledgePublic = Schema<'KnowledgePublicEntry'>;
export type KnowledgeSheet = Schema<'KnowledgePrintSheet'>;
export type KnowledgeCounts = Schema<'KnowledgeCounts'>;
export type KnowledgeSearch = ResponseOf<'/api/knowledge/search', 'get'>;
export type KnowledgeUsage = ResponseOf<'/api/knowledge/usage', 'get'>;
export type KnowledgeEdit = RequestOf<'/api/knowledge/entries/{id}', 'put'>;
export type KnowledgeAnswer = RequestOf<'/api/knowledge/entries/{id}/answer', 'post'>;
export type KnowledgeKind = KnowledgeHit['kind'];

export const knowledgeKeys = {
  all: ['knowledge'] as const,
  search: (q: string, category?: string) => ['knowledge', 'search', q, category ?? ''] as const,
  catalog: ['knowledge', 'catalog'] as const,
  list: (p: object) => ['knowledge', 'list', p] as const,
  due: ['knowledge', 'due'] as const,
  detail: (id: string, version?: number) => ['knowledge', 'detail', id, version ?? 0] as const,
  usage: (p: object) => ['knowledge', 'usage', p] as const,
};

export function useKnowledgeSearch(q: string, category?: string) {
  const text = q.trim();
  return useQuery({
    queryKey: knowledgeKeys.search(text, category),
    queryFn: () =>
      api.get<KnowledgeSearch>('/api/knowledge/search', { q: text, ...(category ? { category } : {}) }),
    enabled: text.length >= 2 || !!category,
    placeholderData: (prev) => prev,
    staleTime: 30_000,
  });
}

export function useKnowledgeCatalog() {
  return useQuery({
    queryKey: knowledgeKeys.catalog,
    queryFn: () => api.get<{ nodes: KnowledgeCatalogNode[] }>('/api/knowledge/catalog'),
  });
}

export function useKnowledgeEntries(p: { catalogId?: string; page?: number; pageSize?: number }) {
  return useQuery({
    queryKey: knowledgeKeys.list(p),
    queryFn: () => api.get<{ items: KnowledgeSummary[]; total: number }>('/api/knowledge/entries', { ...p }),
    placeholderData: (prev) => prev,
  });
}

export function useKnowledgeDue() {
  return useQuery({
    queryKey: knowledgeKeys.due,
    queryFn: () => api.get<{ items: KnowledgeSummary[]; total: number }>('/api/knowledge/review-due'),
  });
}

export function useKnowledgeEntry(id: string | undefined, version?: number) {
  return useQuery({
    queryKey: knowledgeKeys.detail(id ?? '', version),
    queryFn: () =>
      api.get<KnowledgeDetail>(`/api/knowledge/entries/${id}`, version ? { version } : undefined),
    enabled: !!id,
  });
}

export function useKnowledgeUsage(p: { from?: string; to?: string }) {
  return useQuery({
    queryKey: knowledgeKeys.usage(p),
    queryFn: () => api.get<KnowledgeUsage>('/api/knowledge/usage', { ...p }),
  });
}
