import { fromGraphQLEnum } from "@gantry/subgraph-kit/enums";

/** The department's imaging modalities, as DICOM spells them (stored lowercase). */
export const modalities = ["mr", "ct", "xr", "us", "mg", "nm"] as const;
export type Modality = (typeof modalities)[number];

export const modality = fromGraphQLEnum(modalities);
