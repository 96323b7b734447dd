/** Shapes of the one-window services API (一窗通办, issue 13). */
import type { Schema } from './contract.ts';

export type ServiceItemSummary = Schema<'ServiceItemSummary'>;
export type ServiceItemDetail = Schema<'ServiceItemDetail'>;
export type ServiceBundle = Schema<'ServiceBundleDetail'>;
export type ServiceApplicationSummary = Schema<'ServiceApplicationSummary'>;
export type ServiceApplicationDetail = Schema<'ServiceApplicationDetail'>;
export type ServiceStage = Schema<'ServiceStage'>;
export type ServicePublicTrack = Schema<'ServicePublicTrack'>;
export type ServicePublicItem = Schema<'ServicePublicItem'>;
export type ServiceLight = ServiceStage['light'];

export const LIGHT_COLOR: Record<ServiceLight, string> = {
  green: 'green',
  yellow: 'gold',
  red: 'red',
  done: 'default',
};
