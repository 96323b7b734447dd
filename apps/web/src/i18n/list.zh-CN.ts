/** 简体中文 — the shared list layout (components/FilterTable.tsx); merged in i18n/index.tsx. */
export const listZhCN = {
  'list.empty': '暂无数据',
  'list.noMatch': '没有符合筛选条件的记录',
  'list.clearFilters': '清除筛选',
  'list.noApiKeys': '还没有 API 密钥。外部系统（如 Open311 客户端）调用接口前，先在此创建。',
};
export type ListMessageKey = keyof typeof listZhCN;
