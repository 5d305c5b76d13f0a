/**
 * A DICOM UID derived from a UUID (PS3.5 B.2): the root "2.25." and the UUID's 128 bits as one
 * decimal integer, at most 44 characters. No registered root is needed, and the scheduling
 * database's dicom_uid_from_uuid() gives the same answer for rows written in SQL.
 */
export function dicomUidFromUuid(uuid: string): string {
  const hex = uuid.replaceAll("-", "");
  if (!/^[0-9a-f]{32}$/i.test(hex)) throw new Error(`not a UUID: ${uuid}`);
  return `2.25.${BigInt(`0x${hex}`).toString(10)}`;
}
