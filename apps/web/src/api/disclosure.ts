/** Shapes of the 小微权力清单 and 村(居)务公开 API (issue 13), from the server's contract. */
import type { ResponseOf } from './contract.ts';

export type PowerItem = ResponseOf<'/api/disclosure/powers', 'get'>['items'][number];
export type CatalogueEntry = ResponseOf<'/api/disclosure/catalogue', 'get'>['items'][number];
export type Publication = ResponseOf<'/api/disclosure/publications', 'get'>['items'][number];
export type DisclosureRequest = ResponseOf<'/api/disclosure/requests', 'get'>['items'][number];
export type DisclosureOverview = ResponseOf<'/api/disclosure/overview', 'get'>;
export type PublicDisclosure = ResponseOf<'/api/public/disclosure/{communityCode}', 'get'>;
export type MyDisclosure = ResponseOf<'/api/my/disclosure', 'get'>;
export type RequestReceipt = ResponseOf<'/api/public/disclosure/{communityCode}/requests', 'post'>;
