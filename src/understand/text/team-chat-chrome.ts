/**
 * What a team chat's desktop client writes around the posts of a channel pasted from it (Slack):
 * a follow-up message's bare time alone on its line ("2:16", under the sender's previous message),
 * reaction lines ("👍 1  ✅ 1", ":+1: 2"), reply summaries ("4 replies", "Last reply 2 days ago",
 * "View thread"), the "Thread" pane's heading and the channel's name ("#ext-show-city"), a year-less
 * divider without its weekday ("March 31st") and the "(edited)" mark closing a post. None of it is
 * the show's: "2 days ago" is no date, a reaction count no quantity, and a follow-up's time no show time.
 */
const MONTH = String.raw`(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?`;
/** "2:16", "11:48 AM": a follow-up post's time alone on its line. */
export const FOLLOW_UP_STAMP = /^[ \t]*\d{1,2}:\d{2}(?:[ \t]*[AP]M)?[ \t]*$/gimu;
/** One reaction: an emoji or a ":shortcode:" and its count. */
const REACTION = String.raw`(?:\p{Extended_Pictographic}[\uFE0F\u200D\p{Extended_Pictographic}\p{EMod}]*|:[a-z0-9_+-]+:)[ \t]*\d{1,3}`;
/** Whole lines the client writes. */
const CLIENT_LINE = new RegExp(String.raw`^[ \t]*(?:${REACTION}(?:[ \t]+${REACTION})*|\d{1,3}[ \t]+repl(?:y|ies)|last reply[ \t].*|view thread|thread|#[\p{L}\d_-]+|${MONTH}[ \t]+\d{1,2}(?:st|nd|rd|th)?)[ \t]*$`, 'gimu');
/** "(edited)" closing a post's line. */
const EDITED = /[ \t]*\(edited\)[ \t]*$/gimu;

/** The [index, length] spans of the client's lines and marks in a team chat's text. */
export function teamChatChrome(text: string): [number, number][] {
  return [...text.matchAll(CLIENT_LINE), ...text.matchAll(EDITED)].map((m): [number, number] => [m.index, m[0].length]);
}
