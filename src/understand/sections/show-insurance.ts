/**
 * Is this source an insurance certificate? A broker's certificate or policy schedule for the band's
 * company is full of show-shaped values — a period with times, venues and festivals in the business
 * description, an equipment schedule, a claims desk with a phone — that belong to no show. Such a
 * source gives no show data when it is headed as a certificate or schedule of insurance, carries two
 * or more of the policy's own labels (policy number, insured, insurer, period, limit, premium) and
 * nowhere addresses a show of the reader (show-audience.ts's own-show words).
 */
import type { ExtractedSource } from '../../interfaces.js';
import { addressesOwnShow } from './show-audience.js';

/** The document's heading, alone on its line (not "please send your certificate of insurance"). */
const HEADING = new RegExp(`^\\W*(?:${[
  'certificate of (?:insurance|cover)', 'insurance certificate', '(?:evidence|confirmation) of (?:insurance|cover)', '(?:insurance )?policy schedule', 'schedule of insurance',
  'versicherungsbest[äa]tigung', 'versicherungsnachweis', 'versicherungszertifikat', 'versicherungsschein',
  "attestation d'assurance", "certificat d'assurance", 'certificado de (?:seguro|cobertura)', 'verzekeringsbewijs', 'verzekeringscertificaat',
  'f[öo]rs[äa]kringsbevis', 'f[öo]rs[äa]kringsintyg', 'forsikringsbevis', 'certificato (?:di )?assicurativo', 'certificato di assicurazione',
].join('|')})\\b[^\\n]{0,40}$`, 'im');

/** The policy's own labels at the start of a line: number, insured, insurer, period, limit or sum, premium, excess. */
const POLICY_LABELS: RegExp[] = [
  /^\W*(?:policy (?:no\.?|number|ref(?:erence)?)|certificate (?:no\.?|number)|policennummer|versicherungs(?:schein)?[- ]?(?:nr\.?|nummer)|n° de police|num[ée]ro de (?:police|p[óo]liza)|p[óo]liza (?:n[°º.]|n[úu]mero)|polisnummer|polizza n)/im,
  /^\W*(?:(?:the )?insured|policyholder|versicherungsnehmer(?:in)?|assur[ée]|souscripteur|asegurado|tomador|verzekerde|verzekeringnemer|f[öo]rs[äa]kringstagare|forsikringstager|assicurato|contraente)\b/im,
  /^\W*(?:insurer|underwriters?|versicherer|assureur|aseguradora|verzekeraar|f[öo]rs[äa]kringsgivare|assicuratore|compagnia)\b/im,
  /^\W*(?:period of (?:insurance|cover)|policy period|versicherungs(?:dauer|zeitraum|beginn)|p[ée]riode (?:d'assurance|de garantie|de validit[ée])|(?:per[ií]odo|vigencia) de (?:cobertura|seguro)|verzekeringsperiode|f[öo]rs[äa]kringsperiod|periodo di (?:assicurazione|copertura))\b/im,
  /\b(?:limits? of (?:indemnity|liability)|sum insured|deckungssumme|versicherungssumme|montant (?:de garantie|assur[ée])|suma asegurada|verzekerd bedrag|f[öo]rs[äa]kringsbelopp|massimale)\b/i,
  /^\W*(?:(?:total |annual )?premium|pr[äa]mie|jahresbeitrag|prime (?:totale|annuelle|ttc)|prima (?:total|anual)|premie|premio)\b/im,
];

/** True when the source is an insurance certificate or schedule that addresses no show of ours. */
export function isInsuranceCertificate(source: ExtractedSource): boolean {
  const text = source.text;
  return HEADING.test(text) && POLICY_LABELS.filter((re) => re.test(text)).length >= 2 && !addressesOwnShow(text);
}
