/**
 * A Mexican address ends in its state after the city ("Calle X 12, Col. Y, C.P. 97000, Mérida, Yucatán"):
 * that part names no city, and says Mexico. Only a part that is wholly a state's name counts, and only after a
 * part naming a place (no figures): "C.P. 72000, Puebla" ends in its city, which shares the state's name.
 */
const STATES = [
  'Aguascalientes', 'Baja California', 'Baja California Sur', 'Campeche', 'Chiapas', 'Chihuahua', 'Coahuila', 'Colima',
  'Durango', 'Guanajuato', 'Guerrero', 'Hidalgo', 'Jalisco', 'Estado de México', 'Edo\\. de México', 'Michoacán', 'Morelos',
  'Nayarit', 'Nuevo León', 'Oaxaca', 'Puebla', 'Querétaro', 'Quintana Roo', 'San Luis Potosí', 'Sinaloa', 'Sonora',
  'Tabasco', 'Tamaulipas', 'Tlaxcala', 'Veracruz', 'Yucatán', 'Zacatecas',
];

export const MX_STATE = new RegExp(String.raw`^(?:${STATES.join('|')})$`, 'iu');
