/**
 * The page's address has one owner: this module is the only one in the browser that writes it
 * (history.replaceState: no history entry per chapter or year). Others ask it for a change: the
 * year control (`?poverty=`, every other option kept), the story (`#chapter`, its options kept
 * while the chapter stays), the village search (`#soe?village=…`). `addressWith` decides, without
 * the DOM; `updateAddress` writes, and only when something changed.
 */
import type { PovertyYear } from "../lib/shared/map-style.ts";
import { hashForChapter, hashWithVillage, withPovertyYear } from "../lib/shared/url-state.ts";

export interface Address {
  pathname: string;
  search: string;
  hash: string;
}

export interface AddressChange {
  /** the poverty year into the query (the default year drops it); other query options stay */
  povertyYear?: PovertyYear;
  /** the chapter into the hash; its own options (`?village=`) stay while it is the same chapter */
  chapter?: string;
  /** a village chosen in a chapter: the hash names both */
  village?: { chapter: string; code: string };
}

/** The address after a change, as a path with its query and hash. */
export function addressWith(now: Address, change: AddressChange): string {
  const search = change.povertyYear === undefined ? now.search : withPovertyYear(now.search, change.povertyYear);
  let hash = now.hash;
  if (change.chapter !== undefined) hash = hashForChapter(hash, change.chapter);
  if (change.village) hash = hashWithVillage(change.village.chapter, change.village.code);
  return `${now.pathname}${search}${hash}`;
}

export const addressText = (address: Address): string => `${address.pathname}${address.search}${address.hash}`;

/** Writes the change into the page's address, if it changes anything. */
export function updateAddress(change: AddressChange): void {
  const now = { pathname: location.pathname, search: location.search, hash: location.hash };
  const wanted = addressWith(now, change);
  if (wanted !== addressText(now)) history.replaceState(history.state, "", wanted);
}
