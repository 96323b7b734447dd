import type { Db, DbOrTx } from '../../db/database.ts';
import { writeAudit } from '../../lib/audit.ts';
import type { Actor } from '../../lib/actor.ts';
import { conflict, notFound } from '../../lib/errors.ts';
import { createClassifier, groupOfIn, isOffered } from './classifier.ts';
import * as repo from './classify.repository.ts';
import { trainFromHistory, type HeldBackMetrics } from './learn.ts';

/** Fewer confirmed cases than this train no model (the keyword prior serves). */
export const MIN_HISTORY = 50;

export type TrainTrigger = 'nightly' | 'corrections' | 'manual' | 'start';

export interface ModelInfo {
  version: number;
  trainedAt: string;
  trainingSize: number;
  heldBack: number;
  threshold: number | null;
  active: boolean;
  trigger: TrainTrigger;
  metrics: HeldBackMetrics;
}

function infoOf(r: NonNullable<Awaited<ReturnType<typeof repo.findModel>>>): ModelInfo {
  return {
    version: r.version,
    trainedAt: new Date(r.trained_at).toISOString(),
    trainingSize: r.training_size,
    heldBack: r.held_back,
    threshold: r.threshold,
    active: r.active,
    trigger: r.trigger,
    metrics: (typeof r.metrics === 'string' ? JSON.parse(r.metrics) : r.metrics) as HeldBackMetrics,
  };
}

/**
 * Trains a new version from the confirmed history (closed cases and dispatcher corrections), stores it with its
 * held-back metrics and threshold, and makes it the active one. Metrics are by category group.
 */
export async function retrain(db: Db, trigger: TrainTrigger, by: Actor | null = null): Promise<ModelInfo> {
  const [rows, history] = await Promise.all([repo.listCategoriesForClassifier(db), repo.trainingHistory(db)]);
  const categories = rows.map((r) => ({
    code: r.code,
    parentCode: r.parent_code,
    nameZh: r.name_zh,
    keywords: r.keywords,
    isLeaf: r.is_leaf,
    active: r.active,
  }));
  const byCode = new Map(categories.map((c) => [c.code, c]));
  const items = history
    .filter((h) => byCode.get(h.category_code!)?.isLeaf)
    .map((h) => ({
      text: `${h.title}。${h.description}`,
      label: h.category_code!,
      at: new Date(h.created_at).getTime(),
    }));
  if (items.length < MIN_HISTORY)
    throw conflict('classify_too_little_history', { n: items.length, min: MIN_HISTORY });
  const trained = trainFromHistory(items, createClassifier(categories), {
    groupOf: groupOfIn(byCode),
    offered: (code) => {
      const c = byCode.get(code);
      return Boolean(c && isOffered(c, byCode));
    },
  });
  return db.transaction().execute(async (tx) => {
    const version = await repo.nextModelVersion(tx);
    await repo.insertModel(tx, {
      version,
      training_size: trained.trainingSize,
      held_back: trained.metrics.heldBack,
      metrics: JSON.stringify(trained.metrics),
      threshold: trained.threshold,
      weights: JSON.stringify(trained.model),
      trigger,
      trained_by: by?.userId ?? null,
    });
    await repo.activate(tx, version);
    if (by)
      await writeAudit(tx, by, {
        action: 'create',
        entity: 'classify_model',
        entityId: String(version),
        after: {
          trainingSize: trained.trainingSize,
          threshold: trained.threshold,
          top1: trained.metrics.top1,
        },
      });
    return infoOf((await repo.findModel(tx, version))!);
  });
}

/** Rollback (or forward): makes an earlier version the active one. */
export async function activateModel(db: Db, version: number, by: Actor): Promise<ModelInfo> {
  return db.transaction().execute(async (tx) => {
    const before = await repo.activeModel(tx);
    const found = await repo.findModel(tx, version);
    if (!found) throw notFound('classify_model');
    await repo.activate(tx, version);
    await writeAudit(tx, by, {
      action: 'update',
      entity: 'classify_model',
      entityId: String(version),
      before: { active: before?.version ?? null },
      after: { active: version },
    });
    return infoOf((await repo.findModel(tx, version))!);
  });
}

export async function overview(db: Db, retrainAfter: number) {
  const [models, corrections] = await Promise.all([
    repo.listModels(db),
    repo.correctionsSinceLastTraining(db),
  ]);
  const infos = models.map(infoOf);
  return {
    active: infos.find((m) => m.active) ?? null,
    models: infos,
    correctionsSinceTraining: corrections,
    retrainAfterCorrections: retrainAfter,
  };
}

/**
 * A dispatcher or operator changed a case's category: remembered for the next training (the case's category
 * from now on counts as confirmed). Called inside the action's transaction.
 */
export async function recordCorrection(
  tx: DbOrTx,
  c: { caseId: string; from: string | null; to: string; by: string | null },
): Promise<void> {
  if (c.from === c.to) return;
  await repo.insertCorrection(tx, c);
}

/** Whether enough corrections piled up since the last training. */
export async function correctionsDue(db: DbOrTx, threshold: number): Promise<boolean> {
  return threshold > 0 && (await repo.correctionsSinceLastTraining(db)) >= threshold;
}

export async function hasModel(db: DbOrTx): Promise<boolean> {
  return Boolean(await db.selectFrom('classify_model').select('version').limit(1).executeTakeFirst());
}
