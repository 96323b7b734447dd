// What other modules use of the address library: the process's copy (geocode, reverse geocode, layers) and the
// functions over it. One AddressService per AppContext, made on first use when the context was built without one.
import type { AppContext } from '../../lib/context.ts';
import { AddressService } from './addresses.service.ts';

export {
  AddressService,
  addRoomNode,
  itemOf,
  reverse,
  search,
  type AddressItem,
} from './addresses.service.ts';

export function addressesOf(ctx: AppContext): AddressService {
  ctx.addresses ??= new AddressService(ctx.db);
  return ctx.addresses;
}
// Bulk loads of the address tree (the demo district): the repository's COPY and insert-select.
export {
  bulkInsertNodes,
  bulkInsertSelected,
  SELECTED_NODE_COLUMNS,
  type BulkNode,
} from './addresses.repository.ts';
