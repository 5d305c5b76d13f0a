// Codes other systems hand us (order ids, procedure codes, payer numbers), as the server checks them.
const referencePattern = /^[A-Za-z0-9][A-Za-z0-9._:/-]*$/;

export function referenceError(value: string, max: number, required: boolean): string | null {
  const text = value.trim();
  if (!text) return required ? "Required" : null;
  if (text.length > max) return `At most ${max} characters`;
  return referencePattern.test(text) ? null : "Only letters, digits and . _ : / - (no spaces)";
}
