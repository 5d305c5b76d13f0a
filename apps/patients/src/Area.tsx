import type { AreaProps } from "@gantry/web-kit/area";
import { PermissionsPending, permissionsSettled } from "@gantry/web-kit/components/QueryState";
import type { ReactNode } from "react";
import { Route, Routes } from "react-router";
import { AreaContextProvider, useArea } from "./area-context.tsx";
import { NoAccessPanel } from "./components/NoAccessPanel.tsx";
import { PatientDetailScreen } from "./screens/PatientDetailScreen.tsx";
import { PatientSearchScreen } from "./screens/PatientSearchScreen.tsx";
import { RegisterPatientScreen } from "./screens/RegisterPatientScreen.tsx";

/** Every screen here reads patient records: wait for the API's answer, then show them or say why not. */
function ReadersOnly({ children }: { children: ReactNode }) {
  const { permissions } = useArea();
  if (!permissionsSettled(permissions)) return <PermissionsPending permissions={permissions} />;
  if (!permissions.readPatients) return <NoAccessPanel />;
  return children;
}

/**
 * The Patients area (front desk and patient support), mounted by the shell under /patients/*.
 * Routes are relative to that mount point.
 */
export default function PatientsArea({ session, basePath }: AreaProps) {
  return (
    <AreaContextProvider session={session} basePath={basePath}>
      <ReadersOnly>
        <Routes>
          <Route index element={<PatientSearchScreen />} />
          <Route path="new" element={<RegisterPatientScreen />} />
          <Route path=":patientId" element={<PatientDetailScreen />} />
          <Route path=":patientId/:tab" element={<PatientDetailScreen />} />
          <Route path="*" element={<PatientSearchScreen />} />
        </Routes>
      </ReadersOnly>
    </AreaContextProvider>
  );
}
