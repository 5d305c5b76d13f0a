import { describe, expect, it } from "vitest";
import { isValidNpi, npiCheckDigit } from "./npi.ts";

describe("NPI check digit", () => {
  it("accepts CMS's published example and refuses it with any other check digit", () => {
    // CMS's worked example in "Requirements for the NPI check digit": 123456789 → check digit 3.
    expect(npiCheckDigit("123456789")).toBe(3);
    expect(isValidNpi("1234567893")).toBe(true);
    for (const digit of "012456789") expect(isValidNpi(`123456789${digit}`)).toBe(false);
  });

  it("refuses what is not ten digits starting with 1 or 2", () => {
    for (const value of ["", "123456789", "12345678930", "3234567893", "12345678a3", " 1234567893"]) expect(isValidNpi(value)).toBe(false);
  });
});
