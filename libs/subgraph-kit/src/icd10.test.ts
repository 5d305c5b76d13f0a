import { describe, expect, it } from "vitest";
import { normalIcd10Code } from "./icd10.ts";

describe("ICD-10-CM code form", () => {
  it("accepts codes with or without the dot, in any case, and writes them the standard way", () => {
    expect(normalIcd10Code("R51.9")).toBe("R51.9");
    expect(normalIcd10Code("r519")).toBe("R51.9");
    expect(normalIcd10Code("S52521A")).toBe("S52.521A");
    expect(normalIcd10Code("C4A.9")).toBe("C4A.9");
    expect(normalIcd10Code("Z12")).toBe("Z12");
  });

  it("refuses what cannot be a code", () => {
    for (const value of ["", "R5", "51.9", "R51.", "R51.12345", "R51-9", "RR1.9", "R51.9\u0000", "R 51.9"])
      expect(normalIcd10Code(value), JSON.stringify(value)).toBeNull();
  });
});
