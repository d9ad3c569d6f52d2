/**
 * Korean labels, as a Korean promoter's advance writes them ("일시", "장소", "개런티", "체크인",
 * "예약번호"), often with an English gloss in brackets that labelKey reads when the Korean word is
 * not here. Kept apart from the main lexicon like the other languages; `foldLabel` folds them.
 */
import type { LabelKey } from './lexicon.js';

export const KOREAN_LABELS: Partial<Record<LabelKey, string[]>> = {
  artist: ['아티스트', '출연자', '출연진'],
  event: ['공연명', '행사명', '투어명'],
  date: ['일시', '날짜', '공연일', '공연 일시', '일자'],
  venue: ['장소', '공연장'],
  address: ['주소'],
  doors: ['관객 입장', '입장'],
  soundcheck: ['사운드체크', '리허설'],
  load_in: ['로드인', '반입'],
  curfew: ['커퓨'],
  fee: ['개런티', '출연료'],
  payment_terms: ['지급 조건', '지급조건', '결제 조건'],
  notes: ['비고'],
  name: ['이름', '성명'],
  role: ['직책'],
  company: ['회사'],
  phone: ['전화', '휴대폰', '전화번호'],
  email: ['이메일'],
  hotel: ['숙소', '호텔'],
  check_in: ['체크인'],
  check_out: ['체크아웃'],
  rooms: ['객실'],
  booking_reference: ['예약번호', '예약 번호'],
  flight: ['항공편'],
  catering: ['케이터링'],
  guest_count: ['인원'],
  backline: ['백라인'],
  stage: ['무대'],
  sound: ['음향'],
  lighting: ['조명'],
};
