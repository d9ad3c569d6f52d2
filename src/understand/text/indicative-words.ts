/** Words calling a time or a schedule not yet final ("indicative", "vorläufig", "provisoire"), in the supported languages. */
export const INDICATIVE = String.raw`(?:indicative|provisional|approximate|preliminary|tentative|subject\s+to\s+change|vorläufig|unverbindlich|indicatief|voorlopig|preliminära?|indicativos?|indicatifs?|provisoires?)`;
