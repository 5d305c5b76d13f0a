export { default } from "@gantry/eslint-config/service";
