/**
 * Chinese labels, in Traditional and Simplified characters, as a Taiwanese, Hong Kong or mainland
 * promoter's advance writes them ("演出日期", "場地", "演出費", "訂房代號"), often followed by an
 * English gloss that labelKey reads when the Chinese word is not here. Kept apart from the main
 * lexicon like the other languages; `foldLabel` folds them.
 */
import type { LabelKey } from './lexicon.js';

export const CHINESE_LABELS: Partial<Record<LabelKey, string[]>> = {
  artist: ['藝人', '艺人', '演出者', '演出藝人', '演出艺人', '樂團', '乐队', '表演者'],
  event: ['巡演名稱', '巡演名称', '活動名稱', '活动名称', '演出名稱', '演出名称', '節目名稱', '节目名称'],
  date: ['演出日期', '日期', '活動日期', '活动日期', '表演日期'],
  venue: ['場地', '场地', '場館', '场馆', '演出場地', '演出场地', '會場', '会场'],
  address: ['地址', '場地地址', '场地地址'],
  city: ['城市'],
  country: ['國家', '国家'],
  doors: ['開門', '开门', '入場', '入场', '開放入場', '开放入场'],
  set_time: ['演出時間', '演出时间', '表演時間', '表演时间', '開演', '开演'],
  soundcheck: ['彩排', '試音', '试音'],
  load_in: ['進場', '进场', '裝台', '装台'],
  curfew: ['場館淨空', '场馆净空', '淨空', '净空'],
  time: ['時間', '时间'],
  schedule_item: ['項目', '项目', '流程'],
  location: ['地點', '地点'],
  fee: ['演出費', '演出费', '酬勞', '酬劳', '表演費', '表演费', '演出酬勞', '演出酬劳'],
  payment_terms: ['付款方式', '付款條件', '付款条件'],
  deposit: ['訂金', '订金', '定金'],
  notes: ['備註', '备注', '備考'],
  name: ['姓名'],
  role: ['職稱', '职称', '職務', '职务'],
  company: ['公司'],
  phone: ['電話', '电话', '手機', '手机', '聯絡電話', '联系电话'],
  email: ['電郵', '电邮', '電子郵件', '电子邮件', '郵箱', '邮箱'],
  contact: ['聯絡人', '联系人', '聯絡窗口', '联络窗口'],
  hotel: ['飯店', '饭店', '酒店', '住宿', '旅館', '旅馆'],
  check_in: ['入住'],
  check_out: ['退房'],
  rooms: ['房數', '房数', '房間數', '房间数', '房型'],
  guests: ['住客', '入住人員', '入住人员'],
  booking_reference: ['訂房代號', '订房代号', '訂房編號', '订房编号', '確認編號', '确认编号'],
  flight: ['航班'],
  catering: ['餐飲', '餐饮'],
  guest_count: ['人數', '人数'],
  backline: ['樂器', '乐器'],
  stage: ['舞台'],
  sound: ['音響', '音响'],
  lighting: ['燈光', '灯光'],
  video: ['視訊', '视频', '投影'],
};
