import type { AreaProps } from "@gantry/web-kit/area";
import "@mantine/dates/styles.css";
import { Route, Routes } from "react-router";
import { AreaContextProvider } from "./area-context.tsx";
import { AreaNav } from "./components/AreaNav.tsx";
import { AssignShiftScreen } from "./screens/AssignShiftScreen.tsx";
import { CredentialExpirationsScreen } from "./screens/CredentialExpirationsScreen.tsx";
import { CredentialScreen } from "./screens/CredentialScreen.tsx";
import { ShiftRosterScreen } from "./screens/ShiftRosterScreen.tsx";
import { StaffDirectoryScreen } from "./screens/StaffDirectoryScreen.tsx";
import { StaffMemberScreen } from "./screens/StaffMemberScreen.tsx";

/**
 * The Staff area (imaging operations: coordinators and the imaging manager), mounted by the shell
 * under /staff/*. Routes are relative to that mount point. Every department role reads it; the
 * screens offer changes only to those the API lets make them.
 */
export default function StaffArea({ session, basePath }: AreaProps) {
  return (
    <AreaContextProvider session={session} basePath={basePath}>
      <AreaNav />
      <Routes>
        <Route index element={<StaffDirectoryScreen />} />
        <Route path="expirations" element={<CredentialExpirationsScreen />} />
        <Route path="roster" element={<ShiftRosterScreen />} />
        <Route path="roster/assign" element={<AssignShiftScreen />} />
        <Route path="members/:staffMemberId" element={<StaffMemberScreen />} />
        <Route path="members/:staffMemberId/credentials/new" element={<CredentialScreen />} />
        <Route path="members/:staffMemberId/credentials/:credentialId" element={<CredentialScreen />} />
        <Route path="members/:staffMemberId/:tab" element={<StaffMemberScreen />} />
        <Route path="*" element={<StaffDirectoryScreen />} />
      </Routes>
    </AreaContextProvider>
  );
}
