import type { AreaProps } from "@gantry/web-kit/area";
import { hasScope } from "@gantry/web-kit/session";
import { Route, Routes } from "react-router";
import { AreaContextProvider } from "./area-context.tsx";
import { NoAccessPanel } from "./components/NoAccessPanel.tsx";
import { PatientDetailScreen } from "./screens/PatientDetailScreen.tsx";
import { PatientSearchScreen } from "./screens/PatientSearchScreen.tsx";
import { RegisterPatientScreen } from "./screens/RegisterPatientScreen.tsx";

/**
 * The Patients area (front desk and patient support), mounted by the shell under /patients/*.
 * Routes are relative to that mount point.
 */
export default function PatientsArea({ session, basePath }: AreaProps) {
  if (!hasScope(session, "phi:read")) return <NoAccessPanel />;
  return (
    <AreaContextProvider session={session} basePath={basePath}>
      <Routes>
        <Route index element={<PatientSearchScreen />} />
        <Route path="new" element={<RegisterPatientScreen />} />
        <Route path=":patientId" element={<PatientDetailScreen />} />
        <Route path=":patientId/:tab" element={<PatientDetailScreen />} />
        <Route path="*" element={<PatientSearchScreen />} />
      </Routes>
    </AreaContextProvider>
  );
}
