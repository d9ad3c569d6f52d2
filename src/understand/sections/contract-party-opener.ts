/**
 * "Dunha parte, ACME S.L., con domicilio …", "De otra parte, …", "D'une part, …": the words a Romance
 * contract opens each party's paragraph with. What follows is a party (a firm, its seat), never the
 * show's place, though the firm's legal form stands only in the paragraph's second comma part.
 */
const PARTY_OPENER = /^\s*(?:(?:de|por|da|dunha|doutra|d['’]una|d['’]altra|d['’]une|d['’]autre|dall['’]altra)\s+(?:una\s+|otra\s+|um\s+|outro\s+|outra\s+|altra\s+)?(?:parte|part|banda|lado))\s*,/iu;

/** Whether `text` opens a contract party's paragraph with its "on the one / other part" words. */
export function opensContractParty(text: string): boolean {
  return PARTY_OPENER.test(text);
}
