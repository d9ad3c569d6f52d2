/** Escapes a literal (a name, a city) so it can sit inside a `RegExp` source and match only itself. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
