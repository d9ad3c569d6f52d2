/**
 * Around the messages of a chat copied from a desktop messenger (Viber's) the app writes its own
 * lines, no one's words: "[Photo]", "[Sticker]", "Seen by 4", "This message was deleted", "Ana pinned
 * a message", "Ana added Ben Cole", "Ana created the group …", "Group · 5 members", a voice message's
 * "Ana Berg  Voice message · 0:38", reactions ("👍 3"). They are blanked before the messages are read.
 * A sender's name is capitalised words, so the lines are matched case by case (only the app's fixed
 * words in any case): "We added an early soundcheck" would otherwise be a name and "added". Adding
 * names a person added, alone on the line ("Ana added Ben Cole"), not "Ana added the rider to the drive".
 */
import { NAME, REACTION } from './chat-stamps.js';

/** A fixed word or phrase in any case: "seen by" → "[sS][eE][eE][nN] [bB][yY]". */
function anyCase(words: string): string {
  return [...words].map((c) => (c.toLowerCase() !== c.toUpperCase() ? `[${c.toLowerCase()}${c.toUpperCase()}]` : c === ' ' ? '[ \\t]+' : c)).join('');
}

const BRACKETED = ['photo', 'sticker', 'video', 'gif', 'file', 'image', 'voice message'].map(anyCase).join('|');
/** The app's own lines between messages. */
const APP_LINE = new RegExp(String.raw`^[ \t]*(?:\[(?:${BRACKETED})\]|${anyCase('seen')}(?:[ \t]+${anyCase('by')}[ \t]+\d{1,3})?|${anyCase('this message was deleted')}|${NAME}[ \t]+(?:${anyCase('pinned a message')}|${anyCase('added')}[ \t]+${NAME}(?:[ \t]+${anyCase('to the group')}\.?)?|${anyCase('created the group')}[ \t].+|${anyCase('left the group')}|${anyCase('voice message')}[ \t]*·[ \t]*\d{1,2}:\d{2})|${anyCase('group')}[ \t]*·[ \t]*\d{1,4}[ \t]+${anyCase('member')}[sS]?|${REACTION}(?:[ \t]+${REACTION})*)[ \t]*$`, 'gmu');

/** The [index, length] spans of the app's own lines in a messenger chat's text. */
export function messengerClientLines(text: string): [number, number][] {
  return [...text.matchAll(APP_LINE)].map((m): [number, number] => [m.index, m[0].length]);
}
