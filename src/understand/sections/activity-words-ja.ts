/**
 * Japanese words for the items of a show day, added to the kinds' patterns of activity-kinds.ts.
 * Japanese writes no spaces between words, so they are matched anywhere in the phrase ("入り・搬入",
 * "リハ ミズナラ", "ホテルへ移動"). The kanji shared with Chinese are in activity-words-zh.ts.
 */
import type { ActivityKind } from '../../interfaces.js';

export const JAPANESE_KINDS: Partial<Record<ActivityKind, string>> = {
  soundcheck: 'リハーサル|リハ|サウンドチェック|ゲネプロ',
  load_in: '入り|搬入|仕込み',
  doors: '開場',
  curfew: '終演|音止め',
  transfer: '移動|出発|ピックアップ|送迎|新幹線|空港送り|お迎え',
  interview: '取材|インタビュー|コメント収録',
  meeting: '打ち合わせ|打合せ|ミーティング|精算',
  set: '開演|出演|本番|本編|ライブ|アンコール',
};

/** Japanese words of meals, stays and flights: items of other sections. */
export const JAPANESE_OTHER_SECTION = /朝食|昼食|夕食|弁当|ケータリング|チェックイン|チェックアウト|フライト|搭乗/u;
