import type { addressesZhCN } from './addresses.zh-CN.ts';

/** English texts of the address search box and map layers — must carry every key of addresses.zh-CN. */
export const addressesEnUS: Record<keyof typeof addressesZhCN, string> = {
  'addrlib.placeholder': 'Type to search the address library, e.g. 金谷园3号楼2单元501',
  'addrlib.none': 'No match in the address library: type the address and pick the point on the map',
  'addrlib.picked': 'Located at the standard address {name}',
  'addrlib.kind.road': 'Road',
  'addrlib.kind.doorplate': 'Door plate',
  'addrlib.kind.compound': 'Compound',
  'addrlib.kind.building': 'Building',
  'addrlib.kind.unit': 'Unit',
  'addrlib.kind.floor': 'Floor',
  'addrlib.kind.room': 'Room',
  'addrlib.differs': 'The standard address near the point is “{nearest}”, not the one typed: check them',
  'addrlib.nearMatch': 'Standard address near the point: {name}',
  'addrlib.layersTruncated': 'Too many roads and buildings here: zoom in',
};
