import type { AreaProps } from "@gantry/web-kit/area";
import { Route, Routes } from "react-router";
import { AreaContextProvider } from "./area-context.tsx";
import { TargetsScreen } from "./screens/TargetsScreen.tsx";

/**
 * The Quality area, mounted by the shell under /quality/*. Routes are relative to that
 * mount point. The screens offer only what the area's permission catalogue allows.
 */
export default function QualityArea({ session, basePath }: AreaProps) {
  return (
    <AreaContextProvider session={session} basePath={basePath}>
      <Routes>
        <Route index element={<TargetsScreen />} />
        <Route path="targets" element={<TargetsScreen />} />
        <Route path="*" element={<TargetsScreen />} />
      </Routes>
    </AreaContextProvider>
  );
}
