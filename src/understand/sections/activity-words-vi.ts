/**
 * Vietnamese words for the items of a show day, added to the kinds' patterns of activity-kinds.ts as
 * the Slovak ones are, and bounded the same way. Vietnamese writes its rides with "xe" (the vehicle)
 * and a verb of taking ("Xe đón ban nhạc", "Xe đi sân bay") or as a pick-up ("Đón ở sân bay"); the patterns
 * run without the `u` flag, so each word is spelled with its tones as printed.
 */
import type { ActivityKind } from '../../interfaces.js';
import { NO_LATIN_BEFORE } from './activity-words-lv-id.js';

const VI = NO_LATIN_BEFORE;

export const VIETNAMESE_KINDS: Partial<Record<ActivityKind, string>> = {
  soundcheck: `${VI}kiểm tra âm thanh|${VI}chạy âm thanh|${VI}thử âm thanh`,
  load_in: `${VI}nhập thiết bị|${VI}chuyển thiết bị vào`,
  doors: `${VI}mở cửa|${VI}đón khách vào`,
  curfew: `${VI}giờ giới nghiêm|${VI}tắt âm thanh`,
  transfer: `${VI}đón (?:sân bay|đoàn|ở sân bay)|${VI}đưa đón|${VI}xe (?:đưa|đón|ra|về|đi|đến)(?![a-zà-ž])`,
  interview: `${VI}phỏng vấn`,
  meeting: `${VI}họp(?![a-zà-ž])`,
  set: `${VI}biểu diễn|${VI}lên sân khấu`,
};

/** Vietnamese words of meals, stays and flights: items of other sections. */
export const VIETNAMESE_OTHER_SECTION = /(?<![a-zà-ž])(?:ăn (?:tối|trưa|sáng)|bữa (?:tối|trưa|sáng)|nhận phòng|trả phòng|chuyến bay|cất cánh|hạ cánh)/i;
