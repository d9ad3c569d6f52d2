/** A complete ImportData, every list filled, in the contract's normalised forms. */
import type { ImportData } from '../../src/interfaces.js';

export function sampleImportData(documents: ImportData['documents'] = []): ImportData {
  return {
    general: {
      artist: 'The Foundry Band', eventName: 'Spring Tour 2026', venue: 'Foundry Hall', address: 'Hafenstraße 12',
      city: 'Hamburg', country: 'DE', date: '2026-03-14', doorsTime: '19:00', setTime: '21:00', setLengthMinutes: 90,
      soundcheckTime: '16:30', curfewTime: '23:00',
    },
    deal: { fee: 6750.5, currency: 'EUR', dealType: 'guarantee_vs_percentage', paymentTerms: '50% deposit', depositPercent: 50, notes: null },
    hotels: [{
      name: 'Scandic Hafen', address: 'Am Kai 3', city: 'Hamburg', country: 'DE', checkInDate: '2026-03-14', checkInTime: '15:00',
      checkOutDate: '2026-03-15', checkOutTime: '11:00', rooms: 3, guests: ['Anna Berg', 'Jon Holm'], bookingReference: 'SBK-44821',
      phone: '+494012345678', email: 'front@scandic.example', notes: null,
    }],
    flights: [
      {
        airline: 'SK', flightNumber: 'SK141', date: '2026-03-14', fromAirport: 'ARN', fromCity: 'Stockholm', toAirport: 'HAM',
        toCity: 'Hamburg', departureTime: '2026-03-14T07:10', arrivalTime: '2026-03-14T08:45', durationMinutes: 95,
        aircraft: 'A320', travelClass: 'Economy', bookingReference: 'WG2QKS', direction: 'inbound',
        passengers: [{ name: 'Anna Berg', seat: '7F', ticketNumber: '2202416678123' }, { name: 'Jon Holm', seat: '7E', ticketNumber: null }],
      },
      {
        airline: 'SK', flightNumber: 'SK142', date: '2026-03-15', fromAirport: 'HAM', fromCity: 'Hamburg', toAirport: 'ARN',
        toCity: 'Stockholm', departureTime: '2026-03-15T12:00', arrivalTime: null, durationMinutes: null, aircraft: null,
        travelClass: null, bookingReference: 'WG2QKS', direction: 'outbound', passengers: [],
      },
    ],
    food: [{
      name: 'Bistro Nord', kind: 'restaurant', address: 'Nordweg 1', city: 'Hamburg', phone: null, email: null, date: '2026-03-14',
      time: '18:00', guestCount: 8, bookingReference: null, notes: 'Vegetarian options',
    }],
    activities: [
      { name: 'Load-in', kind: 'load_in', date: '2026-03-14', startTime: '14:00', endTime: null, location: 'Foundry Hall', destination: null, notes: null },
      { name: 'Soundcheck', kind: 'soundcheck', date: '2026-03-14', startTime: '16:30', endTime: '17:30', location: null, destination: null, notes: null },
    ],
    contacts: [{ name: 'Anna Berg', role: 'Promoter', company: 'Nord Live', phone: '+46702152320', email: 'anna@promoter.se' }],
    technical: { equipment: null, backline: 'Drum kit provided', stage: '8x6 m', lighting: null, sound: 'FOH 48 ch', video: null, other: null },
    documents,
    warnings: [{ code: 'date_conflict', message: 'Two dates seen', sources: ['notes.txt'] }],
  };
}
