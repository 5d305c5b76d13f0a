export { default } from "@gantry/eslint-config/app";
