import type { AreaProps } from "@gantry/web-kit/area";
import { Route, Routes } from "react-router";
import { AreaContextProvider } from "./area-context.tsx";
import { NotesScreen } from "./screens/NotesScreen.tsx";

/**
 * The {{area.words}} area, mounted by the shell under /{{area.kebab}}/*. Routes are relative to that
 * mount point. The screens offer only what the area's permission catalogue allows.
 */
export default function {{area.pascal}}Area({ session, basePath }: AreaProps) {
  return (
    <AreaContextProvider session={session} basePath={basePath}>
      <Routes>
        <Route index element={<NotesScreen />} />
        <Route path="*" element={<NotesScreen />} />
      </Routes>
    </AreaContextProvider>
  );
}
