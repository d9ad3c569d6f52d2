/** Reads a text/event-stream response into its events and comments, until the server ends it. */
export interface ServerSentEvent {
  id: string | null;
  event: string;
  data: Record<string, any>;
}

export interface EventStream {
  events: ServerSentEvent[];
  comments: string[];
}

export async function readEventStream(response: Response, timeoutMs = 30_000): Promise<EventStream> {
  const events: ServerSentEvent[] = [];
  const comments: string[] = [];
  const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
  const timer = setTimeout(() => void reader.cancel(new Error('event stream did not end in time')), timeoutMs);
  let buffer = '';
  try {
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      buffer += value;
      let end: number;
      while ((end = buffer.indexOf('\n\n')) >= 0) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const fields: Record<string, string> = {};
        for (const line of block.split('\n')) {
          if (line.startsWith(':')) comments.push(line.slice(1).trim());
          else {
            const colon = line.indexOf(':');
            fields[line.slice(0, colon)] = line.slice(colon + 1).trimStart();
          }
        }
        if (fields.data !== undefined) events.push({ id: fields.id ?? null, event: fields.event ?? 'message', data: JSON.parse(fields.data) });
      }
    }
  } finally {
    clearTimeout(timer);
  }
  return { events, comments };
}
