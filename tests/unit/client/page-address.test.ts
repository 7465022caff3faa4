import { describe, expect, it } from "vitest";
import { addressWith } from "../../../src/client/page-address.ts";

const at = (search: string, hash: string) => ({ pathname: "/", search, hash });

describe("the page address", () => {
  it("keeps ?poverty=2021 and other options when the chapter changes", () => {
    expect(addressWith(at("?poverty=2021&x=1", "#where"), { povertyYear: 2021, chapter: "ktp" })).toBe("/?poverty=2021&x=1#ktp");
  });

  it("drops the year for the default one, keeping an embed's other options", () => {
    const embed = { pathname: "/id/embed/poverty-map/", search: "?interactive=0&poverty=2021&view=poverty", hash: "" };
    expect(addressWith(embed, { povertyYear: 2024 })).toBe("/id/embed/poverty-map/?interactive=0&view=poverty");
    expect(addressWith({ ...embed, search: "?interactive=0" }, { povertyYear: 2021 })).toBe(
      "/id/embed/poverty-map/?interactive=0&poverty=2021",
    );
  });

  it("keeps a chapter's own options while it stays, and drops them when the reader moves on", () => {
    const soe = at("", "#soe?village=53.02.21.2001");
    expect(addressWith(soe, { chapter: "soe" })).toBe("/#soe?village=53.02.21.2001");
    expect(addressWith(soe, { chapter: "ktp" })).toBe("/#ktp");
  });

  it("leaves the hash alone when no chapter is asked for (a reader who has not scrolled)", () => {
    expect(addressWith(at("?poverty=2024", "#ktp"), { povertyYear: 2024 })).toBe("/#ktp");
    expect(addressWith(at("", ""), { povertyYear: 2024 })).toBe("/");
  });

  it("writes a chosen village into the hash, the query kept", () => {
    expect(addressWith(at("?poverty=2021", "#soe"), { village: { chapter: "soe", code: "53.02.21.2001" } })).toBe(
      "/?poverty=2021#soe?village=53.02.21.2001",
    );
  });
});
