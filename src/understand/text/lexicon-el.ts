/**
 * Greek labels, kept apart from the main lexicon as the Polish and Croatian ones are: a Greek
 * promoter's day sheet labels its rows in Greek only ("Διεύθυνση", "Τηλ.", "Όνομα") where a bilingual
 * label ("Χώρος / Venue") is read by its English half. Written as printed; `foldLabel` drops the
 * accents, so capitals ("ΔΙΕΥΘΥΝΣΗ") read alike. A label another key already claims keeps that key.
 */
import type { LabelKey } from './lexicon.js';

export const GREEK_LABELS: Partial<Record<LabelKey, string[]>> = {
  artist: ['καλλιτέχνης', 'καλλιτέχνες', 'συγκρότημα'],
  event: ['εκδήλωση', 'περιοδεία'],
  venue: ['χώρος', 'χώρος εκδήλωσης', 'αίθουσα'],
  address: ['διεύθυνση', 'διεύθυνση χώρου'],
  city: ['πόλη'],
  country: ['χώρα'],
  postcode: ['τ.κ.', 'ταχυδρομικός κώδικας'],
  date: ['ημερομηνία', 'ημερομηνία συναυλίας'],
  day: ['ημέρα', 'μέρα'],
  doors: ['πόρτες', 'άνοιγμα θυρών', 'άνοιγμα πορτών', 'είσοδος κοινού'],
  set_time: ['έναρξη συναυλίας', 'ώρα εμφάνισης', 'εμφάνιση'],
  set_length: ['διάρκεια', 'διάρκεια εμφάνισης'],
  soundcheck: ['ηχητικός έλεγχος', 'πρόβα ήχου'],
  curfew: ['τέλος μουσικής', 'λήξη'],
  load_in: ['φόρτωση', 'εκφόρτωση', 'άφιξη εξοπλισμού'],
  time: ['ώρα', 'ώρες'],
  schedule_item: ['πρόγραμμα', 'πρόγραμμα ημέρας'],
  location: ['πού', 'τοποθεσία', 'σημείο συνάντησης'],
  fee: ['αμοιβή', 'αμοιβή καλλιτέχνη'],
  currency: ['νόμισμα'],
  deposit: ['προκαταβολή'],
  payment_terms: ['πληρωμή', 'τρόπος πληρωμής', 'όροι πληρωμής'],
  notes: ['σημειώσεις', 'σημείωση', 'παρατηρήσεις'],
  name: ['όνομα', 'ονοματεπώνυμο'],
  role: ['ρόλος', 'ιδιότητα', 'αρμοδιότητα'],
  company: ['εταιρεία'],
  phone: ['τηλ', 'τηλέφωνο', 'κινητό', 'κιν'],
  contact: ['επαφή', 'επαφές', 'υπεύθυνος επικοινωνίας'],
  hotel: ['ξενοδοχείο', 'διαμονή'],
  rooms: ['δωμάτια', 'δωμάτιο', 'αριθμός δωματίων'],
  guests: ['επισκέπτες', 'ένοικοι'],
  booking_reference: ['κωδ. κράτησης', 'κωδικός κράτησης', 'αριθμός κράτησης', 'αρ. κράτησης'],
  flight: ['πτήση', 'αριθμός πτήσης'],
  departure: ['αναχώρηση'],
  arrival: ['άφιξη'],
  passenger: ['επιβάτης', 'επιβάτες'],
  meal: ['δείπνο', 'γεύμα'],
  guest_count: ['άτομα', 'αριθμός ατόμων'],
  stage: ['σκηνή'],
  lighting: ['φωτισμός'],
  sound: ['ήχος'],
  power: ['ρεύμα'],
  technical: ['τεχνικά'],
};
