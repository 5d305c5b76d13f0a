/** The National Provider Identifier rule, for every area that records a provider (staff, referring providers on orders). */
/**
 * NPI check digit: the Luhn algorithm over the 9-digit identifier prefixed with 80840 (the
 * card-issuer prefix CMS uses), as the NPI standard specifies.
 */
export function npiCheckDigit(firstNine: string): number {
  const digits = `80840${firstNine}`.split("").map(Number);
  let sum = 0;
  // Double every second digit from the right, counting the (absent) check digit as position 1.
  for (let index = digits.length - 1, double = true; index >= 0; index--, double = !double) {
    let value = digits[index] ?? 0;
    if (double) {
      value *= 2;
      if (value > 9) value -= 9;
    }
    sum += value;
  }
  return (10 - (sum % 10)) % 10;
}

export function isValidNpi(value: string): boolean {
  return /^[12]\d{9}$/.test(value) && npiCheckDigit(value.slice(0, 9)) === Number(value[9]);
}
