import { z } from 'zod';
import { KnowledgeKind, Material } from '@onegrid/domain';
import { Day, page } from '../../lib/responses.ts';

const ReviewStateZ = z.enum(['ok', 'due_soon', 'overdue']);

export const CatalogNode = z
  .object({
    id: z.string(),
    parentId: z.string().nullable(),
    code: z.string(),
    nameZh: z.string(),
    nameEn: z.string(),
    /** entries in this node and below */
    entries: z.number().int(),
  })
  .meta({ id: 'KnowledgeCatalogNode' });
export const Catalog = z.object({ nodes: z.array(CatalogNode) });

export const EntrySummary = z
  .object({
    id: z.string(),
    kind: KnowledgeKind,
    title: z.string(),
    version: z.number().int(),
    catalogId: z.string(),
    catalogName: z.string(),
    ownerUnit: z.object({ id: z.string(), name: z.string() }),
    categoryCodes: z.array(z.string()),
    reviewDue: Day,
    reviewState: ReviewStateZ,
    demo: z.boolean(),
    updatedAt: z.date(),
  })
  .meta({ id: 'KnowledgeEntrySummary' });
export const EntryPage = page(EntrySummary);

export const SearchHit = z
  .object({
    id: z.string(),
    kind: KnowledgeKind,
    title: z.string(),
    version: z.number().int(),
    catalogName: z.string(),
    ownerUnitName: z.string(),
    /** a piece of the answer around the first matching word */
    snippet: z.string(),
    /** the query's words found in the title or text, for highlighting */
    terms: z.array(z.string()),
    score: z.number(),
    reviewState: ReviewStateZ,
    materials: z.number().int(),
  })
  .meta({ id: 'KnowledgeSearchHit' });
export const SearchResult = z.object({
  terms: z.array(z.string()),
  hits: z.array(SearchHit),
  ms: z.number(),
});

export const Counts = z
  .object({
    answers: z.number().int(),
    prints: z.number().int(),
    sends: z.number().int(),
    helpedOperator: z.number().int(),
    notHelpedOperator: z.number().int(),
    helpedPublic: z.number().int(),
    notHelpedPublic: z.number().int(),
    helpedShare: z.number().nullable(),
  })
  .meta({ id: 'KnowledgeCounts' });

const VersionContent = z.object({
  version: z.number().int(),
  title: z.string(),
  answer: z.string(),
  body: z.string(),
  materials: z.array(Material),
  categoryCodes: z.array(z.string()),
  keywords: z.array(z.string()),
  note: z.string().nullable(),
  editedBy: z.string(),
  editedAt: z.date(),
});

export const EntryDetail = z
  .object({
    id: z.string(),
    kind: KnowledgeKind,
    catalog: z.object({ id: z.string(), code: z.string(), nameZh: z.string(), nameEn: z.string() }),
    ownerUnit: z.object({ id: z.string(), name: z.string() }),
    currentVersion: z.number().int(),
    reviewDue: Day,
    reviewState: ReviewStateZ,
    reviewedAt: z.date().nullable(),
    public: z.boolean(),
    demo: z.boolean(),
    categories: z.array(z.object({ code: z.string(), nameZh: z.string(), nameEn: z.string() })),
    /** the version asked for (the current one unless ?version=) */
    shown: VersionContent,
    versions: z.array(
      z.object({
        version: z.number().int(),
        editedBy: z.string(),
        editedAt: z.date(),
        note: z.string().nullable(),
      }),
    ),
    counts: Counts,
    canEdit: z.boolean(),
  })
  .meta({ id: 'KnowledgeEntryDetail' });

export const PublicEntry = z
  .object({
    id: z.string(),
    kind: KnowledgeKind,
    title: z.string(),
    version: z.number().int(),
    answer: z.string(),
    body: z.string(),
    materials: z.array(Material),
    ownerUnitName: z.string(),
    updatedAt: z.date(),
    demo: z.boolean(),
    helped: z.number().int(),
    notHelped: z.number().int(),
  })
  .meta({ id: 'KnowledgePublicEntry' });

export const PrintSheet = z
  .object({
    id: z.string(),
    title: z.string(),
    version: z.number().int(),
    answer: z.string(),
    materials: z.array(Material),
    ownerUnitName: z.string(),
    publicPath: z.string(),
    printedAt: z.date(),
    demo: z.boolean(),
  })
  .meta({ id: 'KnowledgePrintSheet' });

export const SendResult = z.object({ sent: z.boolean(), text: z.string(), phone: z.string() });
export const FeedbackResult = z.object({ counts: Counts });

export const UsageRow = z.object({
  id: z.string(),
  title: z.string(),
  kind: KnowledgeKind,
  ownerUnitName: z.string(),
  counts: Counts,
  lastUsedAt: z.date().nullable(),
});
export const UsageReport = z.object({
  from: Day,
  to: Day,
  totals: Counts,
  rows: z.array(UsageRow),
});
