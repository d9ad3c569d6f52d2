/**
 * An Indian address ends "…, Warangal, Telangana 506002, India": its state before the six-digit PIN
 * code, the city in the part before. The state and PIN part names no city and says India. The city-states
 * (Delhi, Chandigarh, Puducherry) are left out: there the name before the PIN is the city ("Chandigarh 160017"),
 * and a state's name ending a longer one is no state ("New Delhi 110001").
 */
const STATES = [
  'Andhra Pradesh', 'Arunachal Pradesh', 'Assam', 'Bihar', 'Chhattisgarh', 'Goa', 'Gujarat', 'Haryana', 'Himachal Pradesh',
  'Jharkhand', 'Karnataka', 'Kerala', 'Madhya Pradesh', 'Maharashtra', 'Manipur', 'Meghalaya', 'Mizoram', 'Nagaland', 'Odisha',
  'Punjab', 'Rajasthan', 'Sikkim', 'Tamil Nadu', 'Telangana', 'Tripura', 'Uttar Pradesh', 'Uttarakhand', 'West Bengal',
  'Jammu and Kashmir', 'Ladakh',
];

/** "Telangana 506002", "Tamil Nadu – 600 017": a state of India and its PIN code, the whole of an address part. */
export const IN_STATE_PIN = new RegExp(String.raw`^(?:${STATES.join('|')})\s*[-–]?\s*[1-9]\d{2}\s?\d{3}$`, 'i');
