/**
 * A chat exported with its voice notes transcribed shows, for each note, the client's notice with
 * the note's length ("🎤 Voice message (0:48)", "Messaggio vocale (1:05)", "Nota de voz · 2:10") and
 * then the transcript after a "Transcript:" word. The length is no clock time and the word no label:
 * both are blanked (offsets kept), so the transcript reads as the message's own text.
 */
import { blankSpans } from './chat-stamps.js';

const VOICE_WORDS = String.raw`voice (?:message|note)|audio(?: message)?|messaggio vocale|nota vocale|vocale|nota de voz|mensaje de voz|mensagem de voz|message vocal|note vocale|sprachnachricht|sprachmemo|spraakbericht|spraakmemo|röstmeddelande|talemelding|talebesked|wiadomość głosowa`;
const NOTICE = new RegExp(String.raw`^[ \t]*(?:\p{Extended_Pictographic}\uFE0F?[ \t]*)?(?:${VOICE_WORDS})[ \t]*(?:\(\d{1,2}:\d{2}\)|·[ \t]*\d{1,2}:\d{2})[ \t]*$`, 'gimu');
const TRANSCRIPT_WORD = /^[ \t]*(?:transcript(?:ion)?|trascrizione|transcripción|transcrição|transkript(?:ion)?|transcriptie|transkription|transkripsjon|transskription)[ \t]*:[ \t]*/gimu;

export function blankVoiceNoteChrome(text: string): string {
  const spans = [...text.matchAll(NOTICE), ...text.matchAll(TRANSCRIPT_WORD)].map((m): [number, number] => [m.index, m[0].length]);
  return blankSpans(text, spans);
}
