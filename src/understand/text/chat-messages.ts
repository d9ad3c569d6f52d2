/**
 * A chat whose stamps date its messages (chat turns with a day) is read as one message per turn,
 * each dated by its own stamp: "tomorrow" written on Thursday is Friday, whatever day the chat
 * began. The messages stay at depth 0: a chat has no quotes, and its later corrections are told
 * by the turns' order (schedule-chat-corrections.ts), not by depth. Lines above the first turn
 * (the chat's title, a system notice) belong to the first message.
 */
import type { EmailMessage } from './email.js';
import type { Line } from './lines.js';
import type { ChatTurn } from './mask.js';

export function datedChatMessages(lines: Line[], turns: ChatTurn[]): EmailMessage[] | null {
  if (!turns.some((t) => t.date)) return null;
  // A turn opens at the line its sender is written on (turns and lines both in the text's order).
  let at = 0;
  const opens = turns.map((t) => {
    while (at + 1 < lines.length && lines[at + 1]!.start <= t.senderAt) at++;
    return lines[at]!;
  });
  const messages: EmailMessage[] = [];
  turns.forEach((turn, i) => {
    const from = i === 0 ? 0 : opens[i]!.index;
    const to = opens[i + 1]?.index ?? lines.length;
    const own = lines.slice(from, to);
    const body = own.filter((l) => l.text.trim());
    if (!body.length) return;
    messages.push({ span: [body[0]!.start, body.at(-1)!.end], lines: own, depth: 0, date: turn.date, signatureStart: null });
  });
  return messages;
}
