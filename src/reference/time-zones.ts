/** Whether the runtime's time-zone data (ICU) knows an IANA zone name ("Europe/Belgrade"). */
export function isKnownZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}
