/**
 * Vietnamese labels, as a Vietnamese promoter's or venue's advance writes them ("Nghệ sĩ", "Địa điểm",
 * "Nhận phòng", "Mã đặt chỗ", "Cát-xê"), kept apart from the main lexicon like the other languages;
 * Vietnamese advances gloss most labels in English ("Địa điểm / Venue"), which the main lexicon
 * knows. Each label is also listed with "đ" typed as "d", as ASCII keyboards write it (folding keeps
 * "đ", a letter of its own). A label another key already claims keeps that key.
 */
import type { LabelKey } from './lexicon.js';

const LABELS: Partial<Record<LabelKey, string[]>> = {
  artist: ['nghệ sĩ', 'ca sĩ', 'ban nhạc', 'nghệ sĩ biểu diễn'],
  event: ['chương trình', 'tên chương trình', 'sự kiện', 'tên sự kiện'],
  venue: ['địa điểm', 'địa điểm biểu diễn', 'nơi diễn', 'sân khấu chính'],
  address: ['địa chỉ'],
  city: ['thành phố', 'tỉnh thành'],
  country: ['quốc gia'],
  date: ['ngày diễn', 'ngày biểu diễn', 'ngày tổ chức', 'ngày', 'ngày giờ'],
  doors: ['mở cửa', 'giờ mở cửa', 'đón khách'],
  set_time: ['giờ diễn', 'giờ lên sân khấu', 'thời gian diễn'],
  set_length: ['thời lượng', 'thời lượng diễn'],
  soundcheck: ['kiểm tra âm thanh', 'chạy âm thanh'],
  curfew: ['giờ kết thúc', 'giờ giới nghiêm'],
  load_in: ['nhập thiết bị', 'vận chuyển thiết bị'],
  time: ['giờ', 'thời gian'],
  schedule_item: ['hạng mục', 'nội dung', 'công việc'],
  // "Từ → Đến" (from → to): a ride's column, its route read as the item's place and destination.
  location: ['vị trí', 'từ → đến', 'từ đến'],
  from: ['từ', 'điểm đi', 'nơi đi'],
  to: ['đến', 'điểm đến', 'nơi đến'],
  fee: ['cát xê', 'thù lao', 'phí biểu diễn'],
  currency: ['tiền tệ', 'loại tiền'],
  deposit: ['đặt cọc', 'tiền cọc'],
  payment_terms: ['thanh toán', 'điều khoản thanh toán', 'hình thức thanh toán'],
  notes: ['ghi chú', 'lưu ý'],
  name: ['họ tên', 'họ và tên'],
  role: ['chức vụ', 'vai trò'],
  company: ['công ty', 'đơn vị'],
  phone: ['điện thoại', 'đt', 'sđt', 'số điện thoại', 'di động'],
  contact: ['liên hệ', 'người liên hệ'],
  hotel: ['khách sạn', 'nơi ở', 'lưu trú'],
  check_in: ['nhận phòng'],
  check_out: ['trả phòng'],
  rooms: ['số phòng', 'loại phòng'],
  guests: ['tên khách', 'danh sách phòng'],
  booking_reference: ['mã đặt chỗ', 'mã đặt phòng', 'mã xác nhận', 'số xác nhận', 'mã đặt vé'],
  flight: ['chuyến bay', 'số hiệu chuyến bay'],
  airline: ['hãng bay', 'hãng hàng không'],
  departure: ['cất cánh', 'giờ cất cánh', 'khởi hành', 'giờ khởi hành'],
  arrival: ['hạ cánh', 'giờ hạ cánh', 'giờ đến'],
  seat: ['ghế', 'số ghế'],
  passenger: ['hành khách'],
  travel_class: ['hạng vé', 'hạng ghế'],
  catering: ['ăn uống', 'suất ăn'],
  meal: ['bữa tối', 'bữa trưa', 'bữa sáng', 'ăn tối', 'ăn trưa', 'ăn sáng'],
  guest_count: ['số người', 'số suất', 'số khách'],
  dietary: ['ăn kiêng', 'ăn chay'],
  backline: ['nhạc cụ'],
  stage: ['sân khấu'],
  lighting: ['ánh sáng'],
  sound: ['âm thanh'],
  technical: ['kỹ thuật', 'kĩ thuật'],
};

/** Each label as printed and with its "đ" typed as "d". */
export const VIETNAMESE_LABELS: Partial<Record<LabelKey, string[]>> = Object.fromEntries(
  Object.entries(LABELS).map(([key, labels]) => [key, [...new Set(labels.flatMap((l) => [l, l.replace(/đ/g, 'd').replace(/Đ/g, 'D')]))]]),
);
