/**
 * Georgian labels, as a Georgian promoter's advance writes them ("თარიღი", "დარბაზი", "მისამართი",
 * "ჰონორარი", "ჩექ-ინი", "ჯავშნის ნომერი", "ტელ."), kept apart from the main lexicon like the other
 * languages. Georgian has no capitals, so labels are listed as written. "ტექნიკა" (technics) is left out:
 * it heads the technical block, whose area rows are read one by one. A label another key already
 * claims keeps that key.
 */
import type { LabelKey } from './lexicon.js';

export const GEORGIAN_LABELS: Partial<Record<LabelKey, string[]>> = {
  artist: ['არტისტი', 'შემსრულებელი', 'ჯგუფი'],
  event: ['ღონისძიება', 'ტური', 'ფესტივალი'],
  venue: ['დარბაზი', 'საკონცერტო დარბაზი', 'კლუბი', 'ადგილი'],
  address: ['მისამართი'],
  city: ['ქალაქი'],
  country: ['ქვეყანა'],
  date: ['თარიღი', 'შოუს თარიღი', 'კონცერტის თარიღი'],
  doors: ['კარების გახსნა', 'კარები'],
  set_time: ['შოუს დაწყება', 'კონცერტის დაწყება', 'გამოსვლის დრო'],
  set_length: ['ხანგრძლივობა'],
  soundcheck: ['საუნდჩეკი', 'ხმის შემოწმება'],
  curfew: ['დასრულების დრო'],
  load_in: ['ლოუდ ინი', 'ჩატვირთვა'],
  time: ['დრო', 'საათი'],
  schedule_item: ['განრიგი', 'პროგრამა'],
  fee: ['ჰონორარი', 'გასამრჯელო'],
  currency: ['ვალუტა'],
  deposit: ['ავანსი', 'დეპოზიტი'],
  payment_terms: ['გადახდა', 'გადახდის პირობები'],
  notes: ['შენიშვნა', 'შენიშვნები'],
  name: ['სახელი'],
  role: ['თანამდებობა', 'როლი'],
  company: ['კომპანია', 'ორგანიზაცია'],
  phone: ['ტელეფონი', 'ტელ', 'მობ', 'მობილური', 'რეცეფცია'],
  email: ['ელფოსტა', 'ელ ფოსტა', 'იმეილი'],
  contact: ['კონტაქტი', 'კონტაქტები', 'საკონტაქტო პირი'],
  hotel: ['სასტუმრო'],
  check_in: ['ჩექ ინი', 'ჩასახლება'],
  check_out: ['ჩექ აუთი', 'გასახლება'],
  rooms: ['ოთახები', 'ოთახი'],
  // "განთავსება" (placement): the rooming list.
  guests: ['სტუმრები', 'განთავსება'],
  booking_reference: ['ჯავშნის ნომერი', 'ჯავშანი', 'დაჯავშნის ნომერი'],
  flight: ['ფრენა', 'ფრენები', 'რეისი'],
  departure: ['გაფრენა', 'გამგზავრება'],
  arrival: ['ჩამოფრენა', 'ჩამოსვლა'],
  passenger: ['მგზავრები', 'მგზავრი'],
  meal: ['ვახშამი', 'სადილი', 'რესტორანი'],
  catering: ['კეითერინგი', 'კვება'],
  backline: ['ბექლაინი'],
  stage: ['სცენა'],
  sound: ['ხმა', 'ხმოვანი სისტემა'],
  lighting: ['სინათლე', 'განათება'],
  power: ['ელექტროენერგია', 'დენი'],
};
