/**
 * The words a booking's confirmation heads its customer's own details with: who made the booking ("Booked by",
 * "Hauptbucher") and the customer's block ("Your details", "Ihre Angaben"). What stands under them is the
 * booker's, not an advance contact (contacts.ts) nor the booked hotel's (hotels.ts).
 */

/**
 * Labels naming who made or bought a booking, in the supported languages ("Booked by", "Reservado por", "Gebucht von", "Hauptbucher",
 * "Purchased by", Finnish "Varaaja"), and a booking engine's customer block ("Customer details", "Dati del cliente").
 */
export const BOOKER_LABEL = /^\s*(?:(?:customer|guest|booker)(?:'s)? details|dati del cliente|dati dell['’] ?ospite|kundendaten|datos del (?:cliente|hu[ée]sped)|coordonn[ée]es du client|klantgegevens|booked by|reserved by|booking made by|reservado por|reserva hecha por|gebucht von|reserviert von|hauptbucher(?:in)?|bokad av|bokat av|booket af|bestilt af|bestilt av|r[ée]serv[ée]e? par|prenotato da|prenotazione effettuata da|geboekt door|gereserveerd door|purchased by|gekauft von|comprado por|achet[ée]e? par|k[öø]pt av|kjøpt av|købt af|acquistato da|titolare (?:dell['’] ?)?acquisto|varaaja|varauksen tekijä)\s*:?\s*$/i;

/** A booking's confirmation addresses its customer: its "Your details" ("Ihre Angaben") block is the booker's (a form's is the reader's own). */
export const YOUR_DETAILS = /^\s*(?:your (?:booking |contact )?details|ihre (?:angaben|daten)|i tuoi dati|tus datos|vos coordonn[ée]es|uw gegevens|je gegevens)\s*:?\s*$/i;

/** A line opening with the booker's label or the customer's heading ("Your details", "Hauptbucher ⇥ Ann Lee"). */
export function isBookerLine(text: string): boolean {
  const first = text.split('\t')[0]!;
  return BOOKER_LABEL.test(first) || YOUR_DETAILS.test(first);
}
