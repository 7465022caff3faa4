/** Where an embed asked for in the other language (`?lang=id`) goes: that language's page, every other option kept. */
export function otherLanguageAddress(otherPathname: string, search: string): string {
  const params = new URLSearchParams(search);
  params.delete("lang");
  const query = params.toString();
  return `${otherPathname}${query ? `?${query}` : ""}`;
}
