/**
 * Bengali words for the items of a show day, added to the kinds' patterns of activity-kinds.ts. A word
 * is bounded by "no Bengali letter or sign before it" (`\b` knows only ASCII letters). A route written
 * with "থেকে" (from) between two places ("হোটেল থেকে ভেন্যু", hotel to venue) is a ride; after a clock
 * ("৭টা থেকে", from 7) it is no route.
 */
import type { ActivityKind } from '../../interfaces.js';

const BN = '(?<![\\u0980-\\u09FF])';

export const BENGALI_KINDS: Partial<Record<ActivityKind, string>> = {
  soundcheck: `${BN}সাউন্ড ?চেক|${BN}লাইন চেক`,
  load_in: `${BN}লোড[- ]?ইন`,
  doors: `${BN}(?:দরজা|গেট) খোলা`,
  curfew: `${BN}কারফিউ`,
  transfer: `${BN}পিক[- ]?আপ|${BN}ট্রান্সফার|${BN}মাইক্রোবাস|${BN}গাড়ি|${BN}ফেরত|[\\u0980-\\u09FF] থেকে [\\u0980-\\u09FF]`,
  interview: `${BN}সাক্ষাৎকার|${BN}রেডিও|${BN}সংবাদ সম্মেলন`,
  meeting: `${BN}সেটেলমেন্ট|${BN}মিটিং|${BN}বৈঠক`,
  set: `${BN}পরিবেশনা|${BN}শো শুরু|${BN}কনসার্ট`,
};

/** Bengali words of meals, stays and flights: items of other sections. */
export const BENGALI_OTHER_SECTION = new RegExp(`${BN}(?:খাবার|নাস্তা|লাঞ্চ|ডিনার|ক্যাটারিং|হোটেলে চেক|চেক-ইন|চেক-আউট|ফ্লাইট)`);
