/**
 * Lao labels, as a Lao venue's or promoter's advance writes them ("ສິລະປິນ" artist, "ສະຖານທີ່" venue,
 * "ເຊັກອິນ" check-in, "ລະຫັດຈອງ" booking reference, "ຄ່າຕອບແທນ" fee), kept apart from the main lexicon like the
 * other languages. Folding (foldLabel) drops the vowels written above or below a consonant and the tone marks
 * (combining marks: "ິ", "ັ", "ົ", "່", "້"), on both sides alike; the vowels written before or after it ("ເ", "ແ",
 * "ໂ", "ໄ", "ໃ", "ະ", "າ") are letters and stay, and "ຳ" keeps its "າ". "ໝ"/"ໜ" fold to "ຫມ"/"ຫນ", so both
 * spellings of "ໝາຍເຫດ" (notes) are one label. No two labels below fold alike under different keys; a label
 * another key already claims keeps that key.
 */
import type { LabelKey } from './lexicon.js';

export const LAO_LABELS: Partial<Record<LabelKey, string[]>> = {
  artist: ['ສິລະປິນ', 'ນັກສະແດງ', 'ວົງດົນຕີ', 'ນັກຮ້ອງ'],
  event: ['ງານ', 'ຊື່ງານ', 'ງານສະແດງ', 'ຊື່ງານສະແດງ'],
  // Beside a timetable's item and time columns the place word is each item's place (tables.ts).
  venue: ['ສະຖານທີ່', 'ສະຖານທີ່ຈັດງານ', 'ສະຖານທີ່ສະແດງ'],
  address: ['ທີ່ຢູ່'],
  city: ['ນະຄອນ', 'ນະຄອນຫຼວງ'],
  country: ['ປະເທດ'],
  date: ['ວັນທີ', 'ວັນທີສະແດງ', 'ວັນສະແດງ', 'ວັນ'],
  doors: ['ເປີດປະຕູ', 'ເວລາເປີດປະຕູ'],
  set_time: ['ເວລາສະແດງ', 'ເວລາຂຶ້ນເວທີ'],
  set_length: ['ໄລຍະເວລາສະແດງ', 'ໄລຍະເວລາ'],
  soundcheck: ['ທົດສອບສຽງ', 'ກວດສຽງ'],
  curfew: ['ປິດສຽງ', 'ເວລາປິດ'],
  load_in: ['ຂົນເຄື່ອງເຂົ້າ'],
  time: ['ເວລາ'],
  schedule_item: ['ລາຍການ', 'ກິດຈະກໍາ', 'ກຳນົດການ'],
  // "ຈາກ → ຫາ" (from → to): a ride's or a flight's route column, read as its place and destination.
  location: ['ຈາກ → ຫາ', 'ຈາກ ຫາ', 'ຈຸດນັດພົບ'],
  from: ['ຈາກ', 'ຕົ້ນທາງ'],
  to: ['ຫາ', 'ເຖິງ', 'ປາຍທາງ'],
  fee: ['ຄ່າຕອບແທນ', 'ຄ່າຈ້າງ', 'ຄ່າການສະແດງ'],
  currency: ['ສະກຸນເງິນ'],
  deposit: ['ເງິນມັດຈໍາ', 'ມັດຈໍາ'],
  payment_terms: ['ການຊໍາລະເງິນ', 'ການຈ່າຍເງິນ'],
  notes: ['ໝາຍເຫດ', 'ຫມາຍເຫດ'],
  name: ['ຊື່', 'ຊື່ ແລະ ນາມສະກຸນ', 'ຊື່ ນາມສະກຸນ'],
  role: ['ໜ້າທີ່', 'ຫນ້າທີ່', 'ຕໍາແໜ່ງ', 'ຕໍາແຫນ່ງ'],
  company: ['ບໍລິສັດ', 'ອົງກອນ'],
  // "ໂທ / ອີເມວ" (phone / e-mail): one row for both, read as the phone's; its e-mail is read by its shape.
  phone: ['ໂທລະສັບ', 'ໂທ', 'ເບີໂທ', 'ມືຖື', 'ໂທ / ອີເມວ', 'ໂທລະສັບ / ອີເມວ'],
  email: ['ອີເມວ', 'ອີເມລ'],
  contact: ['ຜູ້ຕິດຕໍ່', 'ຕິດຕໍ່'],
  hotel: ['ໂຮງແຮມ'],
  check_in: ['ເຊັກອິນ', 'ເຂົ້າພັກ'],
  check_out: ['ເຊັກເອົາ', 'ອອກຈາກຫ້ອງ'],
  rooms: ['ຫ້ອງ', 'ຈໍານວນຫ້ອງ', 'ປະເພດຫ້ອງ'],
  guests: ['ແຂກ', 'ຊື່ແຂກ', 'ລາຍຊື່ແຂກ'],
  booking_reference: ['ລະຫັດຈອງ', 'ເລກຈອງ', 'ເລກທີການຈອງ'],
  flight: ['ຖ້ຽວບິນ', 'ທ່ຽວບິນ', 'ຖ້ຽວບິນທີ'],
  airline: ['ສາຍການບິນ'],
  departure: ['ອອກ', 'ເວລາອອກ', 'ອອກເດີນທາງ'],
  arrival: ['ຮອດ', 'ເວລາຮອດ', 'ມາຮອດ'],
  seat: ['ບ່ອນນັ່ງ'],
  passenger: ['ຜູ້ໂດຍສານ'],
  catering: ['ການບໍລິການອາຫານ', 'ຜູ້ສະໜອງອາຫານ'],
  meal: ['ອາຫານ', 'ອາຫານເຊົ້າ', 'ອາຫານທ່ຽງ', 'ອາຫານແລງ', 'ຄາບອາຫານ'],
  guest_count: ['ຈໍານວນ', 'ຈໍານວນຄົນ', 'ຈໍານວນແຂກ'],
  backline: ['ເຄື່ອງດົນຕີ'],
  stage: ['ເວທີ'],
  lighting: ['ແສງ', 'ແສງສະຫວ່າງ', 'ໄຟແສງສີ'],
  sound: ['ສຽງ', 'ລະບົບສຽງ'],
  video: ['ວິດີໂອ'],
  power: ['ໄຟຟ້າ'],
  technical: ['ເຕັກນິກ', 'ດ້ານເຕັກນິກ'],
};
