/** A list name in comparable form: letters and digits only (no emoji or symbols), lower case. */
export function comparableName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .toLowerCase();
}
