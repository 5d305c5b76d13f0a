import { operationsCodegenConfig } from "@gantry/web-build/operations-codegen";

export default operationsCodegenConfig();
