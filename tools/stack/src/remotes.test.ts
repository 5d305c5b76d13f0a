import { describe, expect, it } from "vitest";
import { areas } from "@gantry/areas/areas";
import { defaultRemotes, remoteFoldersOf, remotesFromEnvironment } from "./remotes.ts";

describe("the remotes manifest", () => {
  it("lists each area's remote as its area.json declares it, in the areas' order", () => {
    const listed = defaultRemotes.map(({ area, title, url }) => ({ area, title, url }));
    expect(listed.map((remote) => remote.area)).toEqual(areas.filter((area) => area.remote).map((area) => area.name));
    expect(listed).toEqual(
      expect.arrayContaining([
        { area: "patients", title: "Patients", url: "/remotes/patients/assets/remoteEntry.js" },
        { area: "staff", title: "Staff", url: "/remotes/staff/assets/remoteEntry.js" },
        { area: "equipment", title: "Equipment", url: "/remotes/equipment/assets/remoteEntry.js" },
      ]),
    );
    // Who sees an area is its permission catalogue's business (openArea), not the manifest's.
    expect(defaultRemotes.every((remote) => Object.keys(remote).sort().join() === "area,title,url")).toBe(true);
    expect(remoteFoldersOf(areas).staff).toMatch(/\/apps\/staff$/);
  });

  it("is replaced entirely by GANTRY_REMOTES, e.g. remotes on a CDN", () => {
    const cdn = [{ area: "patients", title: "Patients", url: "https://cdn.example/patients/remoteEntry.js" }];
    expect(remotesFromEnvironment(JSON.stringify(cdn))).toEqual(cdn);
    expect(remotesFromEnvironment(undefined)).toEqual(defaultRemotes);
    expect(() => remotesFromEnvironment("{}")).toThrow("GANTRY_REMOTES must be a JSON array");
  });
});
