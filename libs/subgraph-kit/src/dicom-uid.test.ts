import { expect, it } from "vitest";
import { dicomUidFromUuid } from "./dicom-uid.ts";

it("writes a UUID as a 2.25 DICOM UID (the example of PS3.5 B.2)", () => {
  expect(dicomUidFromUuid("f81d4fae-7dec-11d0-a765-00a0c91e6bf6")).toBe("2.25.329800735698586629295641978511506172918");
  expect(dicomUidFromUuid("00000000-0000-0000-0000-000000000001")).toBe("2.25.1");
  expect(dicomUidFromUuid("ffffffff-ffff-ffff-ffff-ffffffffffff").length).toBeLessThanOrEqual(64);
  expect(() => dicomUidFromUuid("not-a-uuid")).toThrow();
});
