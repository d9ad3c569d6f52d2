/**
 * Nepali labels, as a Nepali promoter's day sheet or advance writes them in Devanagari ("मिति",
 * "कलाकार", "ठेगाना", "बुकिङ नं.", "चेक-इन", "प्राविधिक"), kept apart from the main lexicon like the
 * other languages. `foldLabel` drops the vowel signs and the virama, so two spellings of one word
 * ("सम्पर्क", "संपर्क") fold alike only when they differ in those alone. Not bare "समय" (time): a
 * sheet's "समय" line names the time zone the times are in. Not a word that folds onto another: "देश"
 * (country) folds as "दश" (ten), "बास" (a stay) as "बस" (the bus).
 */
import type { LabelKey } from './lexicon.js';

export const NEPALI_LABELS: Partial<Record<LabelKey, string[]>> = {
  artist: ['कलाकार', 'ब्यान्ड', 'गायक', 'गायिका'],
  event: ['कार्यक्रम', 'कार्यक्रमको नाम'],
  venue: ['स्थान', 'भेन्यु', 'कार्यक्रम स्थल'],
  address: ['ठेगाना'],
  city: ['शहर', 'सहर'],
  date: ['मिति', 'कार्यक्रम मिति'],
  doors: ['ढोका', 'ढोका खुल्ने'],
  set_time: ['प्रस्तुति', 'प्रस्तुति समय'],
  set_length: ['अवधि', 'प्रस्तुति अवधि'],
  soundcheck: ['साउन्डचेक', 'साउन्ड चेक', 'लाइन चेक'],
  curfew: ['कर्फ्यु', 'कर्फ्यू'],
  load_in: ['लोड-इन', 'लोड इन'],
  schedule_item: ['तालिका', 'कार्यतालिका', 'आजको तालिका', 'दैनिक तालिका'],
  fee: ['पारिश्रमिक', 'शुल्क'],
  notes: ['टिप्पणी', 'नोट', 'कैफियत'],
  name: ['नाम', 'पूरा नाम'],
  role: ['भूमिका', 'पद', 'जिम्मेवारी'],
  company: ['कम्पनी', 'संस्था'],
  phone: ['फोन', 'मोबाइल', 'फोन नं.', 'सम्पर्क नम्बर'],
  email: ['इमेल', 'ईमेल', 'इ-मेल'],
  contact: ['सम्पर्क', 'सम्पर्क व्यक्ति'],
  hotel: ['होटल', 'बसोबास'],
  check_in: ['चेक-इन', 'चेक इन'],
  check_out: ['चेक-आउट', 'चेक आउट'],
  rooms: ['कोठा', 'कोठाहरू', 'कोठा संख्या'],
  booking_reference: ['बुकिङ नं.', 'बुकिङ नम्बर', 'बुकिङ कोड'],
  flight: ['उडान', 'उडानहरू', 'उडान नं.'],
  departure: ['प्रस्थान'],
  arrival: ['आगमन'],
  passenger: ['यात्री', 'यात्रीहरू', 'यात्रु'],
  catering: ['खाना', 'खानपिन', 'क्याटरिङ'],
  meal: ['बिहानको खाना', 'दिउँसोको खाना', 'बेलुकाको खाना', 'खाजा'],
  backline: ['ब्याकलाइन'],
  stage: ['स्टेज', 'मञ्च'],
  lighting: ['लाइट', 'लाइटिङ', 'प्रकाश'],
  sound: ['साउन्ड', 'ध्वनि'],
  video: ['भिडियो'],
  equipment: ['उपकरण'],
  power: ['बिजुली'],
  technical: ['प्राविधिक', 'प्राविधिक विवरण'],
};
