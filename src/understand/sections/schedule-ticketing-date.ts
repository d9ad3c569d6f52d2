/**
 * "Announce: Wed 2/18/26", "On sale: Fri 20.02.", "VVK-Start: 3. März": an offer or a promoter's
 * sheet dates the announcement and the ticket sale. Such a date is a milestone of the sale, not a
 * day of the plan, so it heads no block of timed rows.
 */
const TICKETING_LABEL = /(?<![\p{L}])(?:announce(?:ment)?|on[- ]?sale|pre-?sale|general sale|tickets? (?:on )?sale|vorverkauf(?:sstart)?|vvk(?:-start)?|ank[üu]ndigung|annonce|mise en vente|ouverture (?:de la )?billetterie|biljettsl[äa]pp|f[öo]rs[äa]ljningsstart|billetsalg|billettsalg|preventa|venta general|voorverkoop|kaartverkoop|prevendita|messa in vendita)[ \t]*:?[ \t]*(?:\p{L}+\.?,?[ \t]*)?$/iu;

/** Whether the date at `at` of `text` is the value of a ticket-sale or announcement label. */
export function isTicketingDate(text: string, at: number): boolean {
  return TICKETING_LABEL.test(text.slice(0, at));
}
