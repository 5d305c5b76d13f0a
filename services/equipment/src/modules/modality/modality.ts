import { fromGraphQLEnum } from "@gantry/subgraph-kit/enums";

/** Imaging modalities as DICOM spells them (stored lowercase): the same codes as the staff area. */
export const modalities = ["mr", "ct", "xr", "us", "mg", "nm"] as const;
export type Modality = (typeof modalities)[number];

export const modality = fromGraphQLEnum(modalities);
