import { describe, expect, it } from "vitest";
import { heightMessages, readEmbedParams } from "../../../../src/lib/shared/embed-params.ts";
import { describeProblem } from "../../../../src/lib/shared/param-problem.ts";

const slugs = ["where", "poverty", "soe"];

describe("embed parameters", () => {
  it("reads valid options", () => {
    expect(readEmbedParams("?lang=id&interactive=0&view=soe&childId=tts-1", slugs)).toEqual({
      lang: "id",
      interactive: false,
      view: "soe",
      childId: "tts-1",
      problems: [],
    });
  });

  it("defaults when nothing is given", () => {
    expect(readEmbedParams("", slugs)).toEqual({ lang: undefined, interactive: true, view: undefined, childId: undefined, problems: [] });
  });

  it.each([
    ["lang", "fr"],
    ["interactive", "maybe"],
    ["view", "<svg onload=alert(1)>"],
    ["childId", '"><script>alert(1)</script>'],
  ])("rejects %s=%s with a message and the default", (name, value) => {
    const p = readEmbedParams(`?${name}=${encodeURIComponent(value)}`, slugs);
    expect(p.problems).toHaveLength(1);
    expect(describeProblem(p.problems[0]!, "en")).toMatch(new RegExp(`^${name}=".*" is not `));
    expect(describeProblem(p.problems[0]!, "id")).toMatch(new RegExp(`^${name}=".*" bukan `));
    expect(p.lang).toBeUndefined();
    expect(p.interactive).toBe(true);
    expect(p.view).toBeUndefined();
    expect(p.childId).toBeUndefined();
  });

  it("posts the height in Datawrapper's and pym.js's shapes", () => {
    expect(heightMessages("chart-ktp", undefined, 431.2)).toEqual([
      { "datawrapper-height": { "chart-ktp": 432 } },
      "pymxPYMxchart-ktpxPYMxheightxPYMx432",
    ]);
    expect(heightMessages("chart-ktp", "host-7", 400)[1]).toBe("pymxPYMxhost-7xPYMxheightxPYMx400");
  });
});
