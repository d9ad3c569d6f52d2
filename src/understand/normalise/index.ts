/**
 * Normalisers: small pure functions from a written value to the contract's normalised form
 * (docs IMPORT_DATA "Normalised values"). Each returns null when the text is not such a value.
 */
export { findDates, normaliseDate, isWeekdayWord, weekdayNumber, isoDate, dateFromIso, daysBetween, addDays, type DateMatch } from './date.js';
export { besideCurrency, measureAfter, findTimes, normaliseTime, normaliseDuration, localDateTime, minutesBetween, type TimeMatch } from './time.js';
export { normalisePhone, normaliseEmail, wrappedEmailAt, EMAIL_IN_TEXT, PHONE_IN_TEXT, type NormalisedPhone } from './contact.js';
export { normaliseMoney, parseAmount, moneyInText, type Money } from './money.js';
export {
  normaliseFlightNumber, normaliseSeat, normaliseBookingReference, normaliseTicketNumber, normaliseAirportCode,
  FLIGHT_IN_TEXT, type FlightNumber,
} from './travel.js';
export { normaliseText, normalisePersonName } from './text.js';
export { countryCode as normaliseCountry } from '../../reference/index.js';
export { currencyFromSymbol, isCurrencyCode } from '../../reference/index.js';
