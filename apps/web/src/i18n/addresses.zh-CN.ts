/** 简体中文 — the address library's search box and map layers (标准地址, issue 10); merged in i18n/index.tsx. */
export const addressesZhCN = {
  'addrlib.placeholder': '输入地址搜索标准地址库，如 金谷园3号楼2单元501',
  'addrlib.none': '地址库中没有匹配的地址，可照常填写并在地图上选点',
  'addrlib.picked': '已定位到标准地址：{name}',
  'addrlib.kind.road': '街路巷',
  'addrlib.kind.doorplate': '门牌',
  'addrlib.kind.compound': '小区',
  'addrlib.kind.building': '楼栋',
  'addrlib.kind.unit': '单元',
  'addrlib.kind.floor': '楼层',
  'addrlib.kind.room': '户室',
  'addrlib.differs': '点位附近的标准地址是“{nearest}”，与填写的地址不一致，请核对',
  'addrlib.nearMatch': '点位附近的标准地址：{name}',
  'addrlib.layersTruncated': '此范围内道路和建筑过多，请放大查看',
};

export type AddressesMessageKey = keyof typeof addressesZhCN;
