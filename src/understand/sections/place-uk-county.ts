/**
 * A British address may name its county before the postcode, after the town ("Mill Lane, Little
 * Hadham, Hertfordshire SG11 2AB"): that part names no city, the part before it does. Only a part that
 * is wholly a county's name counts, and only counties that are no town's name ("Durham", "Lancaster" are cities too).
 */
const COUNTIES = [
  'Bedfordshire', 'Berkshire', 'Buckinghamshire', 'Cambridgeshire', 'Cheshire', 'Cornwall', 'Cumbria', 'Derbyshire', 'Devon',
  'Dorset', 'East Sussex', 'West Sussex', 'Essex', 'Gloucestershire', 'Hampshire', 'Herefordshire', 'Hertfordshire', 'Kent',
  'Lancashire', 'Leicestershire', 'Lincolnshire', 'Norfolk', 'Northamptonshire', 'Northumberland', 'Nottinghamshire',
  'Oxfordshire', 'Rutland', 'Shropshire', 'Somerset', 'Staffordshire', 'Suffolk', 'Surrey', 'Warwickshire', 'Wiltshire',
  'Worcestershire', 'North Yorkshire', 'East Yorkshire', 'West Yorkshire', 'South Yorkshire', 'Isle of Wight',
  'Merseyside', 'Greater Manchester', 'West Midlands', 'Tyne and Wear', 'East Riding of Yorkshire', 'Middlesex',
  'Gwynedd', 'Powys', 'Ceredigion', 'Pembrokeshire', 'Carmarthenshire', 'Monmouthshire', 'Denbighshire', 'Flintshire',
  'Fife', 'Perthshire', 'Aberdeenshire', 'Argyll', 'Ayrshire', 'Lanarkshire', 'Midlothian', 'East Lothian', 'West Lothian',
  'County Antrim', 'County Down', 'Co. Antrim', 'Co. Down',
];

/** A part that is wholly a British county's name, its postcode taken off ("Somerset", "Kent"). */
export const UK_COUNTY = new RegExp(String.raw`^(?:${COUNTIES.map((c) => c.replace('.', '\\.')).join('|')})$`, 'i');
