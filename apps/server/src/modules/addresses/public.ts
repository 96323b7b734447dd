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
