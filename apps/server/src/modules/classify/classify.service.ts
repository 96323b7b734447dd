import type { Urgency } from '@onegrid/domain';
import type { Db } from '../../db/database.ts';
import { createClassifier, isOffered, type Classifier } from './classifier.ts';
import * as repo from './classify.repository.ts';

export interface CategorySuggestion {
  code: string;
  nameZh: string;
  nameEn: string;
  /** In [0, 1]; ≥ 0.6 is usually right (the case service dispatches on it). */
  confidence: number;
}

export interface PublicCategory {
  code: string;
  parentCode: string | null;
  nameZh: string;
  nameEn: string;
  defaultUrgency: Urgency;
  isLeaf: boolean;
  /** Cases of this category are published de-identified (the report form says so). */
  published: boolean;
}

interface Snapshot {
  digest: string;
  classifier: Classifier;
  names: Map<string, { nameZh: string; nameEn: string }>;
  /** Offered leaves and the groups above them, in tree order. */
  publicItems: PublicCategory[];
}

/** How long a process trusts its classifier before asking the database whether the categories changed. */
const CHECK_INTERVAL_MS = 1000;

/**
 * Holds the classifier built from the current categories. Like GeoService: at most once a second it compares a
 * digest of the category table and rebuilds when it moved, so every server process follows admin edits within
 * a second without sharing memory. Building takes a few hundred milliseconds (jieba's dictionary on first use).
 */
export class ClassifierService {
  private snapshot: Snapshot | undefined;
  private building: Promise<Snapshot> | undefined;
  private checkedAt = 0;

  constructor(private readonly db: Db) {}

  /** Suggested leaf categories for a message, best first; empty when nothing in it points anywhere. */
  async suggest(text: string, limit = 5): Promise<CategorySuggestion[]> {
    const snap = await this.current();
    return snap.classifier.classify(text, limit).map((s) => {
      const names = snap.names.get(s.code)!;
      return { code: s.code, nameZh: names.nameZh, nameEn: names.nameEn, confidence: s.confidence };
    });
  }

  /** Leaf categories a resident may choose, with their groups, for the report form. */
  async publicCategories(): Promise<{ items: PublicCategory[] }> {
    return { items: (await this.current()).publicItems };
  }

  /** Build now (e.g. at start-up) instead of on the first message. */
  async warm(): Promise<void> {
    await this.current();
  }

  /** Forget the cached check, e.g. right after this process changed categories. */
  invalidate(): void {
    this.checkedAt = 0;
  }

  private async current(): Promise<Snapshot> {
    const now = Date.now();
    if (this.snapshot && now - this.checkedAt < CHECK_INTERVAL_MS) return this.snapshot;
    this.checkedAt = now;
    const digest = await repo.categoriesDigest(this.db);
    if (this.snapshot?.digest === digest) return this.snapshot;
    this.building ??= this.build().finally(() => {
      this.building = undefined;
    });
    this.snapshot = await this.building;
    return this.snapshot;
  }

  private async build(): Promise<Snapshot> {
    // digest and rows in one snapshot of the table, so a concurrent edit is picked up at the next check
    const { digest, rows } = await this.db
      .transaction()
      .setIsolationLevel('repeatable read')
      .execute(async (tx) => ({
        digest: await repo.categoriesDigest(tx),
        rows: await repo.listCategoriesForClassifier(tx),
      }));
    const categories = rows.map((r) => ({
      code: r.code,
      parentCode: r.parent_code,
      nameZh: r.name_zh,
      nameEn: r.name_en,
      keywords: r.keywords,
      isLeaf: r.is_leaf,
      active: r.active,
      defaultUrgency: r.default_urgency,
      published: r.public,
    }));
    const byCode = new Map(categories.map((c) => [c.code, c]));
    const shown = new Set<string>();
    for (const c of categories) {
      if (!isOffered(c, byCode)) continue;
      shown.add(c.code);
      for (
        let p = byCode.get(c.parentCode ?? '');
        p && !shown.has(p.code);
        p = byCode.get(p.parentCode ?? '')
      )
        shown.add(p.code);
    }
    return {
      digest,
      classifier: createClassifier(categories),
      names: new Map(categories.map((c) => [c.code, { nameZh: c.nameZh, nameEn: c.nameEn }])),
      publicItems: categories
        .filter((c) => shown.has(c.code))
        .map((c) => ({
          code: c.code,
          parentCode: c.parentCode,
          nameZh: c.nameZh,
          nameEn: c.nameEn,
          defaultUrgency: c.defaultUrgency,
          isLeaf: c.isLeaf,
          published: c.published,
        })),
    };
  }
}

const services = new WeakMap<Db, ClassifierService>();

/**
 * The one ClassifierService of a database handle, shared by the classify routes and the case service
 * (the application context does not carry it yet).
 */
export function classifierServiceFor(db: Db): ClassifierService {
  let s = services.get(db);
  if (!s) services.set(db, (s = new ClassifierService(db)));
  return s;
}
