export { default } from "@gantry/eslint-config/library";
