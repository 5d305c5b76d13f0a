export { default } from "@gantry/eslint-config/react";
