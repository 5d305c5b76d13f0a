import { describe, expect, test } from "vitest";
import { carriesReact } from "./react-once.ts";

describe("carriesReact", () => {
  test("recognises a chunk by React's internals object, whatever the minifier did to the rest", () => {
    expect(carriesReact(`var a={};a.__CLIENT_INTERNALS_DO_NOT_USE_OR_WARN_USERS_THEY_CANNOT_UPGRADE={H:null};export{a}`)).toBe(true);
  });

  test("does not mistake a chunk that only imports React (the shared module) for a copy", () => {
    expect(carriesReact(`import{j as e}from"./__federation_shared_react.js";export const Area=()=>e("div",{})`)).toBe(false);
  });
});
