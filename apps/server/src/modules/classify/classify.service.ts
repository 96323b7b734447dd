import type { Urgency } from '@onegrid/domain';
import type { Db } from '../../db/database.ts';
import { createClassifier, groupOfIn, isOffered } from './classifier.ts';
import * as repo from './classify.repository.ts';
import { referenceVersion, VersionedCache } from '../../lib/versioned-cache.ts';
import { DEFAULT_THRESHOLD, learnedClassifier, type LearnedClassifier } from './learn.ts';

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

export interface ExplainedSuggestion extends CategorySuggestion {
  /** The words of the message that pointed most to this category (the trained model's; none without one). */
  terms: { term: string; weight: number }[];
}

interface Snapshot {
  classifier: LearnedClassifier;
  /** The active trained model's version (null: the keyword prior alone) and its auto-dispatch threshold. */
  modelVersion: number | null;
  threshold: number | null;
  names: Map<string, { nameZh: string; nameEn: string }>;
  /** Offered leaves and the groups above them, in tree order. */
  publicItems: PublicCategory[];
}

/**
 * Holds the classifier built from the current categories, in the AppContext (`ctx.classifier`): a VersionedCache
 * rebuilt when the reference version moves (the category table's trigger moves it, whoever writes), checked at most
 * once a second, so every server process follows admin edits within a second without sharing memory. Building
 * takes a few hundred milliseconds (jieba's dictionary on first use).
 */
export class ClassifierService {
  private readonly cache: VersionedCache<Snapshot>;

  constructor(db: Db, checkEveryMs = 1000) {
    // the reference version (categories) and the classifier's (a new active model), in one
    this.cache = new VersionedCache(
      db,
      build,
      checkEveryMs,
      async (d) => {
        const [ref, model] = await Promise.all([referenceVersion(d), repo.modelVersion(d)]);
        return `${ref}:${model}`;
      },
      'classifier',
    );
  }

  /** Suggestions with the words that drove them, the threshold the case service dispatches on. */
  async explain(
    text: string,
    limit = 5,
  ): Promise<{ suggestions: ExplainedSuggestion[]; threshold: number | null; modelVersion: number | null }> {
    const snap = await this.current();
    return {
      suggestions: snap.classifier.explain(text, limit).map((s) => {
        const names = snap.names.get(s.code)!;
        return {
          code: s.code,
          nameZh: names.nameZh,
          nameEn: names.nameEn,
          confidence: s.confidence,
          terms: s.terms,
        };
      }),
      threshold: snap.threshold,
      modelVersion: snap.modelVersion,
    };
  }

  /** Confidence from which intake trusts the top suggestion: the active model's (null: never), else 0.6. */
  async threshold(): Promise<number | null> {
    return (await this.current()).threshold;
  }

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

  /** Check the version on the next use, e.g. right after this process changed categories. */
  invalidate(): void {
    this.cache.invalidate();
  }

  private current(): Promise<Snapshot> {
    return this.cache.current();
  }
}

async function build(db: Db): Promise<Snapshot> {
  const [rows, active] = await Promise.all([repo.listCategoriesForClassifier(db), repo.activeModel(db)]);
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
    for (let p = byCode.get(c.parentCode ?? ''); p && !shown.has(p.code); p = byCode.get(p.parentCode ?? ''))
      shown.add(p.code);
  }
  const offered = new Set(categories.filter((c) => isOffered(c, byCode)).map((c) => c.code));
  return {
    classifier: learnedClassifier(createClassifier(categories), active ? (active.weights as never) : null, {
      groupOf: groupOfIn(byCode),
      offered: (code) => offered.has(code),
    }),
    modelVersion: active?.version ?? null,
    threshold: active ? active.threshold : DEFAULT_THRESHOLD,
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
