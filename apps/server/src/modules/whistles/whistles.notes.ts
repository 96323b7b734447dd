import { beijingTime } from '../../lib/time.ts';

/**
 * The whistle timeline's notes as message keys and parameters (web i18n `note.<key>`), like the case timeline's
 * system notes (lib/notes.ts): the event stores the Chinese text as its note (exports, older readers) and the key
 * with its parameters in its data; the page renders them in the reader's language. Parameters: {due} an ISO time,
 * {units} unit names joined by newlines, {kind} the whistle kind's code, {remark} what a person added (optional).
 */
const ZH = {
  whistle_open: '{kind}：吹哨召集 {units}，{due} 前到场报到',
  whistle_report_in: '{unit} {name} 到场报到',
  whistle_report_in_late: '{unit} {name} 迟到报到',
  whistle_action_record: '处置记录：{record}',
  whistle_action_outcome: '处置结果：{outcome}',
  whistle_action_both: '处置记录：{record}；处置结果：{outcome}',
  whistle_rated: '评价 {count} 个单位',
  whistle_closed: '结束吹哨：{outcome}',
  whistle_void: '作废：{reason}',
  whistle_deadline_missing: '报到时限（{due}）已到，未报到：{units}',
  whistle_deadline_all: '报到时限（{due}）已到，全部单位已报到',
  whistle_missing: '未在 {due} 前报到',
} as const;

export type WhistleNoteKey = keyof typeof ZH;
export type NoteParams = Record<string, string | number>;

const KIND_ZH: Record<string, string> = {
  difficult: '疑难问题',
  joint_enforcement: '联合执法',
  emergency: '应急处置',
};

function zh(key: WhistleNoteKey, p: NoteParams): string {
  const text = ZH[key].replace(/\{(\w+)\}/g, (_, k: string) => {
    const v = p[k];
    if (v === undefined) return '';
    if (k === 'due') return beijingTime(new Date(String(v)));
    if (k === 'units') return String(v).split('\n').join('、');
    if (k === 'kind') return KIND_ZH[String(v)] ?? String(v);
    return String(v);
  });
  return p.remark ? `${text}：${p.remark}` : text;
}

/** A timeline note: its stored Chinese text and the data that carries its key (merged with other data). */
export function whistleNote(
  key: WhistleNoteKey,
  params: NoteParams,
  data: Record<string, unknown> = {},
): { note: string; data: Record<string, unknown> } {
  return { note: zh(key, params), data: { ...data, noteKey: key, noteParams: params } };
}

/** The note and data columns of a whistle_event row. */
export function noteRow(n: { note: string; data: Record<string, unknown> }): { note: string; data: string } {
  return { note: n.note, data: JSON.stringify(n.data) };
}
