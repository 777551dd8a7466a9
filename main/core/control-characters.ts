/**
 * Control characters (C0, DEL, C1: tabs and line breaks among them) in text a person typed or
 * pasted. Parsers drop some and break on others, and none can be seen, so the checks of URLs,
 * secrets and names refuse them by this one definition.
 */
export function firstControlCharacter(text: string): string | undefined {
  return [...text].find((character) => {
    const code = character.codePointAt(0)!;
    return code < 0x20 || (code >= 0x7f && code <= 0x9f);
  });
}
