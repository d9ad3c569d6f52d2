/**
 * Chinese words (Traditional and Simplified) for the items of a show day, added to the kinds'
 * patterns of activity-kinds.ts. Chinese writes no spaces between words, so they are matched
 * anywhere in the phrase ("彩排 Soundcheck", "飯店出發 Lobby call", "暖場演出").
 */
import type { ActivityKind } from '../../interfaces.js';

export const CHINESE_KINDS: Partial<Record<ActivityKind, string>> = {
  soundcheck: '彩排|試音|试音',
  load_in: '進場|进场|裝台|装台|卸貨|卸货',
  doors: '開門|开门|入場|入场',
  curfew: '淨空|净空|宵禁|散場|散场',
  transfer: '出發|出发|接送|接駁|接驳|送機|送机|接機|接机',
  interview: '採訪|采访|訪問|访问',
  meeting: '會議|会议|結算|结算',
  set: '演出|表演|暖場|暖场|開演|开演|安可',
};

/** Chinese words of meals, stays and flights: items of other sections. */
export const CHINESE_OTHER_SECTION = /早餐|午餐|晚餐|餐飲|餐饮|便當|便当|入住|退房|航班|班機|班机/u;
