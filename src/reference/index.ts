/**
 * Bundled reference data, no network: IATA airports, airline designators, ISO countries, ISO currencies.
 * See docs/reference-data.md for the sources, their licences and why these were chosen.
 */
export { airportByCode, airportTimeZone, isAirportCode, airportCodesForCity, cityNames, countriesOfCity, countryOfCity, type Airport } from './airports.js';
export { otherCityNames } from './city-names.js';
export { airlineName, airlineCodeForName, isAirlineCode } from './airlines.js';
export { countryCode } from './countries.js';
export { foldText } from './fold.js';
export { isCurrencyCode, currencyFromSymbol } from './currencies.js';
