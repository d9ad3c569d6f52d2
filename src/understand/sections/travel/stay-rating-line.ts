/**
 * A booking site prints the property's rating and kind on a line of its own between its name and
 * its address ("★★★★ Hotel", "★★★★☆ Hotel", "4* Hotel", "4-star hotel", "*** Guesthouse"; an icon font's
 * stars may come out as one repeated letter), maybe with its guests' score after a middle dot
 * ("4 Sterne · Hotel · Bewertung 8,6 „Fabelhaft“ (2.318 Bewertungen)"): a line that says nothing of where the property is.
 */
const RATING_LINE = /^[ \t]*(?:(?:(\S)\1{0,4}|[★☆]{1,5}|[1-5][ \t]*(?:\*|-?[ \t]*stars?|-?[ \t]*sterren|-?[ \t]*sterne))(?:[ \t]*[·•|][ \t]*|[ \t]+))?(?:hotel|hostel|aparthotel|apartment|appartement|guesthouse|guest house|pension|b&b|bed and breakfast|motel|resort|inn|gasthof|gasthaus|hostal|pensione|vakantiewoning)(?:[ \t]*[·•|][ \t]*[^\n·•|]*\d[.,]\d[^\n]*)?[ \t]*$/i;

export function isRatingLine(line: string): boolean {
  return RATING_LINE.test(line);
}
