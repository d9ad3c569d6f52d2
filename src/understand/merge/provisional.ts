/**
 * An offer is provisional: it says so ("subject to contract", "not binding until signed",
 * "freibleibend", "sous réserve de contrat"). When the import also holds a contract that is not,
 * the contract's terms stand over the offer's — both are the deal's own documents, but the offer
 * was only a proposal (the disagreement is still reported as a conflict).
 */
import type { ExtractedSource } from '../../interfaces.js';

const PROVISIONAL = /\bsubject\s+to\s+contract\b|\bdoes\s+not\s+constitute\s+a\s+binding\b|\bnon[- ]binding\b|\bunverbindlich\b|\bfreibleibend\b|\bvorbehaltlich\s+(?:des|eines)\s+vertrag|\bsous\s+r[ée]serve\s+(?:de|du)\s+contrat\b|\bsujeto\s+a\s+contrato\b|\bsin\s+compromiso\b|\bsalvo\s+contratto\b|\bonder\s+voorbehoud\b/i;

export function isProvisional(source: Pick<ExtractedSource, 'text'>): boolean {
  return PROVISIONAL.test(source.text);
}
