export { default } from "@gantry/eslint-config/base";
