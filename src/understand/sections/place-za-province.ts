/**
 * A South African address may end in its province after the town and postcode ("7 Ferreira Road, Mbombela
 * 1201, Mpumalanga"): that part names no city, and says South Africa. Only a part that is wholly a
 * province's name counts (a town named "… Cape" is no province).
 */
const PROVINCES = ['Eastern Cape', 'Western Cape', 'Northern Cape', 'Free State', 'KwaZulu-Natal', 'KwaZulu Natal', 'Gauteng', 'Limpopo', 'Mpumalanga', 'North West'];

export const ZA_PROVINCE = new RegExp(String.raw`^(?:${PROVINCES.join('|')})(?:[ \t]+Province)?$`, 'i');
